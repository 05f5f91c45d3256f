/**
 * Sponsored Products v3 resources: each sends and accepts its own vendor media type and is documented in
 * the v3 reference, so a module states only its URL, media type and ids.
 */
import { resourceRequests, type Resource } from '../resource-requests.js';
import type { MediaTypeKey } from '../media-types.js';

/** The Sponsored Products v3 API reference: the docs link of the SP v3 folders and requests. */
export const spV3Docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-products/3-0/openapi/prod';

/** What an SP v3 resource states: its URL, its media type (both ways) and the facts `resourceRequests` derives from. */
export type SpResource = Omit<Resource, 'accept' | 'contentType' | 'docs'> & { mediaType: MediaTypeKey };

/** The create / update / delete / list requests of an SP v3 resource (see `resourceRequests`). */
export function spResourceRequests({ mediaType, ...resource }: SpResource) {
  return resourceRequests({ ...resource, accept: mediaType, contentType: mediaType, docs: spV3Docs });
}
