/**
 * A pass-through HTTP proxy for tests: forwards every request to `target` and records each response
 * body, so a test knows every token the server issued without trusting the runner to report them.
 */
import { startEmulatorProxy, tokensInBody } from '../support/emulator-proxy.js';

export interface RecordingProxy {
  url: string;
  /** Every access_token / refresh_token value seen in a response body. */
  issuedTokens(): string[];
  stop(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const tokens = new Set<string>();
  const proxy = await startEmulatorProxy(target, {
    responseBody: (_request, body) => {
      for (const token of tokensInBody(body.toString('utf8'))) tokens.add(token);
      return body;
    },
  });
  return { url: proxy.url, issuedTokens: () => [...tokens], stop: proxy.stop };
}
