/**
 * Sponsored Products v3 negatives live at two levels, the ad group and the campaign, as two resources with the
 * same requests (the official collection's names and order). A level's folder module states what differs - its
 * resource, saved answers, the entity it creates and where it excludes - and these builders write the requests
 * once. Request names are "<Verb> <folder name in lower case>", e.g. "Create campaign negative keywords".
 */
import { folder, type FolderSpec, type Json, type RequestSpec } from '../types.js';
import type { FamilyExamples } from './examples.js';
import { spResourceRequests, spV3Docs, type SpResource } from './v3-resource.js';

/** What one level of a negative resource states. */
export interface NegativeLevel {
  /** The folder, e.g. "Campaign negative keywords". */
  folder: string;
  /** The folder's description. */
  about: string;
  resource: SpResource;
  /** The resource's saved answers. */
  answers: FamilyExamples;
  /** The one entity its create request sends. */
  entity: { [field: string]: Json };
  /** Where the negative applies, e.g. "a whole campaign". */
  scope: string;
}

/** Every level pauses in its update example. */
const changes = { state: 'PAUSED' };

/**
 * A level's folder and the requests both kinds of negative share: the create (its description given, as it says
 * what the kind excludes), update and delete, and the resource's requests for the rest.
 */
function levelRequests(level: NegativeLevel, createDescription: string) {
  const requests = spResourceRequests(level.resource);
  const plural = level.folder.toLowerCase();
  return {
    plural,
    requests,
    create: requests.create({ name: `Create ${plural}`, entity: level.entity, description: createDescription, examples: level.answers.create }),
    update: requests.update({ name: `Update ${plural}`, changes, description: `Changes the state of ${plural} by id.`, examples: level.answers.update }),
    delete: requests.delete({ name: `Delete ${plural}`, description: `Archives the ${plural} whose ids are in the filter.`, examples: level.answers.delete }),
    folder: (items: RequestSpec[]): FolderSpec => folder(level.folder, { description: level.about, docs: spV3Docs }, items),
  };
}

/** A level of negative keywords: create, update, delete, then list (the campaign's). */
export function negativeKeywordsFolder(level: NegativeLevel): FolderSpec {
  const at = levelRequests(level, `Stops ${level.scope} from showing for search terms, with negative exact or phrase match.`);
  const list = at.requests.list({
    name: `List ${at.plural}`,
    example: { campaignIdFilter: { include: ['{{campaignId}}'] } },
    description: `Lists ${at.plural}.`,
    examples: level.answers.list,
  });
  return at.folder([at.create, at.update, at.delete, list]);
}

/** A level of negative targets: create, list, update, then delete; `listName` where the official name differs. */
export function negativeTargetsFolder(level: NegativeLevel & { listName?: string }): FolderSpec {
  const at = levelRequests(level, `Excludes products or brands from ${level.scope}.`);
  const list = at.requests.list({ name: level.listName ?? `List ${at.plural}`, description: `Lists ${at.plural}.`, examples: level.answers.list });
  return at.folder([at.create, list, at.update, at.delete]);
}
