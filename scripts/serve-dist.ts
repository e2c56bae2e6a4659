/**
 * A static server for `dist/` on 127.0.0.1, as a host would serve it: 404.html
 * for unknown paths, and the headers `dist/_headers` asks for on every response.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** The headers of a `_headers` file's `/*` block (the only block the site writes). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim()) inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on a free port of 127.0.0.1 until closed. */
export async function serveDist(dir: string): Promise<RunningServer> {
  const notFound = readFileSync(join(dir, '404.html'));
  const headers = existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : {};
  const serve = sirv(dir, {
    dev: false,
    etag: false,
    extensions: ['html'],
    setHeaders: (res) => {
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    },
  });
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
