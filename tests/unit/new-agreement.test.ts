/**
 * The register is ready for new agreements, added as CONTRIBUTING.md
 * describes: a copy of the live register with two more passes the checker,
 * and the unit tests that read content pass on it too (run again with
 * REGISTER_CONTENT pointing at the copy). One is written by hand (its MDX
 * under agreements/, its source text under sources/;
 * tests/fixtures/new-agreement/); the other is imported from a PDF with
 * `npm run import`, which writes the draft and the source text, and then
 * reviewed as an editor does: the review comment deleted, the publisher
 * filled in.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegisterFiles, SOURCES_DIR } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixtureSource } from '../fixture-register.ts';
import { seedToPdf } from './seed-pdf.ts';

/** The unit tests that read the live content (invariants only). */
export const CONTENT_TESTS = ['tests/unit/register-invariants.test.ts', 'tests/unit/national-data.test.ts', 'tests/unit/mdx-parsers.test.ts'];

const root = mkdtempSync(join(tmpdir(), 'register-new-agreement-'));
const copy = join(root, 'content');
cpSync('content', copy, { recursive: true });
cpSync('tests/fixtures/new-agreement', copy, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const live = checkRegister(readRegisterFiles('content'));
/** The imported agreement's municipality: one in Sør-Øst (the district the text names) with no document yet. */
const municipality = live.municipalities.find(
  (m) => m.status === 'active' && m.policeDistrict === 'sor-ost' && !live.agreements.some((a) => a.data.municipality === m.id),
);
if (municipality === undefined) throw new Error('every municipality of Sør-Øst has a document: pick another district for the imported agreement');
const imported = `${municipality.id}-2019`;

/** An editor's review of a draft: the review comment deleted (every comment line of the frontmatter), the publisher named. */
function review(mdx: string, publisher: string): string {
  const end = mdx.indexOf('\n---\n', 4);
  const frontmatter = mdx
    .slice(4, end)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/^source:\n/m, `source:\n  publisher: ${publisher}\n`);
  return `---\n${frontmatter}${mdx.slice(end)}`;
}

let importRun: { status: number | null; output: string };
beforeAll(async () => {
  // Skien's agreement (the frozen fixture's text) as the PDF a municipality publishes, imported for another municipality.
  const pdf = join(root, `${imported}.pdf`);
  writeFileSync(pdf, await seedToPdf(readFileSync(fixtureSource('skien-2019.txt'), 'utf8'), { header: 'Samarbeidsavtale', tocTitles: [] }));
  const run = spawnSync(process.execPath, ['scripts/import.ts', pdf, '--municipality', municipality.name], {
    env: { ...process.env, REGISTER_CONTENT: copy },
    encoding: 'utf8',
  });
  importRun = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  const draft = join(copy, 'agreements', `${imported}.mdx`);
  if (run.status === 0) writeFileSync(draft, review(readFileSync(draft, 'utf8'), `${municipality.name} kommune`));
}, 60_000);

describe('a register with two more agreements, one of them imported from a PDF', () => {
  it('the import wrote the draft and the text it read from the PDF', () => {
    expect(importRun.status, importRun.output).toBe(0);
    const source = readFileSync(join(copy, SOURCES_DIR, `${imported}.txt`), 'utf8');
    expect(source).toContain('Politiråd');
    expect(readFileSync(join(copy, 'agreements', `${imported}.mdx`), 'utf8')).toContain(`file: ${imported}.txt`);
  });

  it('passes the checker, and the new agreements are read', { timeout: 60_000 }, () => {
    const result = checkRegister(readRegisterFiles(copy));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const before = live.agreements.map((a) => a.id);
    expect(result.agreements.map((a) => a.id).sort()).toEqual([...new Set([...before, 'hattfjelldal-2021', imported])].sort());
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
