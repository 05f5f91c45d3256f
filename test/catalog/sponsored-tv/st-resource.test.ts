/**
 * The Sponsored TV family helper: the URL and the list / delete / update bodies it derives from the
 * resource's names equal the literal ones the folders used to spell out (key order included, as the
 * bodies are written out as raw JSON), and no request stores ids.
 */
import { describe, expect, it } from 'vitest';
import { stDocs, stResourceRequests } from '../../../src/catalog/sponsored-tv/st-resource.js';
import { stAd, stAdGroup, stAnswers, type Names } from '../../../src/catalog/sponsored-tv/examples.js';
import type { RequestSpec } from '../../../src/catalog/types.js';

const adGroupNames: Names = { noun: 'ad group', entityKey: 'adGroups', itemKey: 'adGroup', idKey: 'adGroupId', mediaType: 'stAdGroup' };
const adGroups = stResourceRequests(adGroupNames, stAdGroup);
const own = { name: 'x', description: 'y' };
const bodyOf = (spec: RequestSpec) => JSON.stringify(spec.body?.mode === 'raw' ? spec.body.example : undefined);

describe('stResourceRequests', () => {
  it('lists and deletes by id filter at /st/<list key>, storing no id', () => {
    const list = adGroups.list(own);
    const remove = adGroups.delete(own);
    expect(list).toMatchObject({ method: 'POST', url: '{{api_url}}/st/adGroups/list', contentType: 'stAdGroup', docs: stDocs });
    expect(remove).toMatchObject({ method: 'POST', url: '{{api_url}}/st/adGroups/delete' });
    for (const spec of [list, remove]) expect(bodyOf(spec)).toBe(JSON.stringify({ adGroupIdFilter: { include: ['{{adGroupId}}'] } }));
    expect(list.examples).toEqual(stAnswers(adGroupNames, stAdGroup).listed);
    expect(list.scripts).toBeUndefined();
    expect(adGroups.create({ ...own, example: { adGroups: [] } }).scripts).toBeUndefined();
  });

  it('updates the entity in {{<id>}} with the changes its saved answer shows', () => {
    expect(bodyOf(adGroups.update(own))).toBe(JSON.stringify({ adGroups: [{ adGroupId: '{{adGroupId}}', state: 'PAUSED' }] }));
    const changes = { landingPageValue: 'B0EXAMPLE7', state: 'PAUSED' };
    const adNames: Names = { noun: 'ad', entityKey: 'ads', itemKey: 'ad', idKey: 'adId', mediaType: 'stAd' };
    const update = stResourceRequests(adNames, stAd, changes).update(own);
    expect(bodyOf(update)).toBe(JSON.stringify({ ads: [{ adId: '{{adId}}', landingPageValue: 'B0EXAMPLE7', state: 'PAUSED' }] }));
    expect(update.examples).toEqual(stAnswers(adNames, stAd, changes).updated);
  });

  it('sends the body a request names instead of the derived one', () => {
    expect(bodyOf(adGroups.list({ ...own, example: { adGroupIdFilter: { include: ['1'] } } }))).toBe('{"adGroupIdFilter":{"include":["1"]}}');
  });
});
