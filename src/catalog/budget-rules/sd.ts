/**
 * Budget rules > SD. The shared request family is in requests.ts; this list keeps the official order
 * (the official SD folder has no recommended-events request).
 */
import { folder } from '../types.js';
import { budgetRuleRequests, acosRuleExample } from './requests.js';

const rules = budgetRuleRequests('sd');

export const sd = folder('SD', rules.folderDescription, [
  rules.create({
    summary: 'Creates Sponsored Display budget rules: schedule-based or performance-based raises.',
    example: acosRuleExample,
  }),
  rules.associate(),
  rules.list(),
  rules.update({ budgetRulesDetails: [{ ruleId: '{{budgetRuleId}}', ruleState: 'PAUSED' }] }),
  rules.disassociate(),
  rules.campaignsOfRule({ storesCampaignId: true }),
  rules.byId(),
  rules.rulesOfCampaign(),
]);
