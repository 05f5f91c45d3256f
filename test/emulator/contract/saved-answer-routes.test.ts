import { describe, expect, it } from 'vitest';
import { matchSavedAnswerRoute, pathSegments, savedAnswerRoutes } from '../../../src/emulator/contract/saved-answer-routes.js';

describe('saved-answer routes from the catalog', () => {
  it('turns every {{api_url}} request of the catalog into a route with at least one success answer', () => {
    const routes = savedAnswerRoutes();
    expect(routes.length).toBeGreaterThan(340);
    expect(routes.every((route) => route.successes.length > 0 && route.path.startsWith('/'))).toBe(true);
    expect(routes.some((route) => route.path.includes('{{') || route.path.includes('/:'))).toBe(false);
  });

  it('reads {{var}}, :var and {var} segments as variables; a trailing slash does not count', () => {
    expect(pathSegments('/sp/campaigns/:campaignId/budgetRules/')).toEqual(['', 'sp', 'campaigns', undefined, 'budgetRules']);
    expect(pathSegments('/amc/instances/{{instanceId}}')).toEqual(['', 'amc', 'instances', undefined]);
  });

  it('prefers the route with more fixed segments, whatever the catalog order', () => {
    expect(matchSavedAnswerRoute('GET', '/sb/targets/categories')?.route.path).toBe('/sb/targets/categories');
    expect(matchSavedAnswerRoute('GET', '/sb/targets/123')?.route.path).toBe('/sb/targets/{targetId}');
    expect(matchSavedAnswerRoute('GET', '/amc/instances/abc/advertisers/updates/')?.route.path).toBe('/amc/instances/{instanceId}/advertisers/updates');
    expect(matchSavedAnswerRoute('DELETE', '/sb/targets/categories')?.route.path).toBe('/sb/targets/{targetId}');
    expect(matchSavedAnswerRoute('GET', '/no/such/path')).toBeUndefined();
    expect(matchSavedAnswerRoute('PATCH', '/sp/campaigns')).toBeUndefined();
  });

  it('keeps a saved redirect\'s Location and an example\'s media type', () => {
    const download = matchSavedAnswerRoute('GET', '/v2/reports/r1/download')!.route;
    expect(download.successes[0]).toMatchObject({ status: 307, headers: { Location: expect.stringMatching(/^https:\/\//) } });
    const list = matchSavedAnswerRoute('POST', '/sp/adGroups/list')!.route;
    expect(list.successes[0].mediaType).toBe('application/vnd.spAdGroup.v3+json');
  });
});
