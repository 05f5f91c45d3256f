/**
 * One request of a Postman collection against its spec operation (the contract check):
 * - its Content-Type is one the operation's request body declares, its Accept one a success
 *   response declares;
 * - its raw JSON body (variables replaced by samples) validates against the request schema of its
 *   Content-Type;
 * - each saved example validates against the response schema of its status and Content-Type; a
 *   success status the operation does not declare is a finding, an undeclared error status is not
 *   (specs list few error statuses).
 * Findings are data, one per problem; a request no spec declares yields one `undeclared` finding.
 */
import { schemaErrorLines, type ValidateFunction } from './compile-schema.js';
import {
  bareMediaType,
  declaredMediaType,
  requestMediaTypes,
  requestSchemaRef,
  responseKey,
  responseMediaTypes,
  responseSchemaRef,
} from './operation-media.js';
import { withSampleVariables } from './sample-variables.js';
import type { SpecOperation } from './spec-operations.js';

export type FindingKind = 'undeclared' | 'content-type' | 'accept' | 'body' | 'example';

export interface ContractFinding {
  /** "Folder / Subfolder / Request". */
  request: string;
  kind: FindingKind;
  /** The saved example's name, for `example` findings. */
  example?: string;
  detail: string;
}

interface PostmanHeader {
  key: string;
  value: string;
  disabled?: boolean;
}

/** The parts of a Postman v2.1 item the check reads. */
export interface PostmanRequestItem {
  name: string;
  request: {
    method: string;
    url: string | { raw?: string };
    header?: PostmanHeader[];
    body?: { mode?: string; raw?: string; disabled?: boolean };
  };
  response?: Array<{ name: string; code?: number; header?: PostmanHeader[]; body?: string }>;
}

export interface ContractContext {
  match: (method: string, url: string) => SpecOperation | undefined;
  schemas: (ref: string) => ValidateFunction;
}

export const headerValue = (headers: PostmanHeader[] | undefined, key: string) =>
  headers?.find((header) => !header.disabled && header.key.toLowerCase() === key.toLowerCase())?.value;

export const urlOf = (item: PostmanRequestItem) => (typeof item.request.url === 'string' ? item.request.url : item.request.url.raw ?? '');

const isJsonType = (mediaType: string) => /[/+]json$/.test(bareMediaType(mediaType));

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function validated(schemas: ContractContext['schemas'], ref: string, value: unknown): string | undefined {
  const validate = schemas(ref);
  return validate(value) ? undefined : schemaErrorLines(validate.errors).join('; ');
}

export function checkRequest(where: string, item: PostmanRequestItem, context: ContractContext): ContractFinding[] {
  const operation = context.match(item.request.method, urlOf(item));
  if (!operation) return [{ request: where, kind: 'undeclared', detail: `${item.request.method} ${urlOf(item)} is in no spec` }];
  const findings: ContractFinding[] = [];
  const add = (kind: FindingKind, detail: string, example?: string) => findings.push({ request: where, kind, detail, ...(example ? { example } : {}) });
  const operationName = `${operation.spec} ${operation.method.toUpperCase()} ${operation.path}`;

  const contentType = headerValue(item.request.header, 'Content-Type');
  const body = item.request.body;
  const raw = body?.mode === 'raw' && !body.disabled && body.raw?.trim() ? body.raw : undefined;
  const declaredRequest = requestMediaTypes(operation);
  if ((raw !== undefined || body?.mode === 'urlencoded' || body?.mode === 'formdata') && declaredRequest.length === 0) {
    add('body', `${operationName} takes no request body`);
  } else if (contentType !== undefined && declaredRequest.length > 0 && !declaredMediaType(declaredRequest, contentType)) {
    add('content-type', `Content-Type ${contentType} is not declared (${declaredRequest.join(', ')})`);
  } else if (raw !== undefined && contentType !== undefined && isJsonType(contentType)) {
    const parsed = parseJson(withSampleVariables(raw));
    const ref = requestSchemaRef(operation, contentType);
    if (!parsed) add('body', 'the body is not JSON');
    else if (ref) {
      const problem = validated(context.schemas, ref, parsed.value);
      if (problem) add('body', problem);
    }
  }

  const accept = headerValue(item.request.header, 'Accept');
  if (accept !== undefined) {
    const success = Object.keys((operation.operation.responses as Record<string, unknown>) ?? {}).filter((key) => /^2/.test(key));
    const offered = [...new Set(success.flatMap((key) => responseMediaTypes(operation, key === '2XX' ? 200 : Number(key)) ?? []))];
    const acceptable = accept.split(',').some((type) => bareMediaType(type) === '*/*' || declaredMediaType(offered, type));
    if (offered.length > 0 && !acceptable) add('accept', `Accept ${accept} is not declared (${offered.join(', ')})`);
  }

  for (const example of item.response ?? []) {
    const status = example.code ?? 0;
    if (responseKey(operation, status) === undefined) {
      if (status < 400) add('example', `status ${status} is not declared by ${operationName}`, example.name);
      continue;
    }
    const declared = responseMediaTypes(operation, status) ?? [];
    const type = headerValue(example.header, 'Content-Type');
    const text = example.body ?? '';
    if (declared.length === 0 || text.trim() === '') continue;
    if (type === undefined || !declaredMediaType(declared, type)) {
      add('example', `Content-Type ${type ?? '(none)'} is not declared for ${status} (${declared.join(', ')})`, example.name);
      continue;
    }
    const ref = responseSchemaRef(operation, status, type);
    if (!ref || !isJsonType(type)) continue;
    const parsed = parseJson(text);
    if (!parsed) {
      add('example', 'the body is not JSON', example.name);
      continue;
    }
    const problem = validated(context.schemas, ref, parsed.value);
    if (problem) add('example', `${status}: ${problem}`, example.name);
  }
  return findings;
}
