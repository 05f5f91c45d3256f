/**
 * Shapes shared by the validator: a loaded Postman file, a problem found in it, and a lint rule.
 */

export type PostmanFileKind = 'collection' | 'environment';

/** A file that parsed as JSON and looks like a Postman collection (v2.x) or environment. */
export interface PostmanFile {
  /** The path as the user gave it (used in every problem line). */
  path: string;
  kind: PostmanFileKind;
  // Postman JSON is checked by the schema rule; the lint rules read it defensively.
  json: any;
}

/** One problem, printed as `<file>: <rule>: <where>: <problem> - <fix>`. */
export interface Problem {
  file: string;
  rule: string;
  /** Where in the file: an item path such as `Auth / Profiles: header Authorization`, or `values[3] client_secret`. */
  where: string;
  problem: string;
  fix: string;
}

/**
 * A lint rule. `check` sees every file of one validation run at once (collections and environments
 * together), so a rule can relate them (a variable used in a collection, defined in an environment).
 * It must never echo a secret value into a problem.
 */
export interface Rule {
  id: string;
  description: string;
  check(files: PostmanFile[]): Problem[];
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.rule}: ${problem.where}: ${problem.problem} - ${problem.fix}`;
}
