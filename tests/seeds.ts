/**
 * Where the seed texts are: `SEEDS_DIR` when set, else the nearest
 * `shared/seeds` folder above the project (`../shared/seeds` from the main
 * checkout, `../../shared/seeds` from a worktree beside it).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function seedsDir(): string {
  if (process.env.SEEDS_DIR) return process.env.SEEDS_DIR;
  for (let dir = resolve('..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return resolve('../shared/seeds');
  }
}
