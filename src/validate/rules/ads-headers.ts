/**
 * ads-headers: every request to the Ads API ({{api_url}}...) identifies the app and the user:
 * an enabled Amazon-Advertising-API-ClientId header and `Authorization: Bearer <token>` (as a header,
 * or as bearer auth on the request or inherited from its folders or the collection).
 */
import { headerValue, itemPlace, requestItems } from '../walk.js';
import type { Problem, Rule } from '../types.js';

/** The auth Postman applies to a request: its own, else the nearest folder's, else the collection's. */
function effectiveAuth(collection: any, parents: any[], request: any): any {
  const chain = [request?.auth, ...[...parents].reverse().map((p) => p?.auth), collection?.auth];
  return chain.find((auth) => auth && typeof auth === 'object' && typeof auth.type === 'string' && auth.type !== 'inherit');
}

function hasBearerAuth(auth: any): boolean {
  if (!auth || auth.type !== 'bearer' || !Array.isArray(auth.bearer)) return false;
  const token = auth.bearer.find((a: any) => a?.key === 'token');
  return typeof token?.value === 'string' && token.value.trim() !== '';
}

export const adsHeadersRule: Rule = {
  id: 'ads-headers',
  description: 'Requests to {{api_url}} carry Amazon-Advertising-API-ClientId and Authorization: Bearer headers.',
  check(files) {
    const problems: Problem[] = [];
    for (const file of files.filter((f) => f.kind === 'collection')) {
      for (const { path, item, parents } of requestItems(file.json)) {
        const request = item.request;
        const url = typeof request?.url === 'string' ? request.url : request?.url?.raw;
        if (typeof url !== 'string' || !url.trim().startsWith('{{api_url}}')) continue;
        const report = (problem: string, fix: string) =>
          problems.push({ file: file.path, rule: 'ads-headers', where: itemPlace(path), problem, fix });

        const clientId = headerValue(request, 'Amazon-Advertising-API-ClientId');
        if (clientId === undefined || clientId.trim() === '') {
          report('no Amazon-Advertising-API-ClientId header', 'add the header Amazon-Advertising-API-ClientId: {{client_id}}');
        }
        const authorization = headerValue(request, 'Authorization');
        if (authorization === undefined) {
          if (!hasBearerAuth(effectiveAuth(file.json, parents, request))) {
            report('no Authorization header', 'add the header Authorization: Bearer {{access_token}}');
          }
        } else if (!/^Bearer\s+\S/.test(authorization.trim())) {
          report('the Authorization header is not "Bearer <token>"', 'set it to Bearer {{access_token}}');
        }
      }
    }
    return problems;
  },
};
