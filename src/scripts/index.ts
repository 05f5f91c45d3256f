/**
 * The Postman sandbox scripts shipped in the collection. Each is a plain .js file in this folder,
 * read at build time and embedded as an event's `exec` lines. A catalog entry names them by key.
 */
export const scriptFiles = {
  'refresh-token': 'refresh-token.js',
} as const;

export type ScriptName = keyof typeof scriptFiles;
