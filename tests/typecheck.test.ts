/**
 * The type check as part of `npm test`: `astro check` (TypeScript strict over
 * every .ts and .astro file) finds no error. It runs as a test file, beside the
 * others, rather than before them, so its 20 s of one core overlap the other
 * tests; it holds the build lock (build-lock.ts), since it rewrites and reads
 * the type files in `.astro/` that every astro build rewrites too.
 * `npm run typecheck` runs the same check alone.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { withBuildLock } from './build-lock.ts';

const astro = createRequire(import.meta.url).resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs');

function astroCheck(): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'check'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

it('astro check finds no error in any .ts or .astro file', async () => {
  const { status, output } = await withBuildLock(astroCheck);
  expect(status, output).toBe(0);
  // It did check the project: its summary counts the files.
  expect(Number(/Result \((\d+) files\)/.exec(output)?.[1] ?? 0)).toBeGreaterThan(100);
}, 300_000);
