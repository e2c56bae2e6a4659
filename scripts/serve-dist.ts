/**
 * A static server for `dist/` on 127.0.0.1, as a host would serve it: 404.html
 * for unknown paths, and the headers `dist/_headers` asks for on every response.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** The blocks of a `_headers` file: a path pattern (`/*`, `/kilder/*`) and its headers. */
export function parseHeadersBlocks(text: string): Array<{ pattern: string; headers: Record<string, string> }> {
  const blocks: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim()) blocks.push({ pattern: line.trim(), headers: {} });
    else if (blocks.length > 0 && line.includes(':')) {
      const i = line.indexOf(':');
      blocks[blocks.length - 1]!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return blocks;
}

/** The headers of a `_headers` file's `/*` block (the ones every response gets). */
export function parseHeadersFile(text: string): Record<string, string> {
  return Object.assign({}, ...parseHeadersBlocks(text).filter((b) => b.pattern === '/*').map((b) => b.headers)) as Record<string, string>;
}

/** The headers `_headers` asks for on a path: every block whose pattern matches it, in order. */
export function headersFor(blocks: ReturnType<typeof parseHeadersBlocks>, path: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return Object.assign({}, ...blocks.filter((b) => matches(b.pattern)).map((b) => b.headers)) as Record<string, string>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 until closed: on `port`, or on a free port when it is 0. */
export async function serveDist(dir: string, port = 0): Promise<RunningServer> {
  const notFound = readFileSync(join(dir, '404.html'));
  const blocks = existsSync(join(dir, '_headers')) ? parseHeadersBlocks(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const headers = headersFor(blocks, '/');
  const serve = sirv(dir, {
    dev: false,
    etag: false,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      for (const [k, v] of Object.entries(headersFor(blocks, pathname))) res.setHeader(k, v);
    },
  });
  const missing = (res: ServerResponse) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  };
  // `_headers` is the host's instructions, not a page of the site: a host does not serve it.
  const server: Server = createServer((req, res) => (new URL(req.url ?? '/', 'http://host').pathname === '/_headers' ? missing(res) : serve(req, res, () => missing(res))));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    // Closed at once: the connections a browser keeps open (idle, or a request it never finished) are
    // dropped, not waited for (a test file's server was once kept open 180 s by its page's connection).
    close: () =>
      new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
