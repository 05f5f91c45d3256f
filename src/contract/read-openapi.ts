/**
 * One OpenAPI document read from a file: JSON, or YAML for `.yaml` / `.yml`. Build- and test-time only
 * (the `yaml` parser is a devDependency); the emulator reads the generated schemas, never a spec file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type JsonNode = null | boolean | number | string | JsonNode[] | { [key: string]: JsonNode };

/** The parts of an OpenAPI 3.x document the contract reads; everything else is kept as it came. */
export interface OpenApiDocument {
  openapi?: string;
  paths?: Record<string, Record<string, JsonNode>>;
  components?: Record<string, Record<string, JsonNode>>;
  [key: string]: JsonNode | undefined;
}

export function readOpenApi(file: string): OpenApiDocument {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const document = /\.ya?ml$/i.test(file) ? parse(text) : JSON.parse(text);
  if (typeof document !== 'object' || document === null || typeof document.openapi !== 'string') {
    throw new Error(`${file} is not an OpenAPI 3 document (no "openapi" version field)`);
  }
  return document as OpenApiDocument;
}
