/**
 * Plug-in, `after` step of `--export-environment PATH`: the environment as the run left it, written
 * through the one atomic writer; secret values masked (newman/environment.ts `maskEnvironment`) and
 * every secret the run learnt redacted, unless --export-secrets. The path was checked before the first
 * request (output/check-output-files.ts); a write failing now is the failure `output_not_written`.
 */
import { writeFileAtomic } from '../../files/write-file-atomic.js';
import { maskEnvironment, type EnvironmentJson } from '../newman/environment.js';
import { outputFailureOf } from '../output/output-failure.js';
import type { RunPlugin } from './plugin.js';

export const exportEnvironmentPlugin: RunPlugin = {
  name: 'export environment',
  prepare: (options) => {
    const target = options.exportEnvironment;
    if (target === undefined) return undefined;
    return {
      after: ({ state, environment }) => {
        if (!environment) return undefined;
        const json: EnvironmentJson = { ...environment.toJSON(), _postman_variable_scope: 'environment' };
        const content = options.exportSecrets ? JSON.stringify(json, null, 2) : state.redactor.redact(JSON.stringify(maskEnvironment(json), null, 2));
        try {
          writeFileAtomic(target, content + '\n');
          return { exportedEnvironment: target };
        } catch (error) {
          return { failures: [outputFailureOf(target, error)] };
        }
      },
    };
  },
};
