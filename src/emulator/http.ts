/** Small helpers for reading requests and writing responses with node:http. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export const maxBodyBytes = 5 * 1024 * 1024;

export class BodyTooLarge extends Error {}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new BodyTooLarge('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

/** The bare media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const type = value.split(';')[0].trim().toLowerCase();
  return type === '' ? undefined : type;
}

/** True when an Accept header admits `type` (absent Accept admits everything). */
export function accepts(acceptHeader: string | undefined, type: string): boolean {
  if (acceptHeader === undefined || acceptHeader.trim() === '') return true;
  const wanted = type.toLowerCase();
  const [major] = wanted.split('/');
  return acceptHeader.split(',').some((part) => {
    const range = mediaTypeOf(part);
    return range === undefined || range === '*/*' || range === `${major}/*` || range === wanted;
  });
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): void {
  sendText(response, status, JSON.stringify(body), contentType, headers);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  response.end(text);
}

export function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-store' });
  response.end();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
