/**
 * What other concerns use from the validator (the runner loads and checks the files it is given).
 */
export { loadPostmanFile, detectPostmanKind, parsePostmanJson, v1ConversionHint } from './load.js';
export { checkPostmanFiles, validatePaths, defaultPaths, type ValidationReport } from './validate.js';
export { rules, ruleById } from './rules/index.js';
export { formatProblem, type PostmanFile, type PostmanFileKind, type Problem, type Rule } from './types.js';
