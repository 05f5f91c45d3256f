/**
 * The sentences that close a request's description follow from the request's own data, so a request writes
 * only what it does and the closing cannot drift from what it sends: the variables it reads and the ids it
 * stores. Families add the sentence of their write convention (e.g. how a create answers).
 */
import type { Json, RequestSpec, Scripts } from './types.js';

/** What every update of a list of entities says: PUT of changed fields, items named by id. */
export const updateSentence = 'Only the fields sent change; each item names the entity by id.';

/** The variables a request's own pre-request scripts set before it is sent (their `variable` parameter). */
function setBeforeSending(scripts: Scripts | undefined): string[] {
  return (scripts?.prerequest ?? []).flatMap((script) => (typeof script === 'object' && typeof script.params.variable === 'string' ? [script.params.variable] : []));
}

/**
 * "Uses {{a}}, {{b}} (…)." naming the variables a request reads from its raw body, then its URL (besides
 * {{api_url}}, and those its own pre-request scripts set), each once; empty when it reads none.
 * Path-variable values are not counted.
 */
export function usesSentence(spec: Pick<RequestSpec, 'url' | 'body' | 'scripts'>): string {
  const body = spec.body?.mode === 'raw' ? JSON.stringify(spec.body.example) : '';
  const names = [...`${body} ${spec.url}`.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
  const own = setBeforeSending(spec.scripts);
  const read = [...new Set(names)].filter((name) => name !== 'api_url' && !own.includes(name));
  return read.length === 0 ? '' : `Uses ${read.map((name) => `{{${name}}}`).join(', ')} (set in the environment or stored by an earlier request).`;
}

/** The variables a store-ids script keeps: its one `variable`, or each of its `ids`. */
function storedVariables(params: Record<string, Json>): string[] {
  const mappings = Array.isArray(params.ids) ? params.ids : [params];
  return mappings.flatMap((mapping) => (mapping && typeof mapping === 'object' && !Array.isArray(mapping) && typeof mapping.variable === 'string' ? [mapping.variable] : []));
}

/** "Stores {{id}} …." (or "Stores {{a}} and {{b}} …") for the ids the request's store-ids test scripts keep; empty when it stores none. */
export function storesSentence(scripts: Scripts | undefined): string {
  const stored = (scripts?.test ?? []).flatMap((script) => (typeof script === 'object' && script.name === 'store-ids' ? storedVariables(script.params) : []));
  if (stored.length === 0) return '';
  const names = stored.map((name) => `{{${name}}}`);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Stores ${listed} from the answer for later requests; an empty answer leaves ${names.length === 1 ? 'it' : 'them'} unset instead of failing.`;
}

/** `description` followed by the closing sentences given (empty ones left out), one space apart. */
export function closedDescription(description: string | undefined, ...closing: string[]): string {
  return [description, ...closing].filter(Boolean).join(' ');
}

/**
 * `spec` with its description closed: its own words, then `convention` (its family's sentence for what it does,
 * if any), then "Uses {{…}}" and "Stores {{…}}" from its body, URL and scripts. Every request builder that
 * derives closing sentences goes through here, so they come in one order.
 */
export function withClosingSentences<S extends RequestSpec>(spec: S, convention = ''): S {
  return { ...spec, description: closedDescription(spec.description, convention, usesSentence(spec), storesSentence(spec.scripts)) };
}
