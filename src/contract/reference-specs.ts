/**
 * Amazon's OpenAPI specs as the project reads them: every `*.json` / `*.yaml` file of
 * ../shared/reference/openapi/ (beside the repository; absent in a plain clone), in precedence order.
 *
 * Precedence decides which spec answers for an operation two files declare (method + path alike):
 * - the Unified API's July 2026 snapshot (`..._ALL.json`) before its March 2026 one (`..._2026-03.json`):
 *   the newer file is the current contract; the older one still answers for the operations only it has
 *   (the `/sb` and `/dsp` production resources);
 * - the product's own spec before a collected copy of the same operations (`Recommendations_prod_3p.json`
 *   before `go-tactical-recommendations.json`; Sponsored Brands v3 before Sponsored Display v3 for the
 *   shared `/v2/reports` operations, which both declare alike);
 * - every other file in name order (none of them overlap).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { referenceOpenApiDir } from '../config/paths.js';
import type { NamedDocument } from './compile-schema.js';
import { readOpenApi } from './read-openapi.js';

export const specPrecedence = [
  'AmazonAdsAPIALLMerged_prod_3p_ALL.json',
  'AmazonAdsAPIALLMerged_prod_3p_2026-03.json',
  'Recommendations_prod_3p.json',
  'SponsoredBrands_v3.yaml',
];

export function referenceSpecsPresent(dir = referenceOpenApiDir): boolean {
  return existsSync(dir) && readdirSync(dir).some((file) => /\.(json|ya?ml)$/i.test(file));
}

const rank = (file: string) => {
  const at = specPrecedence.indexOf(file);
  return at === -1 ? specPrecedence.length : at;
};

/** Every spec of the folder, `name` being its file name, highest precedence first. */
export function loadReferenceSpecs(dir = referenceOpenApiDir): NamedDocument[] {
  return readdirSync(dir)
    .filter((file) => /\.(json|ya?ml)$/i.test(file))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ name: file, document: readOpenApi(path.join(dir, file)) }));
}
