/**
 * media-types: the Accept and Content-Type headers make sense together.
 * - a request with a non-empty raw body declares its Content-Type (a header, or the raw body
 *   language, from which Postman derives one);
 * - Accept and Content-Type values are syntactically valid media types (RFC 9110);
 * - when both Content-Type and Accept name vendor types (application/vnd.*), they belong to the same
 *   resource family. The family ignores the version and a request/response suffix, so
 *   vnd.spCampaign.v3 / vnd.spCampaign.v3 (SP v3 create, list, delete) and vnd.spproducttargeting.v3 /
 *   vnd.spproducttargetingresponse.v3 pass (as do the persona builder's vnd.demographicinputexpressions.v1 /
 *   vnd.demographicinsights.v1), while vnd.spCampaign.v3 / vnd.spAdGroup.v3 does not.
 *   A generic type on either side (application/json, *\/*) is not compared.
 */
import { headerValue, itemPlace, requestItems } from '../walk.js';
import type { Problem, Rule } from '../types.js';

const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const quoted = '"(?:[^"\\\\]|\\\\.)*"';
const parameter = `\\s*;\\s*${token}=(?:${token}|${quoted})`;
const mediaType = new RegExp(`^${token}/${token}(?:${parameter})*\\s*$`);
const mediaRange = new RegExp(`^(?:\\*/\\*|${token}/\\*|${token}/${token})(?:${parameter})*\\s*$`);

export function isValidMediaType(value: string): boolean {
  return mediaType.test(value.trim());
}

/** Accept is a comma-separated list of media ranges (each may carry parameters such as q=0.9). */
export function isValidAccept(value: string): boolean {
  return value.split(',').every((part) => mediaRange.test(part.trim()));
}

/**
 * The resource family of a vendor media type, or undefined for a non-vendor type:
 * application/vnd.spCampaign.v3+json -> "spcampaign";
 * application/vnd.spproductrecommendationresponse.asins.v3+json -> "spproductrecommendation".
 */
export function vendorFamily(value: string): string | undefined {
  const match = /^application\/vnd\.([^;+\s]+)/i.exec(value.trim());
  if (!match) return undefined;
  const first = match[1].split('.')[0].toLowerCase();
  return first.replace(/(request|response|inputexpressions?|insights)$/, '');
}

const languageTypes: Record<string, string> = {
  json: 'application/json',
  text: 'text/plain',
  javascript: 'application/javascript',
  xml: 'application/xml',
  html: 'text/html',
};

export const mediaTypesRule: Rule = {
  id: 'media-types',
  description: 'Raw bodies declare a Content-Type; Accept/Content-Type are valid; vendor Content-Type matches the Accept family.',
  check(files) {
    const problems: Problem[] = [];
    for (const file of files.filter((f) => f.kind === 'collection')) {
      for (const { path, item } of requestItems(file.json)) {
        const request = item.request;
        const report = (where: string, problem: string, fix: string) =>
          problems.push({ file: file.path, rule: 'media-types', where: `${itemPlace(path)}: ${where}`, problem, fix });
        const contentType = headerValue(request, 'Content-Type');
        const accept = headerValue(request, 'Accept');
        const templated = (value: string) => value.includes('{{');

        const body = request?.body;
        const rawBody = body?.mode === 'raw' && body.disabled !== true && typeof body.raw === 'string' && body.raw.trim() !== '';
        const language = body?.options?.raw?.language;
        if (rawBody && contentType === undefined && !(typeof language === 'string' && languageTypes[language])) {
          report('body', 'a raw body without a Content-Type', 'add a Content-Type header naming the body media type (e.g. application/json or the API vendor type)');
        }
        if (contentType !== undefined && !templated(contentType) && !isValidMediaType(contentType)) {
          report('header Content-Type', `"${contentType}" is not a valid media type`, 'use type/subtype[; parameter=value], e.g. application/json');
        }
        if (accept !== undefined && !templated(accept) && !isValidAccept(accept)) {
          report('header Accept', `"${accept}" is not a valid media range list`, 'use type/subtype values separated by commas, e.g. application/json');
        }
        if (contentType !== undefined && accept !== undefined) {
          const sent = vendorFamily(contentType);
          const accepted = accept.split(',').map(vendorFamily);
          if (sent && accepted.every((family) => family !== undefined) && !accepted.includes(sent)) {
            report(
              'headers Content-Type/Accept',
              `Content-Type ${contentType.trim()} and Accept ${accept.trim()} name different resources`,
              'use the same vendor media type family for both (as the API reference lists for this operation)',
            );
          }
        }
      }
    }
    return problems;
  },
};
