/**
 * `npm run validate [files...]`: schema + lint rules over collections and environments.
 * Prints `ok <file>` per clean file and `<file>: <rule>: <where>: <problem> - <fix>` per problem.
 * Exit 0 clean, 1 problems, 2 a file that cannot be read or is not a Postman collection/environment.
 */
import type { CommandModule } from 'yargs';
import { RunFailure, UsageError } from '../errors.js';

interface ValidateArgs {
  files?: string[];
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate [files..]',
  describe: 'Check collections and environments against the project schemas and lint rules',
  builder: (yargs) =>
    yargs
      .positional('files', {
        type: 'string',
        array: true,
        describe: 'Files to check (default: collections/*.postman_collection.json and environments/*.postman_environment.json)',
      })
      .example('$0 validate', 'check the generated collection and environments')
      .example('$0 validate my.postman_collection.json', 'check one file (the project environments define its variables)'),
  handler: async (args) => {
    const { validatePaths, defaultPaths } = await import('./validate.js');
    const { formatProblem } = await import('./types.js');
    const paths = args.files?.length ? args.files.map(String) : await defaultPaths();
    if (paths.length === 0) {
      throw new UsageError('no collections/*.postman_collection.json or environments/*.postman_environment.json found - run npm run build first, or name files to check');
    }
    const report = await validatePaths(paths);
    for (const file of report.files) {
      const own = report.problems.filter((problem) => problem.file === file.path);
      if (own.length === 0) process.stdout.write(`ok ${file.path}\n`);
      for (const problem of own) process.stdout.write(`${formatProblem(problem)}\n`);
    }
    if (report.unreadable.length > 0) {
      for (const message of report.unreadable.slice(0, -1)) process.stderr.write(`error: ${message}\n`);
      throw new UsageError(report.unreadable[report.unreadable.length - 1]);
    }
    if (report.problems.length > 0) {
      const failed = new Set(report.problems.map((problem) => problem.file)).size;
      throw new RunFailure(`${report.problems.length} problem(s) in ${failed} of ${report.files.length} file(s)`);
    }
  },
};
