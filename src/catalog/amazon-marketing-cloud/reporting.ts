/**
 * Amazon Marketing Cloud > Reporting: workflows, schedules and workflow executions.
 */
import { folder } from '../types.js';
import type { MediaTypeKey } from '../media-types.js';
import { amcRequests } from './amc-requests.js';
import { amcResource } from './amc-resource.js';
import { amcAccountHeaders } from '../headers.js';
import { amcExamples, amcIds, amcSchedule } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/amazon-marketing-cloud/reporting/create-workflow';
const amcAccountRequest = amcRequests(amcAccountHeaders, docs);
/** A resource of the AMC instance in {{instanceId}}, at `{{api_url}}/amc/reporting/{{instanceId}}/<path>`. */
const instanceResource = (path: string, idParam: string, sampleId: string, mediaType: MediaTypeKey) =>
  amcResource(amcAccountRequest, { url: `{{api_url}}/amc/reporting/{{instanceId}}/${path}`, idParam, sampleId, mediaType });
const workflows = instanceResource('workflows', 'workflowId', amcIds.workflowId, 'amcWorkflows');
const schedules = instanceResource('schedules', 'scheduleId', amcIds.scheduleId, 'amcSchedules');
const executions = instanceResource('workflowExecutions', 'workflowExecutionId', '{{workflowExecutionId}}', 'amcWorkflowExecutions');

export const amcReporting = folder('Reporting', { description: 'Workflows (saved SQL queries), their schedules and their executions.', docs }, [
  folder('Workflows', 'Saved SQL queries of an AMC instance.', [
    workflows.create({
      name: 'Create a workflow',
      example: {
        workflowId: 'weekly-spend-by-campaign',
        sqlQuery: 'SELECT campaign, SUM(impressions) AS impressions, SUM(total_cost) AS spend, COUNT(DISTINCT user_id) AS unique_users FROM dsp_impressions GROUP BY campaign',
        timeWindowTimeZone: 'UTC',
        timeWindowType: 'MOST_RECENT_WEEK',
      },
      description: 'Saves a SQL query as a workflow of the instance, with its default time window.',
      examples: amcExamples.createWorkflow,
    }),
    amcAccountRequest({
      name: 'Create a workflow with custom parameters',
      method: 'POST',
      url: '{{api_url}}/amc/reporting/:instanceId/workflows',
      contentType: 'amcWorkflows',
      pathVariables: { instanceId: '{{instanceId}}' },
      body: {
        mode: 'raw',
        example: {
          workflowId: 'impressions-for-chosen-campaigns',
          sqlQuery: 'SELECT campaign, SUM(impressions) AS impressions FROM sponsored_ads_traffic WHERE CUSTOM_PARAMETER(\'chosen_campaign\') = \'ALL\' OR campaign = CUSTOM_PARAMETER(\'chosen_campaign\') GROUP BY campaign',
          inputParameters: [
            {
              name: 'chosen_campaign',
              dataType: 'STRING',
              column_type: 'DIMENSION',
              description: 'Campaign name to report on; ALL reports every campaign.',
              defaultValue: 'ALL',
            },
          ],
        },
      },
      description:
        'Saves a SQL query whose values come from parameters given at run time (here a campaign name).',
      examples: amcExamples.createWorkflow,
    }),
    workflows.list({
      name: 'List all workflows in a specific instance',
      query: [
        { key: 'nextToken', value: '' },
        { key: 'limit', value: '' },
      ],
      description: 'Lists the saved workflows of the instance; page with nextToken and limit.',
      examples: amcExamples.listWorkflows,
    }),
    workflows.get({
      name: 'Get the requested workflow',
      description: 'Reads one saved workflow and its SQL.',
      examples: amcExamples.getWorkflow,
    }),
    workflows.update({
      name: 'Update the requested workflow',
      example: {
        workflowId: 'weekly-spend-by-campaign',
        sqlQuery: 'SELECT campaign, SUM(impressions) AS impressions, SUM(total_cost) AS spend FROM dsp_impressions GROUP BY campaign',
      },
      description: 'Replaces the SQL (and settings) of a saved workflow.',
      examples: amcExamples.updateWorkflow,
    }),
    workflows.delete({
      name: 'Delete the requested workflow',
      description: 'Deletes a saved workflow.',
      examples: amcExamples.deleteWorkflow,
    }),
  ]),
  folder('Schedules', 'Recurring runs of a workflow, daily or weekly.', [
    schedules.create({
      name: 'Create a new schedule',
      example: amcSchedule,
      description: 'Runs a saved workflow automatically every day or week at a given UTC hour.',
      examples: amcExamples.createSchedule,
    }),
    schedules.list({
      name: 'List all schedules',
      description: 'Lists the schedules of the instance.',
      examples: amcExamples.listSchedules,
    }),
    schedules.get({
      name: 'Gets the requested schedule',
      description: 'Reads one schedule.',
      examples: amcExamples.getSchedule,
    }),
    schedules.update({
      name: 'Updates the requested schedule',
      example: {
        scheduleId: 'weekly-spend-schedule',
        workflowId: 'weekly-spend-by-campaign',
        aggregationHourUtc: 9,
        aggregationPeriod: 'Weekly',
        aggregationStartDay: 'Tuesday',
        scheduleEnabled: true,
      },
      description: 'Replaces a schedule with the definition in the body.',
      examples: amcExamples.updateSchedule,
    }),
    schedules.delete({
      name: 'Deletes the requested schedule',
      description: 'Deletes a schedule; its workflow stays and no longer runs on its own.',
      examples: amcExamples.deleteSchedule,
    }),
  ]),
  folder('Workflow executions', 'One-off runs of a workflow and their result files.', [
    executions.create({
      name: 'Creates a new workflow execution',
      example: {
        workflowId: 'weekly-spend-by-campaign',
        timeWindowStart: '2026-01-05T00:00:00',
        timeWindowEnd: '2026-01-12T00:00:00',
        timeWindowType: 'EXPLICIT',
        timeWindowTimeZone: 'UTC',
      },
      description: 'Runs a saved workflow once over an explicit time window; executions take from minutes to hours.',
      storesId: { variable: 'workflowExecutionId', from: 'workflowExecutionId' },
      examples: amcExamples.createExecution,
    }),
    executions.list({
      name: 'Returns a list of workflow executions',
      query: [
        { key: 'minCreationTime', value: '' },
        { key: 'maxCreationTime', value: '' },
        { key: 'timeZone', value: '' },
        { key: 'workflowId', value: 'my-first-workflow' },
        { key: 'includeWorkflow', value: 'false' },
      ],
      description: 'Lists executions of the instance, filtered by creation time and workflow.',
      examples: amcExamples.listExecutions,
    }),
    executions.get({
      name: 'Gets status information about the requested workflow execution.',
      query: [
        { key: 'includeWorkflow', value: 'false' },
      ],
      description: 'Reads the state of the execution in {{workflowExecutionId}} and where its output goes.',
      examples: amcExamples.getExecution,
    }),
    executions.update({
      name: 'Updates the requested workflow execution.',
      example: { disableAggregationControls: true },
      description: 'Changes an execution that has not finished, e.g. to cancel it.',
      examples: amcExamples.updateExecution,
    }),
    amcAccountRequest({
      name: 'Retrieves pre-signed url for downloading workflow execution results from S3',
      method: 'GET',
      url: '{{api_url}}/amc/reporting/{{instanceId}}/workflowExecutions/:workflowExecutionId/downloadUrls',
      pathVariables: { workflowExecutionId: '{{workflowExecutionId}}' },
      description: 'Returns short-lived download links for the result files of a finished execution.',
      examples: amcExamples.downloadUrls,
    }),
  ]),
]);
