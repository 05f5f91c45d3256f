/**
 * Amazon Marketing Stream: subscriptions to pushed campaign data.
 */
import { folder, request, type Json } from './types.js';
import { resourceRequests } from './resource-requests.js';
import { dataExampleIds, ok } from './examples.js';

const { subscriptionId } = dataExampleIds;
const queueArn = 'arn:aws:sqs:us-east-1:123456789012:example-stream-queue';

/** The sp-traffic subscription of the create example, as the read calls return it. */
const subscription: Json = {
  subscriptionId,
  dataSetId: 'sp-traffic',
  destinationArn: queueArn,
  destination: { sqsDestination: { queueArn } },
  notes: 'Example subscription created from the collection',
  status: 'ACTIVE',
  createdDate: '2026-01-10T12:00:00.000Z',
  updatedDate: '2026-01-10T12:05:00.000Z',
};

const docs = 'https://advertising.amazon.com/API/docs/en-us/amazon-marketing-stream/openapi';
/** A subscription is created by the resource convention (a POST sending and answering the subscription media type). */
const subscriptions = resourceRequests({ url: '{{api_url}}/streams/subscriptions', accept: 'streamSubscription', contentType: 'streamSubscription', docs });

export const marketingStream = folder('Amazon Marketing Stream', { description: 'Subscriptions that push hourly campaign data and change events to your AWS queue.', docs }, [
  subscriptions.create({
    name: 'Create Stream subscription',
    example: {
      notes: 'Example subscription created from the collection',
      clientRequestToken: 'example-request-token-0001',
      dataSetId: 'sp-traffic',
      destinationArn: queueArn,
    },
    description: 'Subscribes an Amazon SQS queue (or Firehose) to one Marketing Stream dataset, e.g. sp-traffic.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'subscriptionId', from: 'subscriptionId' } }] },
    examples: [ok('200 OK: subscription created', 200, { clientRequestToken: 'example-request-token-0001', subscriptionId })],
  }),
  request({
    name: 'List Stream subscriptions',
    method: 'GET',
    url: '{{api_url}}/streams/subscriptions',
    headers: 'profile',
    accept: 'streamSubscription',
    description: 'Lists the Marketing Stream subscriptions of the profile.',
    docs,
    examples: [ok('200 OK: one subscription', 200, { subscriptions: [subscription] })],
  }),
  request({
    name: 'Get Stream subscription by ID',
    method: 'GET',
    url: '{{api_url}}/streams/subscriptions/:subscriptionId',
    headers: 'profile',
    accept: 'streamSubscription',
    pathVariables: { subscriptionId: '{{subscriptionId}}' },
    description: 'Reads the subscription in {{subscriptionId}}, including its status.',
    docs,
    examples: [ok('200 OK: the subscription', 200, { subscription })],
  }),
  request({
    name: 'Update Stream subscription',
    method: 'PUT',
    url: '{{api_url}}/streams/subscriptions/:subscriptionId',
    headers: 'profile',
    accept: 'json',
    contentType: 'streamSubscription',
    pathVariables: { subscriptionId: '{{subscriptionId}}' },
    body: {
      mode: 'raw',
      example: { notes: 'Example subscription created from the collection', status: 'ARCHIVED' },
    },
    description:
      'Changes the notes or the status of the subscription in {{subscriptionId}}; archiving stops delivery. Only the fields sent change; each item names the entity by id.',
    docs,
    examples: [ok('200 OK: subscription changed (empty answer)', 200, undefined)],
  }),
]);
