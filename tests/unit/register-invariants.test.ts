/**
 * What holds for any valid register, checked on the live content (or on
 * `REGISTER_CONTENT`, which `new-agreement.test.ts` points at a copy with two
 * more agreements). No counts, orders or rows of today's content: those are
 * tested on the frozen fixture register (tests/fixtures/register/).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexById, isAgreement } from '../../src/lib/content/agreements.ts';
import { isSectionKey } from '../../src/lib/content/sections.ts';
import { contentDir, readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { normaliseText } from '../../src/lib/content/source-text.ts';
import { exportCsv, exportRows } from '../../src/lib/publish/export.ts';
import { omittedLines } from '../../src/lib/publish/source-omissions.ts';
import { parseFrontmatter } from 'astro/markdown';
import { documentLineNumbers } from '../e2e/seed-lines.ts';
import { furnitureLineNumbers } from '../../src/lib/import/clean.ts';

const files = readRegisterFiles();
const register = checkRegister(files);
const sourceByName = new Map(files.sources.map((s) => [s.path.replace(/^.*\//, ''), s.text]));
const bodyOf = (path: string) => parseFrontmatter(normaliseText(files.agreements.find((f) => f.path === path)?.text ?? '')).content;

/** Every `clause` value anywhere in a document's facts, with where it stands. */
function clauses(value: unknown, at = ''): Array<{ at: string; clause: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => clauses(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'clause' && typeof v === 'string' ? [{ at: `${at}.clause`, clause: v }] : clauses(v, at ? `${at}.${k}` : k),
    );
  }
  return [];
}

describe(`the register in ${contentDir()}`, () => {
  it('passes the checker', () => {
    expect(register.problems.map(formatProblem)).toEqual([]);
    expect(register.agreements.length).toBeGreaterThan(0);
  });

  it('every fact cites a clause that exists in its document', () => {
    for (const doc of register.agreements) {
      const ids = new Set(doc.headings.map((h) => h.id));
      for (const { at, clause } of clauses(doc.data)) expect(ids.has(clause), `${doc.id}: ${at} → #${clause}`).toBe(true);
    }
  });

  it('every section marker is a canonical key, used once per document', () => {
    for (const doc of register.agreements) {
      const keys = doc.headings.flatMap((h) => (h.sectionKey ? [h.sectionKey] : []));
      for (const key of keys) expect(isSectionKey(key), `${doc.id}: ${key}`).toBe(true);
      expect(new Set(keys).size, doc.id).toBe(keys.length);
    }
  });

  it('the open data has one row per agreement (related papers left out), and the CSV one line per row', () => {
    const rows = exportRows(register.agreements, {
      municipalities: indexById(register.municipalities),
      policeDistricts: indexById(register.policeDistricts),
    });
    expect(rows.map((r) => r.slug).sort()).toEqual(register.agreements.filter(isAgreement).map((a) => a.id).sort());
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
    const parsed = Papa.parse<Record<string, string>>(exportCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.slug)).toEqual(rows.map((r) => r.slug));
  });

  it('every document names a source text that is there, and every source text feeds a document', () => {
    for (const doc of register.agreements) expect(sourceByName.has(doc.data.source.file), `${doc.id}: ${doc.data.source.file}`).toBe(true);
    for (const name of sourceByName.keys()) expect(register.agreements.some((a) => a.data.source.file === name), name).toBe(true);
  });

  it('each source text is published whole: the lines the documents made from it leave out are only page furniture', () => {
    for (const [name, text] of sourceByName) {
      const docs = register.agreements.filter((a) => a.data.source.file === name);
      // Furniture: the letterhead and the table of contents, and the lines the importer drops as furniture (running lines and page numbers).
      const furniture = furnitureLineNumbers(text);
      const kept = new Set(documentLineNumbers(text));
      const omitted = omittedLines(text, docs.map((d) => bodyOf(d.path)));
      const lost = omitted.filter((o) => kept.has(o.line) && !furniture.has(o.line));
      expect(lost, name).toEqual([]);
    }
  });
});
