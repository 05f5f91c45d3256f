/**
 * Sponsored TV resources: each lives at `{{api_url}}/st/<plural name>` (e.g. `/st/adGroups`), speaks
 * plain JSON and follows the Sponsored Products version 3 convention of src/catalog/resource-requests.ts.
 * The family's documentation link and saved answers are stated here once, and the bodies that only name
 * ids are derived from the id field: list and delete send `{ <id>Filter: { include: ['{{<id>}}'] } }`, an
 * update sends `{ <plural>: [{ <id>: '{{<id>}}', ...changes }] }` with the changes its saved answer shows.
 */
import type { Json, RequestSpec } from '../types.js';
import { resourceRequests, type OwnFields } from '../resource-requests.js';
import { stAnswers, type Names } from './examples.js';

/** The Sponsored TV guide, linked from every folder and request of the family. */
export const stDocs = 'https://advertising.amazon.com/API/docs/en-us/guides/sponsored-tv/overview';

type Entity = { [key: string]: Json };

/** The body that names the entity in {{<idKey>}} by id filter, e.g. `{ adIdFilter: { include: ['{{adId}}'] } }`. */
export function stIdFilter(idKey: string): Json {
  return { [`${idKey}Filter`]: { include: [`{{${idKey}}}`] } };
}

/**
 * The create, list, update and delete requests of one Sponsored TV resource: `entity` is what the saved
 * answers show, `changes` what the update example sends and its answer shows changed. A list, update or
 * delete sends its derived body unless it names its own `example`.
 */
export function stResourceRequests(names: Names, entity: Entity, changes: Entity = { state: 'PAUSED' }) {
  const answers = stAnswers(names, entity, changes);
  const requests = resourceRequests({ url: `{{api_url}}/st/${names.entityKey}`, contentType: 'json', docs: stDocs });
  const idFilter = stIdFilter(names.idKey);
  const updateBody = { [names.entityKey]: [{ [names.idKey]: `{{${names.idKey}}}`, ...changes }] };
  return {
    create: (own: OwnFields): RequestSpec => requests.create({ examples: answers.created, ...own }),
    list: (own: OwnFields): RequestSpec => requests.list({ example: idFilter, examples: answers.listed, ...own }),
    update: (own: OwnFields): RequestSpec => requests.update({ example: updateBody, examples: answers.updated, ...own }),
    delete: (own: OwnFields): RequestSpec => requests.delete({ example: idFilter, examples: answers.deleted, ...own }),
  };
}
