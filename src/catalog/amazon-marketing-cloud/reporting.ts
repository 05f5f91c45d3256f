/**
 * Amazon Marketing Cloud > Reporting: workflows, schedules and workflow executions.
 */
import { folder, request } from '../types.js';
import { amcAccountHeaders } from '../headers.js';
import { amcExamples } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/reporting/create-workflow';

export const amcReporting = folder('Reporting', { description: 'Workflows (saved SQL queries), their schedules and their executions.', docs }, [
  folder('Workflows', 'Saved SQL queries of an AMC instance.', [
    request({
      name: 'Create a workflow',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows',
      headers: 'account',
      contentType: 'json',
      extraHeaders: [...amcAccountHeaders],
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
      docs,
      examples: amcExamples.createWorkflow,
    }),
    request({
      name: 'Create a workflow with custom parameters',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/:instanceId/workflows',
      headers: 'account',
      contentType: 'json',
      extraHeaders: [...amcAccountHeaders],
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
      docs,
      examples: amcExamples.createWorkflow,
    }),
    request({
      name: 'List all workflows in a specific instance',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      query: [
        { key: 'nextToken', value: '' },
        { key: 'limit', value: '' },
      ],
      description:
        'Lists the saved workflows of the instance; page with nextToken and limit. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.listWorkflows,
    }),
    request({
      name: 'Get the requested workflow',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows/:workflowId',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      pathVariables: { workflowId: 'weekly-spend-by-campaign' },
      description:
        'Reads one saved workflow and its SQL. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.getWorkflow,
    }),
    request({
      name: 'Update the requested workflow',
      method: 'PUT',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows/:workflowId',
      headers: 'account',
      contentType: 'json',
      extraHeaders: [...amcAccountHeaders],
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
      docs,
      examples: amcExamples.updateWorkflow,
    }),
    request({
      name: 'Delete the requested workflow',
      method: 'DELETE',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflows/:workflowId',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      pathVariables: { workflowId: 'weekly-spend-by-campaign' },
      description:
        'Deletes a saved workflow. Archives or removes the entity named in the URL; this cannot be undone. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.deleteWorkflow,
    }),
  ]),
  folder('Schedules', 'Recurring runs of a workflow, daily or weekly.', [
    request({
      name: 'Create a new schedule',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules',
      headers: 'account',
      contentType: 'json',
      extraHeaders: [...amcAccountHeaders],
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
      docs,
      examples: amcExamples.createSchedule,
    }),
    request({
      name: 'List all schedules',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      description:
        'Lists the schedules of the instance. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.listSchedules,
    }),
    request({
      name: 'Gets the requested schedule',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules/:scheduleId',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      pathVariables: { scheduleId: 'weekly-spend-schedule' },
      description:
        'Reads one schedule. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.getSchedule,
    }),
    request({
      name: 'Updates the requested schedule',
      method: 'PUT',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules/:scheduleId',
      headers: 'account',
      contentType: 'json',
      extraHeaders: [...amcAccountHeaders],
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
      docs,
      examples: amcExamples.updateSchedule,
    }),
    request({
      name: 'Deletes the requested schedule',
      method: 'DELETE',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/schedules/:scheduleId',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      pathVariables: { scheduleId: 'weekly-spend-schedule' },
      description:
        'Deletes a schedule; its workflow stays and no longer runs on its own. Archives or removes the entity named in the URL; this cannot be undone. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.deleteSchedule,
    }),
  ]),
  folder('Workflow executions', 'One-off runs of a workflow and their result files.', [
    request({
      name: 'Creates a new workflow execution',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions',
      headers: 'account',
      contentType: 'json',
      extraHeaders: [...amcAccountHeaders],
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
      docs,
      scripts: { test: [{ name: 'store-ids', params: { variable: 'workflowExecutionId', from: 'workflowExecutionId' } }] },
      examples: amcExamples.createExecution,
    }),
    request({
      name: 'Returns a list of workflow executions',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      query: [
        { key: 'minCreationTime', value: '' },
        { key: 'maxCreationTime', value: '' },
        { key: 'timeZone', value: '' },
        { key: 'workflowId', value: 'my-first-workflow' },
        { key: 'includeWorkflow', value: 'false' },
      ],
      description:
        'Lists executions of the instance, filtered by creation time and workflow. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.listExecutions,
    }),
    request({
      name: 'Gets status information about the requested workflow execution.',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions/:workflowExecutionId',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      query: [
        { key: 'includeWorkflow', value: 'false' },
      ],
      pathVariables: { workflowExecutionId: '{{workflowExecutionId}}' },
      description:
        'Reads the state of the execution in {{workflowExecutionId}} and where its output goes. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.getExecution,
    }),
    request({
      name: 'Updates the requested workflow execution.',
      method: 'PUT',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions/:workflowExecutionId',
      headers: 'account',
      contentType: 'json',
      extraHeaders: [...amcAccountHeaders],
      pathVariables: { workflowExecutionId: '{{workflowExecutionId}}' },
      body: { mode: 'raw', example: { disableAggregationControls: true } },
      description:
        'Changes an execution that has not finished, e.g. to cancel it. Only the fields sent change; each item names the entity by id. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.updateExecution,
    }),
    request({
      name: 'Retrieves pre-signed url for downloading workflow execution results from S3',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions/:workflowExecutionId/downloadUrls',
      headers: 'account',
      extraHeaders: [...amcAccountHeaders],
      pathVariables: { workflowExecutionId: '{{workflowExecutionId}}' },
      description:
        'Returns short-lived download links for the result files of a finished execution. Uses {{instanceId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: amcExamples.downloadUrls,
    }),
  ]),
]);
