/**
 * `npm run coverage -- <other collection.json>`: which requests of another Postman collection (say a
 * newer official release) ours has, by method + path, per folder, and what each side lacks.
 */
import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { defaultCollection as ourCollection } from '../config/paths.js';

interface CoverageArgs {
  collection: string;
  ours: string;
}

export const coverageCommand: CommandModule<object, CoverageArgs> = {
  command: 'coverage <collection>',
  describe: 'Compare our collection with another Postman collection (v2.0 / v2.1) by method + path',
  builder: (yargs) =>
    yargs
      .positional('collection', { type: 'string', demandOption: true, describe: 'The other collection (.json)' })
      .option('ours', {
        type: 'string',
        default: ourCollection,
        defaultDescription: 'collections/amazon-ads-api.postman_collection.json',
        describe: 'Our collection to compare',
      }),
  handler: async (args) => {
    const { readCollection } = await import('./read-collection.js');
    const { listEndpoints } = await import('./list-endpoints.js');
    const { compareEndpoints } = await import('./compare-endpoints.js');
    const { formatCoverage } = await import('./format-coverage.js');
    const theirs = listEndpoints(readCollection(args.collection));
    const ours = listEndpoints(readCollection(args.ours));
    const coverage = compareEndpoints(ours, theirs);
    process.stdout.write(formatCoverage(coverage, { ours: args.ours === ourCollection ? 'ours' : args.ours, theirs: args.collection }));
  },
};
