/** The redline: sections paired by key and by content, word counts checked by hand, and its HTML, Markdown and Word. */
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { diffBlocks, diffText, pairSections, redline, type RedlineDocument, type RedlineSectionInput } from '../../src/lib/compare/redline.ts';
import { redlineDocx, redlineHtml, redlineMarkdown } from '../../src/lib/compare/redline-writers.ts';
import type { TextBlock } from '../../src/lib/compare/sections-text.ts';
import { redline as labels } from '../../src/strings.ts';
import { readDocx } from '../docx-text.ts';
import { labelledByName, labelledByParts } from './labelled-by.ts';
import { sectionsOf } from './compare-helpers.ts';

const p = (text: string): TextBlock => ({ kind: 'paragraph', text, depth: 0 });
const doc = (slug: string, sections: RedlineSectionInput[]): RedlineDocument => ({ slug, label: slug, title: `Tittel ${slug}`, url: `/avtaler/${slug}/`, language: 'nb', sections });
const real = (slug: string, label: string) => ({ ...doc(slug, sectionsOf(slug)), label });
const clauseUrl = (slug: string, id: string | undefined) => `/avtaler/${slug}/${id ? `#${id}` : ''}`;

describe('word-level changes', () => {
  it('marks inserted and deleted words, and keeps the rest', () => {
    expect(diffText('Politirådet skal ha to møter i året.', 'Politirådet skal ha fire møter i året.')).toEqual([
      { change: 'same', text: 'Politirådet skal ha ' },
      { change: 'del', text: 'to' },
      { change: 'ins', text: 'fire' },
      { change: 'same', text: ' møter i året.' },
    ]);
  });

  it('counts words, lines up paragraphs, and gives a paragraph with no counterpart whole', () => {
    const { blocks, words } = diffBlocks(
      [p('Politirådet skal ha to møter i året.'), p('Rådmannen er ansvarlig for administreringen av politirådet.')],
      [p('Politirådet skal ha fire møter i året.'), p('Taushetsplikten skal respekteres av alle involverte aktører.')],
    );
    expect(blocks.map((b) => b.change)).toEqual(['changed', 'del', 'ins']);
    // By hand: 7 words before and after in the first ("to" out, "fire" in); 7 words removed whole, 7 added whole.
    expect(words).toEqual({ old: 7 + 7, new: 7 + 7, inserted: 1 + 7, deleted: 1 + 7 });
  });
});

describe('pairing sections', () => {
  it('pairs by canonical key, then by content where a section has no key, and leaves unrelated text unpaired', () => {
    const old = [
      { key: 'politirad' as const, heading: '1. Politirådet', blocks: [p('Politirådet møtes to ganger i året og ledes av ordføreren.')] },
      { heading: '2. Taushet', blocks: [p('Alle deltakere har taushetsplikt etter forvaltningsloven og politiloven.')] },
      { heading: '3. Bakgrunn', blocks: [p('Regjeringen anbefaler lokale politiråd.')] },
    ];
    const next = [
      { key: 'administrativt' as const, heading: 'Administrative forhold', blocks: [p('Alle deltakere har taushetsplikt etter forvaltningsloven, politiloven og helsepersonelloven.')] },
      { key: 'politirad' as const, heading: 'Politiråd', blocks: [p('Politirådet møtes fire ganger i året og ledes av ordføreren.')] },
    ];
    expect(pairSections(old, next)).toEqual([{ old: 1, matchedBy: 'similarity', similarity: expect.any(Number) }, { old: 0, matchedBy: 'key' }]);
    const r = redline(doc('a', old), doc('b', next));
    // A removed section stands after the section that came before it in the old text.
    expect(r.sections.map((s) => s.status)).toEqual(['changed', 'removed', 'changed']);
    expect(r.summary).toMatchObject({ added: 0, removed: 1, changed: 2, unchanged: 0 });
  });
});

describe('Oppegård 2009 → 2018 (the real texts)', () => {
  const r = redline(real('oppegard-2009-retningslinjer', 'Oppegård 2009'), real('oppegard-2018', 'Oppegård 2018'));
  const byTitle = (heading: string) => r.sections.find((s) => (s.new?.heading ?? s.old?.heading) === heading)!;

  it('pairs the sections the template names and shows the guidelines’ own sections as removed', () => {
    expect(r.sections.filter((s) => s.status === 'removed').map((s) => s.old?.heading)).toEqual(['1. Bakgrunn', '4. Målsettinger', '5. Plan / årsberetning']);
    expect(r.sections.filter((s) => s.matchedBy === 'key' && s.new?.key).map((s) => [s.old?.heading, s.new?.key])).toEqual([
      ['3. Formål', 'formal'],
      ['2. Politirådets organer og oppgaver', 'politirad'],
      ['6. Møtestruktur', 'organisering'],
    ]);
    expect(r.summary).toMatchObject({ added: 7, removed: 3, changed: 4, unchanged: 0 });
  });

  it('counts the words of two sections as counted by hand', () => {
    // «6. Møtestruktur»: 12 + 7 + 4 words, none kept; «Organisering av samarbeidet»: 9 + 18 + 48 + 25 words, all new.
    expect(byTitle('Organisering av samarbeidet').words).toEqual({ old: 23, new: 100, inserted: 100, deleted: 23 });
    // «Evaluering», new in 2018: 27 + 30 words.
    expect(byTitle('Evaluering')).toMatchObject({ status: 'added', words: { old: 0, new: 57, inserted: 57, deleted: 0 } });
  });
});

describe('writers', () => {
  const r = redline(real('moss-2020', 'Moss 2020'), real('oppegard-2018', 'Oppegård 2018'));

  it('writes HTML with <ins> and <del> that a screen reader announces, never colour alone', () => {
    const html = redlineHtml(r, labels, { idPrefix: 'e', clauseUrl });
    const ins = html.match(/<ins>/g)?.length ?? 0;
    const del = html.match(/<del>/g)?.length ?? 0;
    expect(ins).toBeGreaterThan(10);
    expect(del).toBeGreaterThan(10);
    expect(html.match(/<span class="visually-hidden" lang="nb">\[lagt til: <\/span>/g)?.length).toBe(ins - 1); // the legend has one more <ins>
    expect(html.match(/\[fjernet: /g)?.length).toBe(del - 1);
    // Each closes in words that name what it closes.
    expect(html.match(/<span class="visually-hidden" lang="nb"> – slutt på tillegg\]<\/span><\/ins>/g)?.length).toBe(ins - 1);
    expect(html.match(/ – slutt på fjernet tekst\]<\/span><\/del>/g)?.length).toBe(del - 1);
    expect(html).toContain('data-summary="share"');
    expect(html).not.toMatch(/<script|style=/);
  });

  it('names each section\'s region by its place and heading, so two sections of one heading are told apart', () => {
    const x = redline(
      doc('a', [{ heading: 'Innledning', blocks: [p('Dette er en gammel tekst om noe helt annet enn det nye.')] }]),
      doc('b', [
        { heading: 'Tiltak', blocks: [p('Kommunen skal sette opp lys i parken ved skolen hver høst.')] },
        { heading: 'Tiltak', blocks: [p('Politiet patruljerer sentrum på fredager og lørdager om natten.')] },
      ]),
    );
    const html = redlineHtml(x, labels, { idPrefix: 'e', clauseUrl });
    const names = [...html.matchAll(/<section class="redline-section"[^>]*>/g)].map((m) => labelledByName(html, m[0]));
    expect(names).toEqual(['Del 1 av 3: Innledning (fjernet del)', 'Del 2 av 3: Tiltak (ny del)', 'Del 3 av 3: Tiltak (ny del)']);
    // The parts it points at have ids of their own on the page.
    const ids = [...redlineHtml(r, labels, { idPrefix: 'e', clauseUrl }).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2 * r.sections.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes the text it writes', () => {
    const x = redline(doc('a', [{ heading: 'A', blocks: [p('1 < 2 & "x"')] }]), doc('b', [{ heading: 'A', blocks: [p('<b>fet</b>')] }]));
    const html = redlineHtml(x, labels, { idPrefix: 'e', clauseUrl });
    expect(html).toContain('&lt;b&gt;fet&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('writes Markdown with CriticMarkup', () => {
    const md = redlineMarkdown(r, labels, 'https://example.org', clauseUrl);
    expect(md).toMatch(/\{\+\+[^+]+\+\+\}/);
    expect(md).toMatch(/\{--[^-]+--\}/);
    expect(md).toContain('## Sammendrag');
  });

  it('writes Word with real tracked changes: one insertion per inserted piece, one deletion per deleted piece', async () => {
    const file = await docx.Packer.toBuffer(redlineDocx(r, docx, labels, '2026-11-30T12:00:00Z', 'https://example.org', clauseUrl));
    const { xml } = await readDocx(file);
    const pieces = r.sections.flatMap((s) => s.blocks.flatMap((b) => b.pieces));
    const lines = (change: string) => pieces.filter((x) => x.change === change).reduce((n, x) => n + x.text.split('\n').length, 0);
    expect(xml.match(/<w:ins /g)?.length).toBe(lines('ins'));
    expect(xml.match(/<w:del /g)?.length).toBe(lines('del'));
    expect(xml).toContain('<w:delText');
    expect(xml).toContain('w:author="Politirådsavtaler"');
  });
});

describe('two documents in different languages (Luster, nynorsk → a bokmål text)', () => {
  const nynorsk: RedlineDocument = { ...doc('luster', [{ key: 'politirad', heading: '5. Politiråd', blocks: [p('Politirådet vert leia av ordføraren og skal møtast fire gonger i året.')] }]), language: 'nn' };
  const bokmal = doc('skien', [{ key: 'politirad', heading: '4. Politiråd', blocks: [p('Politirådet ledes av ordføreren og skal møtes fire ganger i året.')] }]);
  const r = redline(nynorsk, bokmal);

  it('marks the removed words with the old text\'s language in a section written in the new one\'s', () => {
    const html = redlineHtml(r, labels, { idPrefix: 'endring', clauseUrl });
    expect(html).toContain('<div class="redline-text" lang="nb">');
    // (The legend's <del> is the page's words.)
    const dels = [...html.slice(html.indexOf('<section class="redline-section"')).matchAll(/<del([^>]*)>/g)].map((m) => m[1]);
    expect(dels.length).toBeGreaterThan(0);
    expect(new Set(dels)).toEqual(new Set([' lang="nn"']));
    expect(html).toMatch(/<del lang="nn"><span class="visually-hidden" lang="nb">\[fjernet: <\/span>vert leia/);
    expect(html).not.toMatch(/<ins [^>]*lang=/);
    // The old heading, quoted in the note under the new one, in its own language.
    expect(html).toContain('Før: «<span lang="nn">5. Politiråd</span>».');
    // The same two documents in one language: no lang of their own.
    expect(redlineHtml(redline({ ...nynorsk, language: 'nb' }, bokmal), labels, { idPrefix: 'endring', clauseUrl })).not.toMatch(/<del [^>]*lang=/);
  });

  it('names a nynorsk section\'s region by its place in the page\'s words and its heading in nynorsk (an aria-label would read it all as bokmål)', () => {
    const later: RedlineDocument = { ...doc('luster-2', [{ key: 'politirad', heading: '5. Politiråd', blocks: [p('Politirådet vert leia av ordføraren og skal møtast to gonger i året.')] }]), language: 'nn' };
    const html = redlineHtml(redline(nynorsk, later), labels, { idPrefix: 'endring', clauseUrl });
    const [region] = html.match(/<section class="redline-section"[^>]*>/g) ?? [];
    // The region itself is in the page's language: only its heading's title is nynorsk.
    expect(region).not.toMatch(/\slang=/);
    expect(labelledByParts(html, region ?? '')).toEqual([
      { id: 'endring-s1-place', text: 'Del 1 av 1:', runs: [['Del 1 av 1:', undefined]] },
      { id: 'endring-s1', text: '5. Politiråd (endret)', runs: [['5. Politiråd', 'nn'], [' ', undefined], ['(endret)', undefined]] },
    ]);
  });

  it('gives the Word file\'s deleted runs the old text\'s language, the rest the new one\'s', async () => {
    const { xml } = await readDocx(await docx.Packer.toBuffer(redlineDocx(r, docx, labels, '2026-11-30T12:00:00Z', 'https://example.org', clauseUrl)));
    const deleted = [...xml.matchAll(/<w:del [^>]*>([\s\S]*?)<\/w:del>/g)].map((m) => m[1]!);
    expect(deleted.length).toBeGreaterThan(0);
    for (const run of deleted) expect(run).toContain('w:val="nn-NO"');
    const inserted = [...xml.matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => m[1]!);
    for (const run of inserted) expect(run).toContain('w:val="nb-NO"');
  });
});
