/** Nothing half-built: the output folder is replaced only by a build that finished. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildThenReplace } from '../../src/lib/publish/replace-output.ts';

const work = mkdtempSync(join(tmpdir(), 'replace-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(dir: string, page: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
}

describe('buildThenReplace', () => {
  const dist = join(work, 'dist');

  it('puts a finished build in place of the old site', async () => {
    site(dist, 'old');
    await buildThenReplace(dist, (partial) => site(partial, 'new'));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('leaves the last good site, _headers and all, when a build fails halfway', async () => {
    site(dist, 'good');
    const failing = buildThenReplace(dist, (partial) => {
      mkdirSync(join(partial, 'avtaler'), { recursive: true });
      writeFileSync(join(partial, 'avtaler', 'index.html'), 'half');
      throw new Error('rendering failed');
    });
    await expect(failing).rejects.toThrow('rendering failed');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('good');
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    expect(existsSync(join(dist, 'avtaler'))).toBe(false);
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('clears what a killed build left beside the site', async () => {
    site(`${dist}.partial-99999`, 'killed');
    await buildThenReplace(dist, (partial) => site(partial, 'next'));
    expect(readdirSync(work)).toEqual(['dist']);
  });
});
