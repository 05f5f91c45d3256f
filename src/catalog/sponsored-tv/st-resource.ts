/**
 * Sponsored TV resources: each lives at `{{api_url}}/st/<list key>` (e.g. `/st/adGroups`), speaks plain
 * JSON and follows the resource convention of src/catalog/resource-requests.ts with its list key and id,
 * so the update body (`changes` of the entity in `{{<id>}}`) and the delete body (`<id>Filter`) are derived
 * there. On top of it the family states once: its documentation link, its saved answers, a list that
 * filters by the same `<id>Filter` body, and that no request stores ids (the official ones have no scripts).
 */
import type { Json, RequestSpec } from '../types.js';
import { idFilterBody, resourceRequests, type OwnFields } from '../resource-requests.js';
import { stAnswers, type Names } from './examples.js';

/** The Sponsored TV guide, linked from every folder and request of the family. */
export const stDocs = 'https://advertising.amazon.com/API/docs/en-us/guides/sponsored-tv/overview';

type Entity = { [key: string]: Json };

/**
 * The create, list, update and delete requests of one Sponsored TV resource: `entity` is what the saved
 * answers show, `changes` what the update example sends and its answer shows changed. A request that
 * names its own `example` or `examples` sends or shows those instead.
 */
export function stResourceRequests(names: Names, entity: Entity, changes: Entity = { state: 'PAUSED' }) {
  const answers = stAnswers(names, entity, changes);
  const requests = resourceRequests({
    url: `{{api_url}}/st/${names.entityKey}`,
    contentType: names.mediaType,
    docs: stDocs,
    listKey: names.entityKey,
    id: names.idKey,
  });
  return {
    create: (own: OwnFields): RequestSpec => requests.create({ storesId: false, examples: answers.created, ...own }),
    list: (own: OwnFields): RequestSpec => requests.list({ storesId: false, example: idFilterBody(names.idKey), examples: answers.listed, ...own }),
    update: (own: OwnFields): RequestSpec => requests.update({ changes, examples: answers.updated, ...own }),
    delete: (own: OwnFields): RequestSpec => requests.delete({ examples: answers.deleted, ...own }),
  };
}
