/**
 * amcResource: an AMC resource's create / list / get / update / delete share its URL, its item path variable
 * and JSON bodies; each request brings only its own fields.
 */
import { describe, expect, it } from 'vitest';
import { amcRequests } from '../../../src/catalog/amazon-marketing-cloud/amc-requests.js';
import { amcResource } from '../../../src/catalog/amazon-marketing-cloud/amc-resource.js';
import { amcReporting } from '../../../src/catalog/amazon-marketing-cloud/reporting.js';
import type { FolderSpec, RequestSpec } from '../../../src/catalog/types.js';

const things = amcResource(amcRequests([], 'https://example.test/docs'), {
  url: '{{api_url}}/amc/reporting/{{instanceId}}/things',
  idParam: 'thingId',
  sampleId: 'sample-thing',
  mediaType: 'amcWorkflows',
});

describe('amcResource', () => {
  it('creates with POST and a JSON body at the resource URL', () => {
    const spec = things.create({ name: 'Create a thing', example: { thingId: 'sample-thing' }, description: 'Saves a thing.' });
    expect(spec).toMatchObject({
      method: 'POST',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/things',
      contentType: 'amcWorkflows',
      body: { mode: 'raw', example: { thingId: 'sample-thing' } },
    });
    expect(spec.pathVariables).toBeUndefined();
    expect(spec.description).toBe('Saves a thing. Uses {{instanceId}} (set in the environment or stored by an earlier request).');
  });

  it('names one item by its path variable for get, update and delete', () => {
    const item = { url: '{{api_url}}/amc/reporting/{{instanceId}}/things/:thingId', pathVariables: { thingId: 'sample-thing' } };
    expect(things.get({ name: 'Get', description: 'Reads.' })).toMatchObject({ method: 'GET', ...item });
    expect(things.update({ name: 'Update', example: { a: 1 }, description: 'Replaces.' })).toMatchObject({ method: 'PUT', contentType: 'amcWorkflows', ...item });
    expect(things.delete({ name: 'Delete', description: 'Deletes.', accept: 'json' })).toMatchObject({ method: 'DELETE', accept: 'json', ...item });
    expect(things.list({ name: 'List', description: 'Lists.' })).toMatchObject({ method: 'GET', url: '{{api_url}}/amc/reporting/{{instanceId}}/things' });
  });

  it('builds the Reporting schedules as before: the get request of one schedule', () => {
    const schedules = amcReporting.items.find((item): item is FolderSpec => item.name === 'Schedules')!;
    const get = schedules.items.find((item): item is RequestSpec => item.name === 'Gets the requested schedule')!;
    expect(get).toMatchObject({
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules/:scheduleId',
      pathVariables: { scheduleId: 'weekly-spend-schedule' },
      description: 'Reads one schedule. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
    });
  });
});
