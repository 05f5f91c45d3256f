import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import type { FolderSpec, RequestSpec } from '../../src/catalog/types.js';
import { isWritingRequest } from '../../src/catalog/writing-requests.js';
import { folderAliases, unifiedSmokeFolders } from '../../src/run/selection/folders.js';

function requestsOf(items: Array<RequestSpec | FolderSpec>, prefix = ''): Array<RequestSpec & { path: string }> {
  return items.flatMap((item) => {
    const path = prefix === '' ? item.name : `${prefix}/${item.name}`;
    return item.kind === 'folder' ? requestsOf(item.items, path) : [{ ...item, path }];
  });
}

const requests = requestsOf(catalog);
const writes = (path: string) => {
  const found = requests.find((request) => request.path === path);
  expect(found, path).toBeDefined();
  return isWritingRequest(found!.method, found!.url);
};

describe('isWritingRequest', () => {
  it('follows the method and the API conventions', () => {
    expect(isWritingRequest('GET', '{{api_url}}/v2/profiles')).toBe(false);
    expect(isWritingRequest('PUT', '{{api_url}}/sp/campaigns')).toBe(true);
    expect(isWritingRequest('delete', '{{api_url}}/sb/keywords/{{keywordId}}')).toBe(true);
    expect(isWritingRequest('PATCH', 'https://host/x')).toBe(true);
    expect(isWritingRequest('POST', '{{api_url}}/adsApi/v1/create/campaigns')).toBe(true);
    expect(isWritingRequest('POST', '{{api_url}}/adsApi/v1/update/ads')).toBe(true);
    expect(isWritingRequest('POST', '{{api_url}}/adsApi/v1/delete/targets')).toBe(true);
    expect(isWritingRequest('POST', '{{api_url}}/adsApi/v1/query/campaigns')).toBe(false);
    expect(isWritingRequest('POST', '{{api_url}}/adsApi/v1/retrieve/reports')).toBe(false);
    expect(isWritingRequest('POST', '{{api_url}}/sp/campaigns/delete')).toBe(true);
    expect(isWritingRequest('POST', '{{api_url}}/sp/campaigns/list')).toBe(false);
    expect(isWritingRequest('POST', '{{api_url}}/sp/campaigns')).toBe(true);
    expect(isWritingRequest('POST', 'https://advertising-api.amazon.com/sp/campaigns?x=1')).toBe(true);
    expect(isWritingRequest('POST', '{{token_url}}')).toBe(false);
    expect(isWritingRequest('POST', '{{api_url}}/sp/targets/bid/recommendations')).toBe(false);
    expect(isWritingRequest('POST', '{{api_url}}/some/unknown/action')).toBe(true);
  });

  it('over the whole catalog: every request named as a create, update or delete writes; only report jobs are read despite their name', () => {
    const named = /^(create|creates|update|updates|delete|deletes|associate|disassociate|add|register)\b/i;
    const misjudged = requests
      .filter((request) => named.test(request.name) && !isWritingRequest(request.method, request.url))
      .map((request) => request.path);
    expect(misjudged).toEqual(['Reporting/Sponsored ads V3/Create report']);
    expect(requests.filter((request) => request.method === 'GET' && isWritingRequest(request.method, request.url))).toEqual([]);
  });

  it('the --folder aliases and --api unified hold no writing request (they run against real hosts without --allow-writes)', () => {
    for (const path of [...Object.values(folderAliases).flat(), ...unifiedSmokeFolders, 'Unified API/Query advertiser accounts']) expect(writes(path), path).toBe(false);
    expect(writes('Sponsored Products/Campaigns/Create campaigns')).toBe(true);
    expect(writes('Sponsored Products/Campaigns/Delete campaigns')).toBe(true);
    expect(writes('Sponsored Brands/Ad creatives/Video')).toBe(true);
  });
});
