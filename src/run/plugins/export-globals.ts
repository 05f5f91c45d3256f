/**
 * Plug-in, `after` step of `--export-globals PATH`: the globals as the run left them (--globals,
 * --global-var and what the scripts set), each variable with the type it started with in the
 * --globals file (newman/globals-file.ts), written by output/write-export.ts (secrets emptied and
 * typed secret, unless --export-secrets).
 */
import { exportedScopeOf } from '../newman/environment.js';
import { startGlobalsOf } from '../newman/globals-file.js';
import { scopeExportText, writeExport } from '../output/write-export.js';
import type { RunPlugin } from './plugin.js';

export const exportGlobalsPlugin: RunPlugin = {
  name: 'export globals',
  prepare: (options) => {
    const target = options.exportGlobals;
    if (target === undefined) return undefined;
    const start = startGlobalsOf(options.globals);
    return {
      after: ({ state, outcome }) => {
        const globals = outcome.summary?.globals;
        if (!globals) return undefined;
        const json = exportedScopeOf(globals.toJSON(), start, 'globals');
        return writeExport('exportedGlobals', target, scopeExportText(json, options.exportSecrets, state.redactor));
      },
    };
  },
};
