/**
 * Sponsored Brands resources follow the resource convention of src/catalog/resource-requests.ts at
 * `{{api_url}}/sb/<path>`: a version 4 (or beta) resource sends and accepts its own vendor media type,
 * a version 3 one (keywords, targets, themes) sends plain JSON and names no Accept. The family's
 * documentation link is stated here once.
 */
import type { MediaTypeKey } from '../media-types.js';
import { resourceRequests } from '../resource-requests.js';

/** The Sponsored Brands reference, linked from every folder and request of the family. */
export const sbDocs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-brands/3-0/openapi/prod';

/** The create / update / delete / list requests of the resource at `{{api_url}}/sb/<path>`; `mediaType` for a version 4 one. */
export function sbResourceRequests(path: string, mediaType?: MediaTypeKey) {
  const media = mediaType === undefined ? { contentType: 'json' as const } : { accept: mediaType, contentType: mediaType };
  return resourceRequests({ url: `{{api_url}}/sb/${path}`, ...media, docs: sbDocs });
}
