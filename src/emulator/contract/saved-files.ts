/**
 * Where a saved redirect sends the client (answer-from-contract.ts points a saved example's Location
 * here, never at a real host): any file under it answers 200 with an empty JSON array.
 */
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http.js';

export const savedFilePathPrefix = '/saved-files/';

export function sendSavedFile(response: ServerResponse): void {
  sendJson(response, 200, []);
}
