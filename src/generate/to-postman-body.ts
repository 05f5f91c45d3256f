/**
 * Catalog body -> postman-collection `RequestBody`. Raw JSON examples are written pretty-printed with
 * the JSON language hint, so Postman highlights them; `{{variables}}` inside strings stay as written, an
 * int64 id marked by `asNumber` (src/catalog/number-variable.ts) is written bare.
 */
import sdk from 'postman-collection';
import type { Body } from '../catalog/types.js';
import { withoutUndefined } from './to-postman-url.js';
import { withBareNumbers } from '../catalog/number-variable.js';

const { RequestBody } = sdk;

export function toPostmanBody(body: Body): InstanceType<typeof RequestBody> {
  switch (body.mode) {
    case 'raw': {
      const isText = typeof body.example === 'string';
      return new RequestBody({
        mode: 'raw',
        raw: isText ? (body.example as string) : withBareNumbers(JSON.stringify(body.example, null, 2)),
        ...(isText ? {} : { options: { raw: { language: 'json' } } }),
      } as ConstructorParameters<typeof RequestBody>[0]);
    }
    case 'urlencoded':
      return new RequestBody({
        mode: 'urlencoded',
        urlencoded: body.fields.map((field) => withoutUndefined({ ...field })),
      } as ConstructorParameters<typeof RequestBody>[0]);
    case 'formdata':
      return new RequestBody({
        mode: 'formdata',
        formdata: body.fields.map((field) => withoutUndefined({ ...field, type: field.type ?? 'text' })),
      } as ConstructorParameters<typeof RequestBody>[0]);
  }
}
