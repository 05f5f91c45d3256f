/**
 * Method + path with variables normalised, the key two collections are compared by. Same idea as
 * ../shared/checks/contract.mjs: drop the query and a trailing slash, strip the leading host
 * variable ({{api_url}}), and write every variable ({{x}}, :x, {x}) as {}. One step further: a
 * leading regional Amazon Ads host (regions.ts) counts as the host variable too, so a request with
 * a hard-coded https://advertising-api.amazon.com matches its {{api_url}} twin.
 */
import { regions } from '../core/regions.js';

const regionalHosts = Object.values(regions).map((region) => region.api_url);

export function normaliseEndpoint(method: string, url: string): string {
  let path = url.split('?')[0].split('#')[0].trim();
  const host = regionalHosts.find((h) => path === h || path.startsWith(`${h}/`));
  if (host) path = path.slice(host.length);
  else path = path.replace(/^\{\{[^}]+\}\}/, '');
  path = path
    .replace(/\{\{[^}]+\}\}|:[A-Za-z_]\w*|\{[^}]+\}/g, '{}')
    .replace(/\/+$/, '');
  return `${method.toUpperCase()} ${path}`;
}
