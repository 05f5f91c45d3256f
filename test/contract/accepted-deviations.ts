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

export const acceptedDeviations: AcceptedDeviation[] = [];
