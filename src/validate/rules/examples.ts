/**
 * examples: every request has at least one saved example response (`response[]`), so a Postman user
 * sees what each call answers and a Postman mock server has something to serve. A saved response
 * counts when it has a name and a numeric status code.
 */
import { itemPlace, requestItems } from '../walk.js';
import type { Problem, Rule } from '../types.js';

function isSavedResponse(response: any): boolean {
  return !!response && typeof response === 'object' && typeof response.name === 'string' && response.name.trim() !== '' && Number.isInteger(response.code);
}

export const examplesRule: Rule = {
  id: 'examples',
  description: 'Every request has at least one saved example response (a name and a status code).',
  check(files) {
    const problems: Problem[] = [];
    for (const file of files.filter((f) => f.kind === 'collection')) {
      for (const { path, item } of requestItems(file.json)) {
        const responses = Array.isArray(item.response) ? item.response : [];
        if (responses.some(isSavedResponse)) continue;
        problems.push({
          file: file.path,
          rule: 'examples',
          where: itemPlace(path),
          problem: responses.length ? 'no saved example has both a name and a status code' : 'no saved example response',
          fix: 'add `examples: [...]` to the request in src/catalog (builders in src/catalog/examples.ts) and run npm run build',
        });
      }
    }
    return problems;
  },
};
