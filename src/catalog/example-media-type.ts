/**
 * The media type of a saved example's body: read by generate (the saved response's Content-Type) and by
 * the emulator (the Content-Type it answers the example with).
 */
import { mediaTypes } from './media-types.js';
import type { ExampleResponse, RequestSpec } from './types.js';

/** Media type of an example's body: its own, else the request's Accept, else JSON when the body is not text. */
export function exampleMediaType(example: ExampleResponse, spec: Pick<RequestSpec, 'accept'>): string | undefined {
  const key = example.contentType ?? spec.accept ?? (example.body === undefined || typeof example.body === 'string' ? undefined : 'json');
  return key === undefined ? undefined : mediaTypes[key];
}
