/**
 * The lint rules `npm run validate` runs, in the order their problems are printed.
 * Adding a rule: one file in this folder exporting a Rule, one line here, one test in test/validate/rules/.
 */
import type { Rule } from '../types.js';
import { schemaRule } from './schema.js';
import { variablesDefinedRule } from './variables-defined.js';
import { scriptsParseRule } from './scripts-parse.js';
import { adsHeadersRule } from './ads-headers.js';
import { noSecretsRule } from './no-secrets.js';
import { uniqueNamesRule } from './unique-names.js';
import { mediaTypesRule } from './media-types.js';
import { examplesRule } from './examples.js';

import { eventNamesRule } from './event-names.js';

export const rules: readonly Rule[] = [
  schemaRule,
  variablesDefinedRule,
  scriptsParseRule,
  adsHeadersRule,
  noSecretsRule,
  uniqueNamesRule,
  mediaTypesRule,
  examplesRule,

  eventNamesRule,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
