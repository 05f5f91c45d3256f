/** The repeatNextToken fault: SP and SB list calls answer, from page two on, the nextToken they were sent. */
import { describe, expect, it } from 'vitest';
import { emulator, post, sbType, spSetup } from './helpers.js';

describe('repeatNextToken fault', () => {
  it('SP: page one gives a token; every later page answers that same token again', async () => {
    const e = await emulator({ campaigns: 7, repeatNextToken: true });
    const { headers } = await spSetup(e);
    const first = await post(e, '/sp/campaigns/list', headers, { maxResults: 2 });
    const token = (first.json as { nextToken: string }).nextToken;
    expect(token).toEqual(expect.any(String));
    const second = await post(e, '/sp/campaigns/list', headers, { maxResults: 2, nextToken: token });
    const third = await post(e, '/sp/campaigns/list', headers, { maxResults: 2, nextToken: token });
    expect(second.status).toBe(200);
    expect((second.json as { nextToken: string }).nextToken).toBe(token);
    expect((third.json as { nextToken: string }).nextToken).toBe(token);
  });

  it('SB too; the last page still ends the list, and without the fault tokens never repeat', async () => {
    const e = await emulator({ sbCampaigns: 3, repeatNextToken: true });
    const { headers } = await spSetup(e);
    const sb = { ...headers, 'Content-Type': sbType, Accept: sbType };
    const first = await post(e, '/sb/v4/campaigns/list', sb, { maxResults: 2 });
    const token = (first.json as { nextToken: string }).nextToken;
    const last = await post(e, '/sb/v4/campaigns/list', sb, { maxResults: 2, nextToken: token });
    expect((last.json as { nextToken?: string }).nextToken).toBeUndefined();

    const plain = await emulator({ campaigns: 7 });
    const setup = await spSetup(plain);
    const one = await post(plain, '/sp/campaigns/list', setup.headers, { maxResults: 2 });
    const t1 = (one.json as { nextToken: string }).nextToken;
    const two = await post(plain, '/sp/campaigns/list', setup.headers, { maxResults: 2, nextToken: t1 });
    expect((two.json as { nextToken: string }).nextToken).not.toBe(t1);
  });
});
