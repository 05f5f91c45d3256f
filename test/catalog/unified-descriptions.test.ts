/**
 * Our descriptions are our own words: no sentence of 50 or more characters from the descriptions of
 * either official collection (Amazon Ads API, Unified API) appears in any description of the catalog
 * (collection, folders, requests, headers, query parameters, body fields).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, collectionInfo } from '../../src/catalog/index.js';
import type { FolderSpec, RequestSpec } from '../../src/catalog/types.js';
import { expandHeaders } from '../../src/generate/expand-headers.js';
import { officialReferenceDir } from '../support/official-inventory.js';
import { needsShared } from '../support/needs.js';

const officialNames = ['Amazon_Ads_API.postman_collection.json', 'unified/Amazon_Ads_Unified_API.postman_collection.json'];
const officialFiles = officialNames.map((name) => new URL(name, officialReferenceDir));
const present = needsShared(...officialNames.map((name) => `reference/postman/${name}`));

/** Every `description` string anywhere in a JSON value (Postman allows {content} objects too). */
function descriptionsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) descriptionsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'description' && typeof child === 'string') out.push(child);
      else if (key === 'description' && child && typeof (child as { content?: unknown }).content === 'string') out.push((child as { content: string }).content);
      else descriptionsIn(child, out);
    }
  }
  return out;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Sentences of 50+ characters: split at sentence ends and line breaks. */
function longSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map(normalise)
    .filter((sentence) => sentence.length >= 50);
}

function ourDescriptions(): string[] {
  const out = [collectionInfo.description];
  const visit = (items: Array<RequestSpec | FolderSpec>) => {
    for (const item of items) {
      out.push(item.description);
      if (item.kind === 'folder') visit(item.items);
      else {
        for (const header of expandHeaders(item)) if (header.description) out.push(header.description);
        for (const param of item.query ?? []) if (param.description) out.push(param.description);
        if (item.body && item.body.mode !== 'raw') for (const field of item.body.fields) if (field.description) out.push(field.description);
      }
    }
  };
  visit(catalog);
  return out;
}

describe('sentence finder', () => {
  it('finds long sentences and ignores short ones', () => {
    const text = 'Short one. This sentence is comfortably longer than fifty characters in total.\nTiny';
    expect(longSentences(text)).toEqual(['this sentence is comfortably longer than fifty characters in total.']);
  });
});

describe.skipIf(!present)('descriptions are not copied from the official collections', () => {
  const official = new Set((present ? officialFiles : []).flatMap((file) => descriptionsIn(JSON.parse(readFileSync(file, 'utf8'))).flatMap(longSentences)));

  it('the official collections have long sentences to compare with', () => {
    expect(official.size).toBeGreaterThan(20);
  });

  it('no description of ours contains one of them', () => {
    const ours = normalise(ourDescriptions().join('\n'));
    const copied = [...official].filter((sentence) => ours.includes(sentence));
    expect(copied).toEqual([]);
  });

  it('would notice a copied sentence (the check can fail)', () => {
    const [sample] = official;
    expect(normalise(`Intro. ${sample} Outro.`).includes(sample)).toBe(true);
  });
});
