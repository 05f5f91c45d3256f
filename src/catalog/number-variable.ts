/**
 * An id that Amazon's spec types as an int64 number (Sponsored Brands v3, Sponsored Display), sent bare
 * in a raw JSON body: `"campaignId": {{campaignId}}`, which Postman fills with the digits. The catalog
 * writes it as `asNumber('campaignId')`, a marked string that the body serializer
 * (src/generate/to-postman-body.ts, `withBareNumbers`) writes without its quotes. Sponsored Products v3 and
 * Sponsored Brands v4 type ids as strings: their bodies keep `"{{campaignId}}"`.
 */
import type { VariableName } from './variables.js';

export const numberMarker = '#number:';

export function asNumber(name: VariableName): string {
  return `${numberMarker}{{${name}}}`;
}

/** JSON text with every marked `"#number:{{x}}"` written bare, as `{{x}}`. */
export function withBareNumbers(json: string): string {
  return json.replace(/"#number:(\{\{[A-Za-z_]\w*\}\})"/g, '$1');
}
