/**
 * Sponsored Products v3 negatives live at two levels, the ad group and the campaign, as two resources with the
 * same requests (the official collection's names and order). A level's folder module states what differs - its
 * resource, saved answers, the entity it creates and where it excludes - and these builders write the requests
 * once. Request names are "<Verb> <folder name in lower case>", e.g. "Create campaign negative keywords".
 */
import { folder, type FolderSpec, type Json } from '../types.js';
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

const sentences = (plural: string) => ({
  update: `Changes the state of ${plural} by id.`,
  delete: `Archives the ${plural} whose ids are in the filter.`,
  list: `Lists ${plural}.`,
});

/** A level of negative keywords: create, update, delete, then list (the campaign's). */
export function negativeKeywordsFolder(level: NegativeLevel): FolderSpec {
  const requests = spResourceRequests(level.resource);
  const plural = level.folder.toLowerCase();
  const say = sentences(plural);
  return folder(level.folder, { description: level.about, docs: spV3Docs }, [
    requests.create({
      name: `Create ${plural}`,
      entity: level.entity,
      description: `Stops ${level.scope} from showing for search terms, with negative exact or phrase match.`,
      examples: level.answers.create,
    }),
    requests.update({ name: `Update ${plural}`, changes, description: say.update, examples: level.answers.update }),
    requests.delete({ name: `Delete ${plural}`, description: say.delete, examples: level.answers.delete }),
    requests.list({
      name: `List ${plural}`,
      example: { campaignIdFilter: { include: ['{{campaignId}}'] } },
      description: say.list,
      examples: level.answers.list,
    }),
  ]);
}

/** A level of negative targets: create, list, update, then delete; `listName` where the official name differs. */
export function negativeTargetsFolder(level: NegativeLevel & { listName?: string }): FolderSpec {
  const requests = spResourceRequests(level.resource);
  const plural = level.folder.toLowerCase();
  const say = sentences(plural);
  return folder(level.folder, { description: level.about, docs: spV3Docs }, [
    requests.create({
      name: `Create ${plural}`,
      entity: level.entity,
      description: `Excludes products or brands from ${level.scope}.`,
      examples: level.answers.create,
    }),
    requests.list({ name: level.listName ?? `List ${plural}`, description: say.list, examples: level.answers.list }),
    requests.update({ name: `Update ${plural}`, changes, description: say.update, examples: level.answers.update }),
    requests.delete({ name: `Delete ${plural}`, description: say.delete, examples: level.answers.delete }),
  ]);
}
