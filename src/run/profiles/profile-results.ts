/**
 * Plug-in of a run over several profiles (profile-loop.ts): one small row per profile the run
 * reached - id, country, name, the SP / SB / SD campaigns counted, its failures and the first
 * failure's cause - read from what the scripts leave in the environment (select-profile.js,
 * next-profile.js, the list scripts). Nothing per request or per execution is kept, so 500 profiles
 * cost 500 rows. Failures count against the profile in scope when they happen; those before the
 * first profile is chosen (token, Profiles step) belong to the run, not to a profile. Request errors
 * (no answer at all) are not counted here: they stop the run (host_unreachable, tls_error), and the
 * profile shows its failed assertions. (No `request` listener: Newman's emitter warns past 10.)
 */
import type { VariableScope } from 'postman-collection';
import type { Failure } from '../../core/causes/failure.js';
import { eventFailure } from '../event-failure.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import { countOf } from '../summary/summary.js';
import type { ProfileResults, ProfileRow } from './profile-table.js';
import { PROFILE_NAME_CAP, shownName } from '../../rules/shown-name.js';
import type { RunPlugin } from '../plugins/plugin.js';

function textOf(environment: VariableScope, key: string): string {
  const value: unknown = environment.get(key);
  return value === undefined || value === null ? '' : String(value);
}

/** A name as the table shows it: one line, at most PROFILE_NAME_CAP (40) characters, cut as select-profile cuts the queued names. */
export function cappedName(name: string): string {
  return shownName(name.replace(/\s+/g, ' ').trim(), PROFILE_NAME_CAP);
}

/** `announce`: where to say which profile starts (`Profile 2/20 · 1234 CA "name"`); the CLI output, or nothing. */
function profileResults(events: RunEvents, state: RunState, announce?: (text: string) => void): () => ProfileResults {
  const rows: ProfileRow[] = [];
  let chosen = 0;
  let duplicates: string[] = [];
  let current: ProfileRow | undefined;

  const failed = (failure: Failure) => {
    if (!current) return;
    current.failures += 1;
    current.cause ??= failure.cause;
  };

  events.on('script', (error, o) => {
    const environment = o?.execution?.environment;
    if (environment) {
      const id = textOf(environment, 'profileId');
      if (id !== '' && id !== current?.id) {
        if (current === undefined) {
          // the Profiles step chose: the first profile, and the queue of the others
          const queue = textOf(environment, 'profile_queue');
          chosen = 1 + (queue === '' ? 0 : queueLength(queue));
          // profiles the answer listed more than once: chosen once (select-profile), named in the summary
          duplicates = textOf(environment, 'profile_duplicates').split(',').filter((entry) => /^\d+$/.test(entry));
        }
        current = {
          id,
          country: shownName(textOf(environment, 'profile_country_code')) || undefined,
          name: cappedName(textOf(environment, 'profile_account_name')) || undefined,
          failures: 0,
        };
        rows.push(current);
        const name = current.name === undefined ? '' : ` ${JSON.stringify(current.name)}`;
        announce?.(`Profile ${rows.length}/${Math.max(chosen, rows.length)} · ${current.id}${current.country ? ` ${current.country}` : ''}${name}`);
      }
      if (current && o?.event?.listen === 'test') {
        current.sp = countOf(environment.get('sp_campaign_count'));
        current.sb = countOf(environment.get('sb_campaign_count'));
        current.sd = countOf(environment.get('sd_campaign_count'));
      }
    }
    if (error) failed(eventFailure('script', error, state.redactor));
  });
  events.on('assertion', (error) => {
    if (error) failed(eventFailure('assertion', error, state.redactor));
  });
  return () => ({ rows, chosen: Math.max(chosen, rows.length), ...(duplicates.length > 0 ? { duplicates } : {}) });
}

/** Entries of the queue select-profile left (a JSON list); 0 when it is not one. */
function queueLength(queue: string): number {
  try {
    const parsed: unknown = JSON.parse(queue);
    return Array.isArray(parsed) ? parsed.length : 0;
  } catch {
    return 0;
  }
}

/** A run over several profiles: the rows while it goes, the table (summary/summary.ts prints it) after it. */
export const profileResultsPlugin: RunPlugin = {
  name: 'profile results',
  prepare: (options) => {
    if (!options.profileSet) return undefined;
    let results: (() => ProfileResults) | undefined;
    return {
      attach: ({ events, state, output }) => {
        const announce = output.cli ? (text: string) => output.write(`  ${state.redactor.redact(text)}\n`) : undefined;
        results = profileResults(events, state, announce);
      },
      after: () => ({ profiles: results?.() }),
    };
  },
};
