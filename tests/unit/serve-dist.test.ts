/** The static server the browser tests and `npm start` use (scripts/serve-dist.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('serveDist', () => {
  it('closes while a client still holds a connection with a request half sent, instead of waiting for it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
    const server = await serveDist(dir);
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.on('error', () => undefined); // the server drops it
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // headers not ended: a request still in flight
    await sleep(50);
    const outcome = await Promise.race([server.close().then(() => 'closed'), sleep(5_000).then(() => 'still waiting')]);
    socket.destroy();
    expect(outcome).toBe('closed');
  });
});
