/** `npm run check`'s command line: a folder that is not there is named, with what to give instead; the fixture register checks out. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const check = (...args: string[]) => spawnSync(process.execPath, ['scripts/check.ts', ...args], { encoding: 'utf8' });

describe('npm run check', { timeout: 60_000 }, () => {
  it('names a content folder that is not there, and what to give', () => {
    const result = check('tests/fixtures/no-such-register');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'npm run check -- tests/fixtures/no-such-register: no such folder. Give the content folder (the one that holds agreements/, sources/ and the data files), or nothing for content/.\n',
    );
  });

  it('says "Content OK" and the counts for a register that checks out', () => {
    const result = check(FIXTURE_REGISTER);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Content OK: 7 documents, 13 municipalities, /);
  });
});
