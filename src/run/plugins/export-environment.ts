/**
 * Plug-in, `after` step of `--export-environment PATH`: the environment as the run left it, in
 * Postman's export shape with each variable's starting type (newman/environment.ts `exportedScopeOf`),
 * written by output/write-export.ts (secrets emptied and typed secret, unless --export-secrets).
 */
import { exportedScopeOf } from '../newman/environment.js';
import { scopeExportText, writeExport } from '../output/write-export.js';
import type { RunPlugin } from './plugin.js';

export const exportEnvironmentPlugin: RunPlugin = {
  name: 'export environment',
  prepare: (options) => {
    const target = options.exportEnvironment;
    if (target === undefined) return undefined;
    return {
      after: ({ state, environment, startEnvironment }) => {
        if (!environment) return undefined;
        const json = exportedScopeOf(environment.toJSON(), startEnvironment.values, 'environment');
        return writeExport('exportedEnvironment', target, scopeExportText(json, options.exportSecrets, state.redactor));
      },
    };
  },
};
