/**
 * A loopback HTTP server for hardening cases that records every request it receives (`METHOD url`; a
 * proxy receives absolute URLs, an https proxy tunnel a `CONNECT host:port`) and answers with `handle`.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingServer {
  url: string;
  /** Requests received, as `METHOD url`. */
  received: string[];
  stop(): Promise<void>;
}

export async function startRecordingServer(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<RecordingServer> {
  const received: string[] = [];
  const server = http.createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    request.resume();
    handle(request, response);
  });
  server.on('connect', (request: http.IncomingMessage, socket: Socket) => {
    received.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
