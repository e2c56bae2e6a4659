/**
 * `npm ci` on a machine with nothing but the clone: every installed package
 * with an install script is approved in package.json's `allowScripts`. npm 12
 * skips the scripts of packages it does not name, and `node`'s is what puts
 * Node 24 in node_modules/.bin, which every command of the README runs on
 * (with npm 12 and no approval, `npm ci` left no node_modules/.bin/node).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  hasInstallScript?: boolean;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> };

/** The package's name from its lockfile path (`node_modules/a/node_modules/@s/b` → `@s/b`). */
const packageName = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install scripts', () => {
  const withScripts = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
    .map(([path]) => packageName(path));

  it('finds the packages that have one in the lockfile (Node 24 among them)', () => {
    expect(withScripts).toContain('node');
  });

  it('approves each of them by name in package.json (npm install-scripts approve <name> --no-allow-scripts-pin)', () => {
    const approved = manifest.allowScripts ?? {};
    const missing = withScripts.filter((name) => approved[name] !== true);
    expect(missing, `not approved in package.json's allowScripts: ${missing.join(', ')}`).toEqual([]);
  });
});
