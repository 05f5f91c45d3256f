/**
 * Where the generated files live: written once here, read by `build` (which writes them), `collection`
 * (which runs them) and `coverage` (which compares them). Relative paths are below the project root.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, found from this file (src/config/ or .build/config/), whatever the cwd. Ends with a separator. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Amazon's OpenAPI specs, read-only reference data beside the repository (`../shared`), absent in a plain
 * clone: read by the contract check and the build step that derives the emulator's request schemas.
 */
export const referenceOpenApiDir = path.join(projectRoot, '..', 'shared', 'reference', 'openapi');

export const collectionPath = 'collections/amazon-ads-api.postman_collection.json';
export const environmentFileName = (region: string) => `amazon-ads-api.${region}.postman_environment.json`;
export const environmentPath = (region: string) => `environments/${environmentFileName(region)}`;

/** The generated collection and the folder of the generated environments, as absolute paths. */
export const defaultCollection = path.join(projectRoot, collectionPath);
export const defaultEnvironmentDir = path.join(projectRoot, 'environments');

export function environmentPathOf(environmentDir: string, region: string): string {
  return path.join(environmentDir, environmentFileName(region));
}

/**
 * The structure of Amazon's specs the emulator checks request bodies against (operations the collection
 * uses, no prose): written by `npm run build:contract`, committed like collections/.
 */
export const contractSchemasPath = 'schemas/contract/operations.json';
