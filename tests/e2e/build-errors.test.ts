/**
 * A broken agreement stops the real build, with the checker's message naming
 * the file, the field and the fix; and `npm run check` says the same.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'register-broken-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
cpSync('tests/fixtures/bad-agreements/impossible-date.mdx', join(content, 'agreements/impossible-date.mdx'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    env: { ...process.env, REGISTER_CONTENT: content },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken agreement', () => {
  const expected = `${join(content, 'agreements/impossible-date.mdx')}: signed.date: 2019-02-31 is not a real date`;

  it('fails `astro build` with the file, the field and what is wrong', () => {
    const { status, output } = run('npx', ['astro', 'build', '--outDir', join(work, 'dist')]);
    expect(status).not.toBe(0);
    expect(output).toContain("The register's content has 1 problem(s):");
    expect(output).toContain(expected);
  });

  it('fails `npm run check` with the same message', () => {
    const { status, output } = run('npm', ['run', '--silent', 'check']);
    expect(status).toBe(1);
    expect(output).toContain(expected);
  });
});
