/**
 * Catalog URL (+ query and path variables) -> postman-collection `Url`. The SDK's own JSON leaves out
 * `raw`, which the Postman app shows and other tools read, so `UrlWithRaw` puts it first, with path
 * variables left as `:name` (as Postman writes it).
 */
import sdk from 'postman-collection';
import type { RequestSpec } from '../catalog/types.js';

const { Url, QueryParam } = sdk;

export class UrlWithRaw extends Url {
  override toJSON() {
    const json = super.toJSON();
    const unresolved = new Url({ ...json, variable: [] });
    return { raw: unresolved.toString(), ...json };
  }
}

export function toPostmanUrl(spec: Pick<RequestSpec, 'url' | 'query' | 'pathVariables'>): UrlWithRaw {
  const url = new UrlWithRaw(spec.url);
  for (const param of spec.query ?? []) {
    url.query.add(new QueryParam(withoutUndefined({ key: param.key, value: param.value, description: param.description, disabled: param.disabled })));
  }
  for (const [key, value] of Object.entries(spec.pathVariables ?? {})) {
    const variable = url.variables.one(key);
    if (!variable) throw new Error(`path variable "${key}" has a value but ${spec.url} has no :${key}`);
    variable.set(value);
  }
  return url;
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
