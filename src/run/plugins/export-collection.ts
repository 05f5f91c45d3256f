/**
 * Plug-in, `after` step of `--export-collection PATH`: the collection as it ran (the requests --folder
 * selected, in Collection v2.1 as `npm run validate` reads it), with its collection variables as the
 * run left them; redacted as every output is, written by output/write-export.ts.
 */
import { writeExport } from '../output/write-export.js';
import type { RunPlugin } from './plugin.js';

export const exportCollectionPlugin: RunPlugin = {
  name: 'export collection',
  prepare: (options) => {
    const target = options.exportCollection;
    if (target === undefined) return undefined;
    return {
      after: ({ state, outcome, collection }) => {
        const finalVariables = outcome.summary?.collection?.variables?.toJSON?.() as unknown[] | undefined;
        const ran = { ...collection, ...(finalVariables && finalVariables.length > 0 ? { variable: finalVariables } : {}) };
        return writeExport('exportedCollection', target, state.redactor.redact(JSON.stringify(ran, null, 2)));
      },
    };
  },
};
