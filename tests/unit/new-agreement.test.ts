/**
 * The register is ready for a new agreement: a copy of the live register with
 * one more valid agreement added as CONTRIBUTING.md describes (its MDX under
 * agreements/, its source text under sources/; tests/fixtures/new-agreement/)
 * passes the checker, and the unit tests that read content pass on it too
 * (run again with REGISTER_CONTENT pointing at the copy).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

/** The unit tests that read the live content (invariants only). */
export const CONTENT_TESTS = ['tests/unit/register-invariants.test.ts', 'tests/unit/national-data.test.ts', 'tests/unit/mdx-parsers.test.ts'];

const root = mkdtempSync(join(tmpdir(), 'register-new-agreement-'));
const copy = join(root, 'content');
cpSync('content', copy, { recursive: true });
cpSync('tests/fixtures/new-agreement', copy, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a register with one more agreement', () => {
  it('passes the checker, and the new agreement is read', { timeout: 60_000 }, () => {
    const result = checkRegister(readRegisterFiles(copy));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const before = checkRegister(readRegisterFiles('content')).agreements.map((a) => a.id);
    expect(result.agreements.map((a) => a.id).sort()).toEqual([...new Set([...before, 'hattfjelldal-2021'])].sort());
  });

  it('passes the unit tests that read content', { timeout: 300_000 }, () => {
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...CONTENT_TESTS], {
      env: { ...process.env, REGISTER_CONTENT: copy, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output, output).toMatch(new RegExp(`Test Files +${CONTENT_TESTS.length} passed`));
    expect(run.status, output).toBe(0);
  });
});
