/**
 * `npm run build`: builds the site (astro build, which makes the search index
 * at its end: src/integrations/search-index.ts) into a temporary folder and
 * puts it in place of `dist/` only when it succeeded
 * (src/lib/publish/replace-output.ts). A failed build leaves the
 * previous `dist/` as it was. Usage: node scripts/build.ts [outDir]
 */
import { spawnSync } from 'node:child_process';
import { buildThenReplace } from '../src/lib/publish/replace-output.ts';
import { astroBuildArgs, astroBuildEnv } from './astro-build.ts';

const outDir = process.argv[2] ?? 'dist';

/** A step that failed; it printed its own message. */
class StepFailed extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`step failed with status ${status}`);
    this.status = status;
  }
}

function step(args: string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: astroBuildEnv() });
  if (result.status !== 0) throw new StepFailed(result.status ?? 1);
}

try {
  await buildThenReplace(outDir, (partial) => {
    step(astroBuildArgs(partial));
  });
} catch (e) {
  if (!(e instanceof StepFailed)) throw e;
  console.error(`\nThe build failed: ${outDir}/ was left as it was.`);
  process.exit(e.status);
}
