/**
 * The README stays a page a newcomer reads in minutes (issue 24): at most 250 lines, a table of contents
 * naming each of its sections, and a link to every page in docs/. Across the README, ARCHITECTURE.md and
 * docs/, every relative link reaches a file that exists and every `#anchor` a heading of its page, and
 * every `npm run <script>` they quote is a script of package.json.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/spawn-cli.js';

const docsDir = path.join(projectRoot, 'docs');
const docsPages = readdirSync(docsDir).filter((file) => file.endsWith('.md'));
const pages = ['README.md', 'ARCHITECTURE.md', ...docsPages.map((file) => `docs/${file}`)];
const textOf = (page: string) => readFileSync(path.join(projectRoot, page), 'utf8');

/** The page without fenced code blocks (their `#` lines are not headings). */
const withoutCodeBlocks = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');
/** The page without code of any kind (a `[x](y)` in code is not a link). */
const prose = (text: string) => withoutCodeBlocks(text).replace(/``[^`]*``/g, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slugOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(page: string): Set<string> {
  const headings = [...withoutCodeBlocks(textOf(page)).matchAll(/^#{1,6} (.+)$/gm)].map((match) => slugOf(match[1].trim()));
  const seen = new Map<string, number>();
  return new Set(
    headings.map((slug) => {
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      return count === 0 ? slug : `${slug}-${count}`;
    }),
  );
}

/** Relative link targets of a page: [text](target), external and mail links left out. */
function linksOf(page: string): string[] {
  return [...prose(textOf(page)).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/.test(target));
}

describe('README', () => {
  const readme = textOf('README.md');

  it('is at most 250 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('opens with a table of contents linking each of its sections', () => {
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(sections[0]).toBe('Contents');
    const contents = readme.slice(readme.indexOf('## Contents'), readme.indexOf('\n## ', readme.indexOf('## Contents') + 3));
    for (const section of sections.slice(1)) expect(contents, section).toContain(`](#${slugOf(section)})`);
  });

  it('links every page in docs/', () => {
    expect(docsPages.length).toBeGreaterThanOrEqual(10);
    for (const file of docsPages) expect(readme, file).toContain(`](docs/${file})`);
  });
});

describe.each(pages)('%s', (page) => {
  it('links only to files and headings that exist', () => {
    const broken = linksOf(page).filter((target) => {
      const [file, anchor] = target.split('#');
      const targetPage = file ? path.relative(projectRoot, path.resolve(path.dirname(path.join(projectRoot, page)), file)) : page;
      if (!existsSync(path.join(projectRoot, targetPage))) return true;
      return anchor !== undefined && !anchorsOf(targetPage).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it('quotes only npm scripts that package.json has', () => {
    const scripts = Object.keys((JSON.parse(textOf('package.json')) as { scripts: Record<string, string> }).scripts);
    const quoted = [...textOf(page).matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((match) => match[1]);
    expect(quoted.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
