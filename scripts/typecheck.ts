/**
 * `npm run typecheck`, the first step of `npm test`: TypeScript over every
 * `.ts` and `.astro` file with the strictest settings (tsconfig.json). Astro's
 * types are generated first (`astro sync`); then `tsc` checks the TypeScript
 * files and `astro check` the `.astro` files (tsconfig.astro.json), side by
 * side: `astro check` over the whole project took about 20 s, either half
 * about 8 s. Their output is printed when both are done (at once it would
 * interleave); the status is a failure if either found a problem.
 *
 * The TypeScript files are checked by TypeScript 7, the native compiler
 * (`typescript-native`, an npm alias of typescript@7): the same checker, the
 * same files and settings, in 3.5 s and 7 CPU-seconds instead of TypeScript
 * 6's 9 s and 14 (on a 2-core machine). `astro check` runs on TypeScript 6
 * (`typescript`), since @astrojs/check accepts 5 or 6 only; `typescript` is
 * also the one editors load and `npx tsc` runs after `npm ci`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { astroBin as astro, packageFile } from './astro-build.ts';

const tsc = packageFile('typescript-native', 'bin/tsc');

/** Runs `node <argv>`, its output kept; resolves with its status and output. */
function run(argv: string[]): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (e) => resolve({ status: 1, output: `${output}${e.message}\n` }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

const sync = spawnSync(process.execPath, [astro, 'sync'], { stdio: 'inherit' });
if (sync.status !== 0) process.exit(sync.status ?? 1);

const [typescript, astroFiles] = await Promise.all([run([tsc, '--noEmit', '-p', 'tsconfig.json']), run([astro, 'check', '--noSync', '--tsconfig', 'tsconfig.astro.json'])]);
process.stdout.write(`${astroFiles.output}`);
if (typescript.status === 0) console.log('tsc: no errors in the TypeScript files.');
else process.stdout.write(`\ntsc (the TypeScript files):\n${typescript.output}`);
process.exit(typescript.status || astroFiles.status);
