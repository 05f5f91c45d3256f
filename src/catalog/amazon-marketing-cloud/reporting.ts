/**
 * Amazon Marketing Cloud > Reporting: workflows, schedules and workflow executions.
 */
import { folder } from '../types.js';
import { amcRequests } from './amc-requests.js';
import { amcAccountHeaders } from '../headers.js';
import { amcExamples } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/reporting/create-workflow';
const amcAccountRequest = amcRequests(amcAccountHeaders, docs);

export const amcReporting = folder('Reporting', { description: 'Workflows (saved SQL queries), their schedules and their executions.', docs }, [
  folder('Workflows', 'Saved SQL queries of an AMC instance.', [
    amcAccountRequest({
      name: 'Create a workflow',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          workflowId: 'weekly-spend-by-campaign',
          sqlQuery: 'SELECT campaign, SUM(impressions) AS impressions, SUM(total_cost) AS spend, COUNT(DISTINCT user_id) AS unique_users FROM dsp_impressions GROUP BY campaign',
          timeWindowTimeZone: 'UTC',
          timeWindowType: 'MOST_RECENT_WEEK',
        },
      },
      description:
        'Saves a SQL query as a workflow of the instance, with its default time window. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.createWorkflow,
    }),
    amcAccountRequest({
      name: 'Create a workflow with custom parameters',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/:instanceId/workflows',
      contentType: 'json',
      pathVariables: { instanceId: '{{instanceId}}' },
      body: {
        mode: 'raw',
        example: {
          workflowId: 'impressions-for-chosen-campaigns',
          sqlQuery: 'SELECT campaign, SUM(impressions) AS impressions FROM sponsored_ads_traffic WHERE ARRAY_CONTAINS(CUSTOM_PARAMETER(\'chosen_campaigns\'), \'ALL\') OR ARRAY_CONTAINS(CUSTOM_PARAMETER(\'chosen_campaigns\'), campaign) GROUP BY campaign',
          inputParameters: [
            {
              name: 'chosen_campaigns',
              dataType: { type: 'ARRAY', elementDataType: 'STRING' },
              column_type: 'DIMENSION',
              description: 'Campaign names to report on; ALL reports every campaign.',
              defaultValue: ['ALL'],
            },
          ],
        },
      },
      description:
        'Saves a SQL query whose values come from parameters given at run time (here a list of campaign names).',
      examples: amcExamples.createWorkflow,
    }),
    amcAccountRequest({
      name: 'List all workflows in a specific instance',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows',
      query: [
        { key: 'nextToken', value: '' },
        { key: 'limit', value: '' },
      ],
      description:
        'Lists the saved workflows of the instance; page with nextToken and limit. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.listWorkflows,
    }),
    amcAccountRequest({
      name: 'Get the requested workflow',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows/:workflowId',
      pathVariables: { workflowId: 'weekly-spend-by-campaign' },
      description:
        'Reads one saved workflow and its SQL. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.getWorkflow,
    }),
    amcAccountRequest({
      name: 'Update the requested workflow',
      method: 'PUT',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows/:workflowId',
      contentType: 'json',
      pathVariables: { workflowId: 'weekly-spend-by-campaign' },
      body: {
        mode: 'raw',
        example: {
          workflowId: 'weekly-spend-by-campaign',
          sqlQuery: 'SELECT campaign, SUM(impressions) AS impressions, SUM(total_cost) AS spend FROM dsp_impressions GROUP BY campaign',
        },
      },
      description:
        'Replaces the SQL (and settings) of a saved workflow. Only the fields sent change; each item names the entity by id. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.updateWorkflow,
    }),
    amcAccountRequest({
      name: 'Delete the requested workflow',
      method: 'DELETE',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows/:workflowId',
      pathVariables: { workflowId: 'weekly-spend-by-campaign' },
      description:
        'Deletes a saved workflow. Archives or removes the entity named in the URL; this cannot be undone. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.deleteWorkflow,
    }),
  ]),
  folder('Schedules', 'Recurring runs of a workflow, daily or weekly.', [
    amcAccountRequest({
      name: 'Create a new schedule',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          scheduleId: 'weekly-spend-schedule',
          workflowId: 'weekly-spend-by-campaign',
          aggregationHourUtc: 6,
          aggregationPeriod: 'Weekly',
          aggregationStartDay: 'Monday',
          scheduleEnabled: true,
          requireSyntheticData: false,
          disableAggregationControls: false,
        },
      },
      description:
        'Runs a saved workflow automatically every day or week at a given UTC hour. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.createSchedule,
    }),
    amcAccountRequest({
      name: 'List all schedules',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules',
      description:
        'Lists the schedules of the instance. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.listSchedules,
    }),
    amcAccountRequest({
      name: 'Gets the requested schedule',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules/:scheduleId',
      pathVariables: { scheduleId: 'weekly-spend-schedule' },
      description:
        'Reads one schedule. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.getSchedule,
    }),
    amcAccountRequest({
      name: 'Updates the requested schedule',
      method: 'PUT',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules/:scheduleId',
      contentType: 'json',
      pathVariables: { scheduleId: 'weekly-spend-schedule' },
      body: {
        mode: 'raw',
        example: {
          scheduleId: 'weekly-spend-schedule',
          workflowId: 'weekly-spend-by-campaign',
          aggregationHourUtc: 9,
          aggregationPeriod: 'Weekly',
          aggregationStartDay: 'Tuesday',
          scheduleEnabled: true,
        },
      },
      description:
        'Replaces a schedule with the definition in the body. Only the fields sent change; each item names the entity by id. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.updateSchedule,
    }),
    amcAccountRequest({
      name: 'Deletes the requested schedule',
      method: 'DELETE',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules/:scheduleId',
      pathVariables: { scheduleId: 'weekly-spend-schedule' },
      description:
        'Deletes a schedule; its workflow stays and no longer runs on its own. Archives or removes the entity named in the URL; this cannot be undone. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.deleteSchedule,
    }),
  ]),
  folder('Workflow executions', 'One-off runs of a workflow and their result files.', [
    amcAccountRequest({
      name: 'Creates a new workflow execution',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          workflowId: 'weekly-spend-by-campaign',
          timeWindowStart: '2026-01-05T00:00:00',
          timeWindowEnd: '2026-01-12T00:00:00',
          timeWindowType: 'EXPLICIT',
          timeWindowTimeZone: 'UTC',
        },
      },
      description:
        'Runs a saved workflow once over an explicit time window; executions take from minutes to hours. Uses {{instanceId}} (set in the environment or stored by an earlier request). Stores {{workflowExecutionId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'workflowExecutionId', from: 'workflowExecutionId' } }] },
      examples: amcExamples.createExecution,
    }),
    amcAccountRequest({
      name: 'Returns a list of workflow executions',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions',
      query: [
        { key: 'minCreationTime', value: '' },
        { key: 'maxCreationTime', value: '' },
        { key: 'timeZone', value: '' },
        { key: 'workflowId', value: 'my-first-workflow' },
        { key: 'includeWorkflow', value: 'false' },
      ],
      description:
        'Lists executions of the instance, filtered by creation time and workflow. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.listExecutions,
    }),
    amcAccountRequest({
      name: 'Gets status information about the requested workflow execution.',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions/:workflowExecutionId',
      query: [
        { key: 'includeWorkflow', value: 'false' },
      ],
      pathVariables: { workflowExecutionId: '{{workflowExecutionId}}' },
      description:
        'Reads the state of the execution in {{workflowExecutionId}} and where its output goes. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.getExecution,
    }),
    amcAccountRequest({
      name: 'Updates the requested workflow execution.',
      method: 'PUT',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions/:workflowExecutionId',
      contentType: 'json',
      pathVariables: { workflowExecutionId: '{{workflowExecutionId}}' },
      body: { mode: 'raw', example: { disableAggregationControls: true } },
      description:
        'Changes an execution that has not finished, e.g. to cancel it. Only the fields sent change; each item names the entity by id. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.updateExecution,
    }),
    amcAccountRequest({
      name: 'Retrieves pre-signed url for downloading workflow execution results from S3',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions/:workflowExecutionId/downloadUrls',
      pathVariables: { workflowExecutionId: '{{workflowExecutionId}}' },
      description:
        'Returns short-lived download links for the result files of a finished execution. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      examples: amcExamples.downloadUrls,
    }),
  ]),
]);
