/** Every file below a folder, as paths relative to it: for tests that compare or list whole built sites. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files (not folders) below `root`, relative to it, sorted. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .sort();
}
