/**
 * "Budget rules": one module per ad product (SP, SD, SB), in the official order.
 */
import { folder } from '../types.js';
import { sp } from './sp.js';
import { sd } from './sd.js';
import { sb } from './sb.js';

export const budgetRules = folder(
  'Budget rules',
  [
    'Budget rules raise a campaign budget by a percentage during a date range, a recurring schedule or a',
    'recommended event, or when a performance metric (ACOS, ROAS, CTR, CVR) passes a threshold. Create a',
    'rule, then attach it to campaigns.',
    '',
    '[Budget rules documentation](https://advertising.amazon.com/API/docs/en-us/guides/budgets/rules/overview)',
  ].join('\n'),
  [sp, sd, sb],
);
