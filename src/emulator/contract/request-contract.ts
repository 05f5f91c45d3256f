/**
 * What Amazon's specs say about each request the emulator answers from the contract, read from the
 * generated `schemas/contract/operations.json` (`npm run build:contract`, src/contract/emulator-contract.ts;
 * structure only, no prose): the media types an operation takes, its request body schema per media type
 * and the shape of its 400. Loaded on the first such request; each schema compiled on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contractSchemasPath, projectRoot } from '../../config/paths.js';
import { schemaErrorLines, specSchemas, type ValidateFunction } from '../../contract/compile-schema.js';
import type { ContractFile } from '../../contract/emulator-contract.js';
import { declaredMediaType, requestBodyRequired, requestMediaTypes, requestSchemaRef, responseMediaTypes } from '../../contract/operation-media.js';
import { locate, escapePointer, resolveRef } from '../../contract/resolve-refs.js';
import type { SpecOperation } from '../../contract/spec-operations.js';
import { errorBodyFor } from './error-body.js';

export interface BodyProblem {
  status: 400 | 415;
  message: string;
}

export interface ContractOperation {
  operation: SpecOperation;
  /** The reason the body breaks the spec (naming the field and the rule), or undefined when it conforms. */
  check(contentType: string | undefined, body: string): BodyProblem | undefined;
  /** A 400 body in the operation's declared error shape (undefined: the spec declares none). */
  errorBody(message: string): { body: unknown; mediaType: string } | undefined;
}

let file: ContractFile | undefined;
let compile: ((ref: string) => ValidateFunction) | undefined;
const operations = new Map<string, ContractOperation | undefined>();

function load(): ContractFile {
  if (!file) {
    const at = path.join(projectRoot, contractSchemasPath);
    const loaded: ContractFile = existsSync(at) ? JSON.parse(readFileSync(at, 'utf8')) : { about: 'absent', operations: {}, specs: {} };
    compile = specSchemas(Object.entries(loaded.specs).map(([name, document]) => ({ name, document })));
    file = loaded;
  }
  return file;
}

const isJson = (type: string) => /^application\/(?:[\w.+-]*\+)?json$/i.test(type);

function contractOf(operation: SpecOperation): ContractOperation {
  const requestTypes = requestMediaTypes(operation);
  const errorTypes = responseMediaTypes(operation, 400) ?? [];
  const errorSchema = errorTypes.length > 0 ? locate(operation.document, ['paths', operation.path, operation.method, 'responses', '400', 'content', errorTypes[0], 'schema']) : undefined;
  const name = `${operation.method.toUpperCase()} ${operation.path} (${operation.spec})`;
  return {
    operation,
    check(contentType, body) {
      if (requestTypes.length === 0) return undefined;
      if (body.trim() === '') {
        return requestBodyRequired(operation) ? { status: 400, message: `body: required by ${name}, and the request has none` } : undefined;
      }
      const declared = contentType === undefined ? undefined : declaredMediaType(requestTypes, contentType);
      if (declared === undefined) {
        return { status: 415, message: `Content-Type ${contentType ?? '(none)'} is not one ${name} takes: ${requestTypes.join(', ')}` };
      }
      if (!isJson(contentType!)) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return { status: 400, message: 'body: not valid JSON' };
      }
      const ref = requestSchemaRef(operation, contentType!);
      if (!ref) return undefined;
      const validate = compile!(ref);
      if (validate(parsed)) return undefined;
      const lines = schemaErrorLines(validate.errors, 3).map((line) => `body${line.startsWith('(body)') ? line.slice('(body)'.length) : line}`);
      return { status: 400, message: `${lines.join('; ')} (the schema of ${name})` };
    },
    errorBody(message) {
      if (!errorSchema) return undefined;
      return { body: errorBodyFor(errorSchema.node, message, (reference) => resolveRef(operation.document, reference)), mediaType: errorTypes[0] };
    },
  };
}

/** The contract of a catalog request (`METHOD /path/{var}`), or undefined when no spec declares its operation. */
export function contractOperation(method: string, catalogPath: string): ContractOperation | undefined {
  const key = `${method} ${catalogPath}`;
  if (operations.has(key)) return operations.get(key);
  const contract = load();
  const ref = contract.operations[key];
  const document = ref ? contract.specs[ref.spec] : undefined;
  const node = document?.paths?.[ref!.path]?.[ref!.method];
  const found: ContractOperation | undefined =
    ref && document && typeof node === 'object' && node !== null && !Array.isArray(node)
      ? contractOf({
          spec: ref.spec,
          path: ref.path,
          method: ref.method,
          key,
          pointer: `#/paths/${escapePointer(ref.path)}/${ref.method}`,
          operation: node,
          document,
        })
      : undefined;
  operations.set(key, found);
  return found;
}
