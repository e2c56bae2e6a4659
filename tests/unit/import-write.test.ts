/**
 * The importer's writes are all or nothing: a file with three documents
 * publishes all three and its source text or none of them, even when the
 * process is killed between writes (a real child process, killed with SIGKILL
 * after each step in turn); a full disk leaves no temporary file behind; a
 * source text already there is overwritten only with `force`, and left as it
 * is when it holds the same text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERRUPTED_WRITE, readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ImportError } from '../../src/lib/import/errors.ts';
import { finishInterruptedWrites, writeDrafts } from '../../src/lib/import/write.ts';

const work = mkdtempSync(join(tmpdir(), 'import-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SLUGS = ['oppegard-2018-saksframlegg', 'oppegard-2018', 'oppegard-2009-retningslinjer'];
const documents = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
const ALL = SLUGS.map((s) => `${s}.mdx`).sort();
/** The source text the child writes, into `sources/` beside the drafts' folder. */
const SOURCE = { name: 'oppegard-2018.txt', text: 'Samarbeidsavtale\n\nTekst.\n' };
/** Runs tests/unit/write-drafts-child.ts, which kills itself after `step` `index`; returns the source text's path. */
function writeAndDie(dir: string, step: string, index: number) {
  const source = join(dir, '..', 'sources', SOURCE.name);
  const child = spawnSync(process.execPath, ['tests/unit/write-drafts-child.ts', dir, step, String(index), source, SOURCE.text], { encoding: 'utf8' });
  return { child, source };
}

describe('writeDrafts killed between writes', () => {
  const cases: Array<[string, number]> = [
    ['written', 0],
    ['written', 1],
    ['written', 2],
    ['written', 3],
    ['committed', -1],
    ['placed', 0],
    ['placed', 1],
    ['placed', 2],
  ];

  it.each(cases)('killed after "%s" %i: the register holds all three documents and their source or none, and is not built half', (step, index) => {
    const root = mkdtempSync(join(work, 'content-'));
    const dir = join(root, 'agreements');
    const { child, source } = writeAndDie(dir, step, index);
    expect(child.signal).toBe('SIGKILL');

    const present = documents(dir);
    const committed = readdirSync(dir).some((f) => INTERRUPTED_WRITE.test(f));
    if ((present.length > 0 && present.length < 3) || (present.length === 3) !== existsSync(source)) {
      // Some are in place: the checker (and so the build) refuses the register until the import is finished.
      expect(committed).toBe(true);
      const problems = checkRegister(readRegisterFiles(root)).problems.map(formatProblem);
      expect(problems.some((p) => /an import was interrupted while putting its documents in place .*npm run import -- --finish/.test(p))).toBe(true);
    } else {
      expect([0, 3]).toContain(present.length);
    }

    finishInterruptedWrites(dir);
    expect(documents(dir)).toEqual(step === 'written' ? [] : ALL);
    expect(existsSync(source)).toBe(step !== 'written');
    if (step !== 'written') expect(readFileSync(source, 'utf8')).toBe(SOURCE.text);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.mdx'))).toEqual([]);
  });

  it("removes a journal's temporary file left by a write stopped before its journal was in place", () => {
    const dir = mkdtempSync(join(work, 'journal-tmp-'));
    writeFileSync(join(dir, '.import-123.journal.tmp'), '{"renames":[]}');
    writeFileSync(join(dir, '.moss-2020.mdx.import-123.tmp'), '---\n');
    finishInterruptedWrites(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the next import finishes an interrupted one before it writes', () => {
    const dir = join(mkdtempSync(join(work, 'next-')), 'agreements');
    writeAndDie(dir, 'placed', 0);
    expect(documents(dir)).toHaveLength(1);
    writeDrafts([{ slug: 'moss-2020', mdx: '---\ntitle: moss\n---\n' }], dir);
    expect(documents(dir)).toEqual([...ALL, 'moss-2020.mdx'].sort());
    expect(readdirSync(dir).filter((f) => !f.endsWith('.mdx'))).toEqual([]);
  });
});

describe('writeDrafts with a source text', () => {
  const draft = [{ slug: 'moss-2020', mdx: '---\ntitle: moss\n---\n' }];
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('writes it beside the drafts\' folder, leaves the same text as it is, and overwrites another only with force', () => {
    const root = mkdtempSync(join(work, 'source-'));
    const dir = join(root, 'agreements');
    const path = join(root, 'sources', 'moss-2020.txt');
    expect(writeDrafts(draft, dir, false, {}, { path, bytes: bytes('Tekst.\n') })).toEqual([join(dir, 'moss-2020.mdx'), path]);
    expect(readFileSync(path, 'utf8')).toBe('Tekst.\n');

    // The same text: only the draft is written (with force, since it is there).
    expect(writeDrafts(draft, dir, true, {}, { path, bytes: bytes('Tekst.\n') })).toEqual([join(dir, 'moss-2020.mdx')]);

    // Another text under the same name: nothing is written without force, the file named.
    rmSync(join(dir, 'moss-2020.mdx'));
    expect(() => writeDrafts(draft, dir, false, {}, { path, bytes: bytes('Annen tekst.\n') })).toThrow(
      `${path} already exists: nothing was written. Import again with --force to overwrite (your edits there would be lost), or move the file away first.`,
    );
    expect(documents(dir)).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe('Tekst.\n');
    writeDrafts(draft, dir, true, {}, { path, bytes: bytes('Annen tekst.\n') });
    expect(readFileSync(path, 'utf8')).toBe('Annen tekst.\n');
    expect(readdirSync(dir).filter((f) => !f.endsWith('.mdx'))).toEqual([]);
  });
});

describe('writeDrafts on a full disk', () => {
  it('writes nothing and leaves no temporary file, even one written halfway', () => {
    const dir = mkdtempSync(join(work, 'full-'));
    let writes = 0;
    const fullDisk = (path: string, data: string | Uint8Array) => {
      writes += 1;
      if (writes === 2) {
        // Half the file reaches the disk, then there is no room left.
        writeFileSync(path, data.slice(0, data.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      writeFileSync(path, data, { flag: 'wx' });
    };
    const drafts = SLUGS.map((slug) => ({ slug, mdx: `---\ntitle: ${slug}\n---\n` }));
    const write = () => writeDrafts(drafts, dir, false, { writeFile: fullDisk });
    expect(write).toThrow(ImportError);
    expect(readdirSync(dir)).toEqual([]);
    writes = 0;
    expect(write).toThrow(/no space left on device, write\. Nothing was written\./);
    expect(readdirSync(dir)).toEqual([]);
  });
});
