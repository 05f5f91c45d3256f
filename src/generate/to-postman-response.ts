/**
 * A catalog example response -> a Postman saved response (an entry of an item's `response[]`): name,
 * status code and text, Content-Type (the example's own, else the request's Accept media type) and any
 * extra headers, the body (JSON pretty-printed), and `originalRequest`, the request as generated (less its
 * description, which the item already shows).
 */
import sdk, { type Request as PostmanRequest } from 'postman-collection';
import { exampleMediaType } from '../catalog/example-media-type.js';
import type { ExampleResponse, RequestSpec } from '../catalog/types.js';
import { stableId } from './stable-id.js';
import { withoutUndefined } from './to-postman-url.js';

const { Response } = sdk;

/**
 * Two fixes to the SDK's JSON: it keeps `_postman_previewlanguage` as meta data and writes it as
 * `_: {...}`, while Postman reads the flat key; and it rebuilds `originalRequest` from plain JSON, which
 * loses the URL's `raw`. So the flat key is written back, and `originalRequest` is the JSON of the very
 * request the item holds.
 */
export class ResponseWithPreview extends Response {
  readonly #request: PostmanRequest;

  constructor(options: ConstructorParameters<typeof Response>[0], request: PostmanRequest) {
    super(options);
    this.#request = request;
  }

  override toJSON() {
    const { _: meta, ...json } = super.toJSON() as unknown as Record<string, unknown> & { _?: Record<string, unknown> };
    const language = meta?.postman_previewlanguage;
    // The request's description is already on the item: repeating it in every example only grows the file.
    const { description: _description, ...originalRequest } = this.#request.toJSON();
    return {
      ...json,
      originalRequest,
      ...(language === undefined ? {} : { _postman_previewlanguage: language }),
    } as unknown as ReturnType<InstanceType<typeof Response>['toJSON']>;
  }
}

export { exampleMediaType };

function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /^application\/(?:[\w.+-]*\+)?json$/i.test(mediaType);
}

export function toPostmanResponse(
  example: ExampleResponse,
  spec: Pick<RequestSpec, 'accept'>,
  originalRequest: PostmanRequest,
  requestPath: string[],
): ResponseWithPreview {
  const mediaType = exampleMediaType(example, spec);
  const body = example.body === undefined ? undefined : typeof example.body === 'string' ? example.body : JSON.stringify(example.body, null, 2);
  const header = [
    ...(mediaType && body !== undefined ? [{ key: 'Content-Type', value: mediaType }] : []),
    ...(example.headers ?? []).map((h) => withoutUndefined({ ...h })),
  ];
  return new ResponseWithPreview(
    {
      id: stableId('response', ...requestPath, example.name),
      name: example.name,
      code: example.status,
      header,
      ...(body === undefined ? {} : { body }),
      cookie: [],
      responseTime: null,
      _postman_previewlanguage: isJsonMediaType(mediaType) ? 'json' : 'text',
    } as unknown as ConstructorParameters<typeof Response>[0],
    originalRequest,
  );
}
