/**
 * Sends requests of the generated collection to an emulator as a client would, without Newman: each
 * `{{variable}}` filled (hosts and credentials from the emulator, the chosen profile and advertiser
 * account, a date for dates, digits for ids), path variables resolved, the bearer token added where the
 * collection's auth applies, redirects not followed. Used by the test that the emulator answers every
 * request, and by the bad-body tests (which replace a body).
 */
import { readFileSync } from 'node:fs';
import type { Emulator } from '../../src/emulator/index.js';
import { accessToken, authHeaders, emulatorVariables, profilesOf } from './helpers.js';

const collectionFile = new URL('../../collections/amazon-ads-api.postman_collection.json', import.meta.url);

interface UrlJson {
  raw: string;
  variable?: Array<{ key: string; value?: string }>;
}

export interface CollectionRequest {
  /** "Folder / Request". */
  name: string;
  method: string;
  url: UrlJson;
  header?: Array<{ key: string; value: string; disabled?: boolean }>;
  body?: { mode: string; raw?: string; urlencoded?: Array<{ key: string; value: string; disabled?: boolean }> };
  auth?: { type: string };
}

interface ItemJson {
  name: string;
  item?: ItemJson[];
  request?: CollectionRequest;
}

/** Every request of the generated collection, in order. */
export function collectionRequests(): CollectionRequest[] {
  const collection = JSON.parse(readFileSync(collectionFile, 'utf8')) as { item: ItemJson[] };
  const out: CollectionRequest[] = [];
  const walk = (items: ItemJson[], folders: string[]) => {
    for (const item of items) {
      if (item.item) walk(item.item, [...folders, item.name]);
      else if (item.request) out.push({ ...item.request, name: [...folders, item.name].join(' / ') });
    }
  };
  walk(collection.item, []);
  return out;
}

/** A request the emulator can answer: its host is one of the emulator's ({{api_url}}, {{token_url}}, {{auth_grant_url}}). */
export const sentToEmulator = (request: CollectionRequest) => /^\{\{(api_url|token_url|auth_grant_url)\}\}/.test(request.url.raw);

/** The variables a run would have: the emulator's hosts and credentials, its first profile and account. */
export async function variablesFor(e: Emulator): Promise<Record<string, string>> {
  const auth = await authHeaders(e);
  const [profile] = await profilesOf(e, auth);
  const accounts = await fetch(`${e.url}/adsApi/v1/query/advertiserAccounts`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: '{}',
  });
  const [account] = ((await accounts.json()) as { advertiserAccounts?: Array<{ advertiserAccountId?: string }> }).advertiserAccounts ?? [];
  return {
    ...emulatorVariables(e),
    access_token: await accessToken(e),
    redirect_uri: 'https://amazon.com',
    permission_scope: 'advertising::campaign_management',
    profileId: String(profile.profileId),
    accountId: String(account?.advertiserAccountId ?? ''),
    marketplace_id: 'A1PA6795UKMFR9',
    v2_report_date: recentDate.replace(/-/g, ''),
  };
}

/** Yesterday as YYYY-MM-DD: inside the days of data every report keeps. */
const recentDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** A value for a variable no run step has set: a recent date for dates, digits for everything else (ids). */
function fallback(name: string): string {
  return /date/i.test(name) ? recentDate : '1234567890';
}

export function fill(text: string, variables: Record<string, string>): string {
  return text.replace(/\{\{([^}]+)\}\}/g, (_, name: string) => variables[name] ?? fallback(name));
}

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  json: unknown;
}

/** Sends one collection request (its body replaced by `body` when given) and reads the answer. */
export async function send(request: CollectionRequest, variables: Record<string, string>, body?: string): Promise<Answer> {
  let raw = fill(request.url.raw, variables);
  for (const variable of request.url.variable ?? []) {
    raw = raw.replace(new RegExp(`/:${variable.key}(?=/|\\?|$)`), `/${encodeURIComponent(fill(variable.value ?? '', variables) || fallback(variable.key))}`);
  }
  const headers: Record<string, string> = {};
  for (const h of request.header ?? []) if (!h.disabled) headers[h.key] = fill(h.value, variables);
  if (request.auth?.type !== 'noauth') headers.Authorization = `Bearer ${variables.access_token}`;
  let sent: string | undefined;
  if (body !== undefined) sent = body;
  else if (request.body?.mode === 'raw') sent = fill(request.body.raw ?? '', variables);
  else if (request.body?.mode === 'urlencoded') {
    sent = new URLSearchParams((request.body.urlencoded ?? []).filter((f) => !f.disabled).map((f) => [f.key, fill(f.value, variables)])).toString();
  }
  const response = await fetch(raw, { method: request.method, headers, body: sent, redirect: 'manual' });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // as the collection's scripts store it: the report a later request reads
  const reportId = (json as { reportId?: unknown } | undefined)?.reportId;
  if (typeof reportId === 'string' && request.url.raw.endsWith('/reporting/reports')) variables.reportId = reportId;
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}
