/**
 * The importer on Word files: a .docx as a word processor writes it (made
 * here with the `docx` library from a seed: heading styles, bullet and
 * numbered lists, a table, bold), and the .docx the draft builder
 * (/utkast/) writes. Both come back with their sections; bad Word input
 * writes nothing and says why.
 */
import * as docx from 'docx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentLines, normalise, withoutListMarker } from '../e2e/seed-lines.ts';
import { parseHeadings } from '../../src/lib/content/headings.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { buildDraft } from '../../src/lib/draft/assemble.ts';
import { draftToDocx } from '../../src/lib/draft/docx-writer.ts';
import { htmlToImportText } from '../../src/lib/import/docx.ts';
import { importAgreement, ImportError } from '../../src/lib/import/index.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { draftLabels, draftTexts, ost, sourceNote } from './draft-helpers.ts';
import { registerFiles } from './helpers.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const register = checkRegister(registerFiles());
const { Document, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, Packer, AlignmentType } = docx;

/** Runs of a line, "**bold**" as bold. */
const runs = (text: string) => text.split(/\*\*/).flatMap((part, i) => (part === '' ? [] : [new TextRun({ text: part, bold: i % 2 === 1 })]));

/**
 * A seed as its writer would have made it in Word: the published section
 * headings in the style "Heading 1", "- " lines as a bulleted list (nested
 * under "o"), numbered lines as a numbered list, tab rows as a table, the rest
 * as paragraphs; blank lines are paragraph spacing, not text.
 */
function seedToDocx(seed: string, headings: ReadonlySet<string>): Promise<Buffer> {
  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [];
  let rows: Array<InstanceType<typeof TableRow>> = [];
  const flushTable = () => {
    if (rows.length > 0) children.push(new Table({ rows }));
    rows = [];
  };
  for (const raw of seed.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.includes('\t')) {
      rows.push(new TableRow({ children: line.trim().split(/\t+/).map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })) }));
      continue;
    }
    flushTable();
    if (line.trim() === '' || line.trim() === 'POLITIET') continue;
    const bullet = /^(\s*)((?:[-❖o]\s+)+)(.*)$/u.exec(line);
    const numbered = /^\s*(\d{1,2})\.\s+(\p{Lu}.*)$/u.exec(line);
    if (headings.has(normalise(line))) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(line.trim()) }));
    else if (bullet) children.push(new Paragraph({ bullet: { level: bullet[1] !== '' || /\bo\s/.test(bullet[2] ?? '') ? 1 : 0 }, children: runs(bullet[3] ?? '') }));
    else if (numbered && !headings.has(normalise(line))) children.push(new Paragraph({ numbering: { reference: 'numbers', level: 0 }, children: runs(numbered[2] ?? '') }));
    else children.push(new Paragraph({ children: runs(line.trim()) }));
  }
  flushTable();
  const doc = new Document({
    creator: 'Microsoft Office User',
    numbering: { config: [{ reference: 'numbers', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ headers: { default: new docx.Header({ children: [new Paragraph('Samarbeid mellom kommunen og politiet')] }) }, children }],
  });
  return Packer.toBuffer(doc);
}

const published = (slug: string) => parseHeadings(readFileSync(`${FIXTURE_REGISTER}/agreements/${slug}.mdx`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const plain = (mdx: string) =>
  normalise(mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\{\/\*.*?\*\/\}/g, '').replace(/<br \/>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/^#{2,3} /gm, '').replace(/^\s*(?:-|\d+\.)\s+/gm, '').replace(/\\([\\{}.\-#+*])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

describe.each([
  ['bodo-2018.txt', 'bodo-2018'],
  ['skien-2019.txt', 'skien-2019'],
  ['moss-2020.txt', 'moss-2020'],
  ['luster-2019.txt', 'luster-2019'],
])('a Word file of seed %s', (seedFile, slug) => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${seedFile}`, 'utf8');
  const want = published(slug).filter((h) => h.depth === 2);

  it(`imports to ${slug}: the same sections and lists, named for its municipality and year, ≥ 98 % of its sentences verbatim, and says what it carried over`, async () => {
    const bytes = await seedToDocx(seed, new Set(want.map((h) => normalise(h.text))));
    const { drafts, source } = await importAgreement(`${slug}.docx`, bytes, register);
    expect(drafts.map((d) => d.slug)).toEqual([slug]);
    // The text read from the Word file is kept as the source text the draft names, its headings in it.
    expect(source.file).toBe(drafts[0]?.frontmatter.source.file);
    const sourceText = new TextDecoder('utf-8', { fatal: true }).decode(source.bytes);
    for (const h of want) expect(sourceText).toContain(h.text);
    const draft = drafts[0]!;
    const got = parseHeadings(draft.body).filter((h) => h.depth === 2);
    expect(got.map((h) => [h.text, h.sectionKey ?? null])).toEqual(want.map((h) => [h.text, h.sectionKey ?? null]));
    // Word's lists are the draft's lists, as many items as the seed has bullets.
    const bullets = seed.split('\n').filter((l) => /^\s*(?:[-❖o]\s+)+\S/u.test(l)).length;
    expect(draft.body.split('\n').filter((l) => /^\s*- /.test(l)).length).toBe(bullets);
    const text = plain(draft.mdx);
    const wanted = documentLines(seed).map(withoutListMarker).flatMap((l) => sentences(l)).map(normalise).filter((s) => s !== '');
    const lost = wanted.filter((s) => !text.includes(s));
    expect(lost.length / wanted.length, lost.join('\n')).toBeLessThanOrEqual(0.02);
    expect(draft.mdx).toMatch(/# - read the Word file: \d+ headings \(\d+ section headings\), \d+ list items and \d+ tables? carried over as structure\./);
    // Word's page header is not text of the document.
    expect(text).not.toContain('Samarbeid mellom kommunen og politiet');
  });
});

describe('a Word file with lists and a table', () => {
  it('carries the structure over as the importer writes it', () => {
    const html =
      '<p>Samarbeidsavtale</p><h1>1. Formål</h1><p><strong>Fet</strong> tekst &amp; &lt;ting&gt;.<br />linje 2</p><ul><li>punkt en<ul><li>under</li></ul></li><li>punkt to</li></ul><ol><li>nummer en</li><li>nummer to</li></ol><table><tr><td><p>Leiing:</p></td><td><p>Kommunen</p></td></tr></table>';
    const read = htmlToImportText(html);
    expect(read.text).toBe('Samarbeidsavtale\n\n1. Formål\n\n**Fet** tekst & <ting>.\nlinje 2\n\n- punkt en\n  - under\n- punkt to\n\n1. nummer en\n2. nummer to\n\nLeiing:\tKommunen\n');
    expect(read.headings).toEqual([{ level: 1, text: '1. Formål' }]);
  });
});

describe('the draft builder\'s own .docx', () => {
  const texts = draftTexts;
  const labels = draftLabels;
  const note = sourceNote;

  it('imports back to the same sections, in the same order, with their keys', async () => {
    const choices = { formal: 'skien-2019', tjenestetilbud: 'luster-2019', politikontakt: 'bodo-2018', politirad: 'oppegard-2018', fokusomrader: 'moss-2020', evaluering: 'skien-2019' } as const;
    const draft = buildDraft(choices, texts, { municipality: 'Moss', policeDistrict: ost }, labels);
    expect(draft.problems).toEqual([]);
    const bytes = await Packer.toBuffer(draftToDocx(draft, docx, 'Utkast fra registeret.', note, 'https://example.org'));
    const { drafts } = await importAgreement('utkast.docx', bytes, register);
    expect(drafts).toHaveLength(1);
    const imported = drafts[0]!;
    expect(imported.frontmatter.municipality).toBe('moss');
    expect(imported.frontmatter.policeDistrict).toBe('ost');
    expect(imported.structure.sections.map((s) => [s.heading, s.key])).toEqual(draft.sections.map((s) => [`${s.number}. ${s.title}`, s.key]));
    // Each section's text came back: its first block's words are in the imported section.
    for (const [i, s] of draft.sections.entries()) {
      const first = s.blocks.find((b) => b.kind === 'paragraph');
      if (!first) continue;
      const words = normalise(first.pieces.map((p) => p.text).join('')).slice(0, 60);
      expect(plain(imported.body.split(/^## /m)[i + 1] ?? ''), s.key).toContain(words);
    }
  });
});

describe('bad Word input', () => {
  it('refuses a file named .docx that is not one, and an old .doc, and says what to do', async () => {
    await expect(importAgreement('avtale.docx', new TextEncoder().encode('Samarbeidsavtale'), register)).rejects.toThrow(
      /avtale\.docx is named \.docx but is not a Word file .*save it as \.docx and import that\./,
    );
    await expect(importAgreement('avtale.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 1]), register)).rejects.toThrow(/avtale\.doc is an old Word file \(\.doc\)/);
    await expect(importAgreement('avtale.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), register)).rejects.toBeInstanceOf(ImportError);
  });

  it('refuses a Word file with no text', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    await expect(importAgreement('tom.docx', empty, register)).rejects.toThrow('tom.docx is a Word file with no text in it');
  });
});
