/**
 * Error bodies of the Ads API. Newer APIs (SP v3, SB v4, manager accounts) answer {code, message} as in
 * SponsoredProducts_prod_3p.json; the v2-era APIs (profiles, SD) answer {code, details, requestId}; the
 * Unified API (/adsApi/v1) answers {code, message} with `code` from its own ErrorCode enum.
 */
import type { ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { sendJson } from '../http.js';

export type ErrorStyle = 'v3' | 'v2' | 'unified';

export type AdsErrorCode =
  | 'UNAUTHORIZED'
  | 'ACCESS_DENIED'
  | 'INVALID_ARGUMENT'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'THROTTLED'
  | 'INTERNAL_ERROR'
  | 'SERVICE_UNAVAILABLE'
  | 'NOT_FOUND';

/** The Unified API's ErrorCode for each of ours (its enum has no INVALID_ARGUMENT, THROTTLED, ...). */
const unifiedCodes: Record<AdsErrorCode, string> = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  ACCESS_DENIED: 'FORBIDDEN',
  INVALID_ARGUMENT: 'BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE: 'BAD_REQUEST',
  THROTTLED: 'TOO_MANY_REQUESTS',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  NOT_FOUND: 'NOT_FOUND',
};

export function adsErrorBody(style: ErrorStyle, code: AdsErrorCode, message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  if (style === 'unified') return { code: unifiedCodes[code], message };
  return style === 'v3' ? { code, message, ...extra } : { code, details: message, requestId: randomUUID(), ...extra };
}

export function sendAdsError(
  response: ServerResponse,
  style: ErrorStyle,
  status: number,
  code: AdsErrorCode,
  message: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): void {
  sendJson(response, status, adsErrorBody(style, code, message, extra), 'application/json', headers);
}

/** A 400 for a bad request body or parameter, in the SP v3 CampaignAccessException shape. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly errors?: Array<{ errorType: string; errorValue: Record<string, unknown> }>,
  ) {
    super(message);
  }
}

export function rangeError(location: string, message: string, lowerLimit?: number, upperLimit?: number): BadRequest {
  return new BadRequest(message, [
    {
      errorType: 'rangeError',
      errorValue: {
        rangeError: {
          reason: lowerLimit !== undefined && upperLimit !== undefined ? 'TOO_HIGH' : 'INVALID_ENUM_VALUE',
          message,
          cause: { location },
          ...(lowerLimit !== undefined ? { lowerLimit: String(lowerLimit) } : {}),
          ...(upperLimit !== undefined ? { upperLimit: String(upperLimit) } : {}),
        },
      },
    },
  ]);
}

export function invalidTokenError(message: string): BadRequest {
  return new BadRequest(message, [
    { errorType: 'invalidInputError', errorValue: { invalidInputError: { reason: 'INVALID_TOKEN', message, cause: { location: '$.nextToken' } } } },
  ]);
}
