/**
 * Saved example responses of the Amazon Marketing Cloud folder: one AMC account with one instance
 * (`dataExampleIds.amcInstanceId`), one workflow run on a schedule and once by hand, one rule-based and one
 * lookalike audience. Factories build the shapes that recur (an instance, a schedule, an execution, an
 * audience); `amcExamples.<request>` lists each request's examples.
 */
import { apiError, dataExampleIds, exampleIds, ok } from '../examples.js';
import type { MediaTypeKey } from '../media-types.js';
import type { ExampleResponse, Json } from '../types.js';

const { amcInstanceId, marketplaceId, dspAdvertiserId } = dataExampleIds;

/** AMC names and ids; the workflow and schedule ids are the ones the catalog's path variables use. */
export const amcIds = {
  instanceName: 'exampleinstance',
  workflowId: 'weekly-spend-by-campaign',
  scheduleId: 'weekly-spend-schedule',
  workflowExecutionId: 'e1f2a3b4-0000-4000-8000-000000000001',
  ruleAudienceId: 'f1a2b3c4-0000-4000-8000-000000000001',
  lookalikeAudienceId: 'f1a2b3c4-0000-4000-8000-000000000002',
} as const;

/** Content types of the answers: each API's versioned type (instances, accounts, workflows, ...). */
const instancesType = { contentType: 'amcInstances' } as const satisfies { contentType: MediaTypeKey };
const workflowsType = { contentType: 'amcWorkflows' } as const satisfies { contentType: MediaTypeKey };
const schedulesType = { contentType: 'amcSchedules' } as const satisfies { contentType: MediaTypeKey };
const executionsType = { contentType: 'amcWorkflowExecutions' } as const satisfies { contentType: MediaTypeKey };

/** An AMC instance as the administration calls return it; a new one is REQUESTED, dated when it was asked for. */
function instanceRecord(creationStatus: 'REQUESTED' | 'COMPLETED'): Json {
  return {
    instanceId: amcInstanceId,
    instanceName: amcIds.instanceName,
    instanceType: 'STANDARD',
    customerCanonicalName: 'Example advertiser',
    creationStatus,
    creationDatetime: '2026-01-05T09:30:00Z',
    s3BucketName: creationStatus === 'REQUESTED' ? '' : 'example-amc-results',
    s3BucketRegion: 'us-east-1',
    apiEndpoint: 'https://advertising-api.amazon.com',
    awsAccountId: '123456789012',
    dataUploadAwsAccountId: '123456789012',
    entities: ['NA'],
    optionalDatasets: [],
    advertiserTypes: ['SPONSORED_ADS', 'DISPLAY'],
  };
}

/** The advertisers linked to the instance: the sponsored ads entity and the DSP advertiser. */
const linkedAdvertisers: Json = {
  advertisers: [
    { name: 'Example brand', id: exampleIds.entityId, marketplaceId, type: 'SPONSORED_ADS', configuredAdvertiserTypes: ['SPONSORED_PRODUCTS', 'SPONSORED_BRANDS'] },
    { name: 'Example brand DSP', id: dspAdvertiserId, type: 'DISPLAY', configuredAdvertiserTypes: ['DISPLAY'] },
  ],
  totalCount: 2,
};

function advertiserUpdate(status: 'PENDING' | 'COMPLETE'): Json {
  const added = status === 'PENDING' ? [{ id: exampleIds.entityId, type: 'SPONSORED_ADS', marketplaceId }] : [];
  return { advertiserUpdate: { updateId: 1, status, advertisersToAdd: added, advertisersToRemove: [] } };
}

const weeklySpendSql =
  'SELECT campaign, SUM(impressions) AS impressions, SUM(total_cost) AS spend FROM dsp_impressions GROUP BY campaign';

const workflow: Json = { workflowId: amcIds.workflowId, sqlQuery: weeklySpendSql, timeWindowTimeZone: 'UTC', timeWindowType: 'MOST_RECENT_WEEK' };

/** The weekly schedule of the workflow: what "Create a new schedule" sends and the schedule calls read back. */
export const amcSchedule: Json = {
  scheduleId: amcIds.scheduleId,
  workflowId: amcIds.workflowId,
  aggregationHourUtc: 6,
  aggregationPeriod: 'Weekly',
  aggregationStartDay: 'Monday',
  scheduleEnabled: true,
  requireSyntheticData: false,
  disableAggregationControls: false,
};

/** One run of the weekly spend workflow over 5-12 January; a finished run names its output columns. */
function execution(status: 'PENDING' | 'SUCCEEDED', disableAggregationControls = false): Json {
  const finished = status === 'SUCCEEDED';
  return {
    workflowExecutionId: amcIds.workflowExecutionId,
    workflowId: amcIds.workflowId,
    executionCategory: 'AD_HOC',
    status,
    createTime: '2026-01-13T08:00:00Z',
    lastUpdatedTime: finished ? '2026-01-13T08:04:10Z' : '2026-01-13T08:00:00Z',
    timeWindowStart: '2026-01-05T00:00:00Z',
    timeWindowEnd: '2026-01-12T00:00:00Z',
    timeWindowTimeZoneOriginal: 'UTC',
    parameterValues: {},
    dataGaps: [],
    ignoreDataGaps: false,
    disableAggregationControls,
    workflowExecutionTimeoutSeconds: 21600,
    ...(finished
      ? {
          executionTime: 250,
          outputColumns: [
            { name: 'campaign', columnType: 'DIMENSION', dataType: 'STRING' },
            { name: 'impressions', columnType: 'METRIC', dataType: 'LONG' },
            { name: 'spend', columnType: 'METRIC', dataType: 'DOUBLE' },
          ],
        }
      : {}),
  };
}

const cartAbandonersSql =
  "SELECT user_id FROM amazon_attributed_events_by_conversion_time_for_audiences WHERE conversion_event_subtype = 'shoppingCart'";

/** The rule-based audience of the catalog's create body, as the read calls return it. */
function ruleAudience(status: 'RUNNING' | 'SUCCEEDED'): Json {
  return {
    audienceExecutionId: amcIds.ruleAudienceId,
    audienceName: 'Example cart abandoners',
    audienceDescription: 'Shoppers who added to cart in the time window',
    audienceType: 'RULE_BASED',
    advertiserId: dspAdvertiserId,
    advertiserType: 'DISPLAY',
    instanceId: amcInstanceId,
    query: cartAbandonersSql,
    timeWindowStart: '2026-01-01T00:00:00Z',
    timeWindowEnd: '2026-01-31T00:00:00Z',
    timeWindowRelative: true,
    refreshRateDays: 1,
    createTime: '2026-02-01T10:00:00Z',
    status,
  };
}

/** The answer to creating an audience: its id and that the creation workflow started. */
function audienceStarted(audienceExecutionId: string, contentType: MediaTypeKey): ExampleResponse {
  const body = { audienceExecutionId, status: 'PENDING', audienceExecutionDescription: 'Audience creation started.' };
  return ok('200 OK: audience creation started', 200, body, { contentType });
}

const instanceNotFound = { ...apiError(404, 'NOT_FOUND', `Instance ${amcInstanceId} was not found for this account`), ...instancesType };

export const amcExamples = {
  listAccounts: [
    ok('200 OK: one AMC account', 200, { amcAccounts: [{ accountId: exampleIds.entityId, accountName: 'Example AMC account', marketplaceId }] }, { contentType: 'amcAudiencesConnections' }),
  ],
  createInstance: [ok('200 OK: instance requested', 200, { instance: instanceRecord('REQUESTED') }, instancesType)],
  listInstances: [ok('200 OK: one instance', 200, { instances: [instanceRecord('COMPLETED')] }, instancesType)],
  getInstance: [ok('200 OK: the instance', 200, { instance: instanceRecord('COMPLETED') }, instancesType), instanceNotFound],
  updateInstance: [ok('200 OK: instance renamed', 200, { instance: instanceRecord('COMPLETED') }, instancesType)],
  updateAwsAccount: [
    ok(
      '200 OK: link to create the result bucket',
      200,
      { cfnBucketUrl: 'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/create/review?stackName=amcResultBucket&param_pBucketName=example-amc-results' },
      instancesType,
    ),
  ],
  listAdvertisers: [ok('200 OK: two linked advertisers', 200, linkedAdvertisers, instancesType)],
  createAdvertiserUpdate: [ok('200 OK: update pending', 200, advertiserUpdate('PENDING'), instancesType)],
  getAdvertiserUpdate: [ok('200 OK: update complete', 200, advertiserUpdate('COMPLETE'), instancesType)],
  deleteInstance: [ok('204 No Content: instance deleted', 204, undefined), instanceNotFound],

  createWorkflow: [ok('200 OK: workflow saved (empty object)', 200, {}, workflowsType)],
  listWorkflows: [ok('200 OK: one workflow', 200, { workflows: [workflow] }, workflowsType)],
  getWorkflow: [
    ok('200 OK: the workflow', 200, workflow, workflowsType),
    { ...apiError(404, 'NOT_FOUND', `Workflow ${amcIds.workflowId} does not exist`), ...workflowsType },
  ],
  updateWorkflow: [ok('200 OK: workflow replaced (empty object)', 200, {}, workflowsType)],
  deleteWorkflow: [ok('200 OK: workflow deleted (empty answer)', 200, undefined)],

  createSchedule: [ok('200 OK: schedule saved (empty object)', 200, {}, schedulesType)],
  listSchedules: [ok('200 OK: one schedule', 200, { schedules: [amcSchedule] }, schedulesType)],
  getSchedule: [ok('200 OK: the schedule', 200, amcSchedule, schedulesType)],
  updateSchedule: [ok('200 OK: schedule replaced (empty object)', 200, {}, schedulesType)],
  deleteSchedule: [ok('200 OK: schedule deleted (empty answer)', 200, undefined)],

  createExecution: [ok('200 OK: execution pending', 200, execution('PENDING'), executionsType)],
  listExecutions: [ok('200 OK: one finished execution', 200, { executions: [execution('SUCCEEDED')] }, executionsType)],
  getExecution: [ok('200 OK: execution succeeded', 200, execution('SUCCEEDED'), executionsType)],
  updateExecution: [ok('200 OK: execution changed', 200, execution('PENDING', true), executionsType)],
  downloadUrls: [
    ok(
      '200 OK: result and metadata links',
      200,
      {
        downloadUrls: [`https://example-amc-results.s3.amazonaws.com/${amcIds.workflowId}/${amcIds.workflowExecutionId}/results.csv`],
        metadataDownloadUrls: [`https://example-amc-results.s3.amazonaws.com/${amcIds.workflowId}/${amcIds.workflowExecutionId}/metadata.json`],
      },
      executionsType,
    ),
  ],

  createRuleAudience: [audienceStarted(amcIds.ruleAudienceId, 'amcQueryAudienceV1')],
  listRuleAudiences: [ok('200 OK: one audience', 200, { executionDataList: [ruleAudience('SUCCEEDED')] })],
  getRuleAudience: [ok('200 OK: audience running', 200, ruleAudience('RUNNING'))],
  updateRuleAudience: [
    ok(
      '200 OK: audience update accepted',
      200,
      { audienceExecutionId: amcIds.ruleAudienceId, status: 'PENDING', audienceExecutionDescription: 'Audience update started.' },
      { contentType: 'amcQueryAudienceV12' },
    ),
  ],
  deleteRuleAudience: [ok('204 No Content: audience deleted', 204, undefined)],
  createLookalikeAudience: [audienceStarted(amcIds.lookalikeAudienceId, 'amcLookalikeAudience')],
} satisfies Record<string, ExampleResponse[]>;
