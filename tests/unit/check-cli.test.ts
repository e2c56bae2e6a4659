/** `npm run check`'s command line: a folder that is not there is named, with what to give instead; the fixture register checks out. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('names a file, and a folder that holds no register (its agreements/ folder, given by mistake)', () => {
    const give = 'Give the content folder (the one that holds agreements/, sources/ and the data files), or nothing for content/.';
    expect(check('README.md').stderr).toBe(`npm run check -- README.md: a file, not a folder. ${give}\n`);
    const agreements = `${FIXTURE_REGISTER}/agreements`;
    const result = check(agreements);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`npm run check -- ${agreements}: no register here (no police-districts.json, no agreements/). ${give}\n`);
  });

  it('names an agreement whose file name does not end in ".mdx", which the build would leave out without a word', () => {
    const work = mkdtempSync(join(tmpdir(), 'check-misnamed-'));
    try {
      const content = join(work, 'content');
      cpSync(FIXTURE_REGISTER, content, { recursive: true });
      const valid = 'tests/fixtures/bad-agreements/valid-agreement.mdx';
      mkdirSync(join(content, 'agreements', 'eldre'));
      copyFileSync(valid, join(content, 'agreements', 'testby-2020.md'));
      copyFileSync(valid, join(content, 'agreements', 'eldre', 'testby-2019.MDX'));
      copyFileSync(valid, join(content, 'agreements', 'eldre', 'notater.txt'));
      const result = check(content);
      expect(result.status).toBe(1);
      const fix = (path: string, name: string) =>
        `  - ${path}: is not read as an agreement: the build reads only files whose names end in ".mdx" (in lower case), so it would leave this one out and the page would be missing: rename it "${name}.mdx".`;
      expect(result.stderr.split('\n').filter((l) => l.startsWith('  - '))).toEqual([
        fix(join(content, 'agreements', 'eldre', 'testby-2019.MDX'), 'testby-2019'),
        fix(join(content, 'agreements', 'testby-2020.md'), 'testby-2020'),
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('says "Content OK" and the counts for a register that checks out', () => {
    const result = check(FIXTURE_REGISTER);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Content OK: 7 documents, 13 municipalities, /);
  });
});
