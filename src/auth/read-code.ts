/**
 * Way (b) of taking the code: the user pastes the address the browser landed on (or just the code)
 * at a prompt. The answer goes through codeFromRedirect, so the state is checked here too.
 */
import { codeFromRedirect, type ExpectedRedirect } from './code-from-redirect.js';
import type { Prompter } from './prompt.js';

export const PASTE_QUESTION = 'Paste the address the browser landed on (or just the code) and press Enter: ';

/** Resolves with the raw answer; empty answers are asked again (up to three times). */
export async function promptForRedirect(prompter: Prompter, question = PASTE_QUESTION): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const answer = await prompter.ask(question);
    if (answer !== '') return answer;
  }
  return '';
}

/** Asks for the redirect and returns the authorization code in it (state checked). */
export async function readCode(prompter: Prompter, expected: ExpectedRedirect): Promise<string> {
  return codeFromRedirect(await promptForRedirect(prompter), expected);
}
