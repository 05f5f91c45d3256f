/**
 * unique-names: within one folder (or the collection root) no two requests share a name, and no two
 * sub-folders share a name. Runners pick requests and folders by name, so duplicates are ambiguous.
 */
import { folders, isFolder, itemPlace } from '../walk.js';
import type { Problem, Rule } from '../types.js';

export const uniqueNamesRule: Rule = {
  id: 'unique-names',
  description: 'Request names are unique within their folder, and folder names within their parent.',
  check(files) {
    const problems: Problem[] = [];
    for (const file of files.filter((f) => f.kind === 'collection')) {
      const containers = [{ path: [] as string[], folder: file.json }, ...folders(file.json)];
      for (const { path, folder } of containers) {
        const children = Array.isArray(folder?.item) ? folder.item : [];
        const seen = new Map<string, number>();
        for (const child of children) {
          if (!child || typeof child.name !== 'string') continue;
          const kind = isFolder(child) ? 'folder' : 'request';
          const key = `${kind}\u0000${child.name}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          if (seen.get(key) === 2) {
            problems.push({
              file: file.path,
              rule: 'unique-names',
              where: itemPlace([...path, child.name]),
              problem: `more than one ${kind} named "${child.name}" in ${path.length ? `folder "${path.join(' / ')}"` : 'the collection root'}`,
              fix: `rename one of them in the catalog (src/catalog/) and run npm run build`,
            });
          }
        }
      }
    }
    return problems;
  },
};
