/**
 * Every request of a Postman collection through `checkRequest`, named "Folder / Subfolder / Request".
 * `contractContext` builds the matcher and the schema validators once from the loaded specs.
 */
import { checkRequest, type ContractContext, type ContractFinding, type PostmanRequestItem } from './check-request.js';
import { specSchemas, type NamedDocument } from './compile-schema.js';
import { operationMatcher, specOperations } from './spec-operations.js';

interface PostmanFolder {
  name: string;
  item: Array<PostmanFolder | PostmanRequestItem>;
}

export function contractContext(specs: NamedDocument[]): ContractContext {
  return { match: operationMatcher(specOperations(specs)), schemas: specSchemas(specs) };
}

/** Each request of the collection with its "Folder / Request" name, in collection order. */
export function collectionRequests(collection: { item: Array<PostmanFolder | PostmanRequestItem> }): Array<{ where: string; item: PostmanRequestItem }> {
  const out: Array<{ where: string; item: PostmanRequestItem }> = [];
  const walk = (items: Array<PostmanFolder | PostmanRequestItem>, path: string[]) => {
    for (const item of items) {
      if ('item' in item) walk(item.item, [...path, item.name]);
      else out.push({ where: [...path, item.name].join(' / '), item });
    }
  };
  walk(collection.item, []);
  return out;
}

export function checkCollection(collection: { item: Array<PostmanFolder | PostmanRequestItem> }, context: ContractContext): ContractFinding[] {
  return collectionRequests(collection).flatMap(({ where, item }) => checkRequest(where, item, context));
}
