/**
 * The contract check's accepted deviations: findings where the spec is evidently stricter than the
 * server (Amazon's own collection and examples break it the same way). At most ten, each with its
 * reason; a finding matches by request, kind and (for examples) example name. Everything else fails.
 */
import type { FindingKind } from '../../src/contract/check-request.js';

export interface AcceptedDeviation {
  request: string;
  kind: FindingKind;
  example?: string;
  reason: string;
}

const redirected =
  'the spec declares only the 307 redirect to the pre-signed file URL; Postman and the runner follow it, so the saved example shows the file the user ends up with (200)';

export const acceptedDeviations: AcceptedDeviation[] = [
  { request: 'Snapshots / Sponsored Products / Download SP snapshot', kind: 'example', example: '200 OK: the file, one campaign', reason: redirected },
  { request: 'Snapshots / Sponsored Display / Download SD snapshot', kind: 'example', example: '200 OK: the file, one campaign', reason: redirected },
  {
    request: 'Sponsored Brands / Targeting / Get all categories',
    kind: 'example',
    example: '200 OK: the category tree (a JSON string)',
    reason: 'Amazon answers categoryTree as one JSON-encoded string (as its reference describes the field); the v4 spec types it as an array',
  },
  {
    request: 'Sponsored Display / Targeting / Audience discovery',
    kind: 'example',
    example: '200 OK: one matching audience',
    reason: 'the spec\'s inventoryForecasts.all is a oneOf whose last two branches are the same {dailyReach} object, so no answer can match exactly one of them',
  },
];
