/** A reader's draft held against the register: re-flowed and split by the importer's steps, shared and own text, closest clauses, bad input. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, draftCheckHtml, draftInputProblem, draftPlainText, draftSections, MAX_DRAFT_CHARACTERS, type RegisterText } from '../../src/lib/compare/draft-check.ts';
import { isMarkdownDraft } from '../../src/lib/compare/draft-markdown.ts';
import { cleanText } from '../../src/lib/import/clean.ts';
import { registerVocabulary, type Vocabulary } from '../../src/lib/import/hyphenation.ts';
import { reflowText } from '../../src/lib/import/reflow.ts';
import { markdownText } from '../../src/lib/markdown-text.ts';
import { draftBuilder, draftCheck } from '../../src/strings.ts';
import { QUOTE_MARKS, quotedParts, quotedText } from '../../src/lib/quoted.ts';
import { blockText, buildDraft, type SourceNote } from '../../src/lib/draft/assemble.ts';
import { draftToMarkdown } from '../../src/lib/draft/markdown-writer.ts';
import { agreements } from './compare-helpers.ts';
import { draftLabels, draftTexts, ost } from './draft-helpers.ts';
import { labelledByName, labelledByParts } from './labelled-by.ts';
import { rewrap } from './rewrap.ts';

const register: RegisterText[] = agreements.map((a) => ({ slug: a.id, label: a.id, municipality: a.data.municipality, language: a.data.language, sections: a.sections }));

// The first paragraph of Oppegård's «Innledning /formål», verbatim, then a sentence of the draft's own; a paraphrase; a section of its own.
const DRAFT = readFileSync('tests/fixtures/drafts/nordre-follo.txt', 'utf8');

describe('splitting a draft', () => {
  it('finds numbered headings and the template’s sections, as the importer does', () => {
    const { sections, headings } = draftSections(DRAFT);
    expect(headings).toBe(true);
    expect(sections.map((s) => [s.heading, s.key])).toEqual([
      [undefined, undefined],
      ['1. Innledning / formål', 'formal'],
      ['2. Politiråd', 'politirad'],
      ['3. Sykkelpatrulje', undefined],
    ]);
  });

  it('reads a Word file by its styles as the importer does: a line whose style is no heading is text, a note no list item', () => {
    // A Word file's text as the draft check reads it (htmlToImportText): two headings styled as the sections',
    // a body line that is a template's title alone on its line, and a note's paragraph with its «*» mark.
    const text = 'Formål\n\nAvtalen gjelder samarbeidet mellom kommunen og politiet.\n\nPolitiråd\n\nEvaluering\n\nRådet møtes fire ganger i året.\n\n* Vedtatt i kommunestyret 12. mars 2020.\n';
    const headings = ['Formål', 'Politiråd'];
    const word = { subheadings: [], notes: ['* Vedtatt i kommunestyret 12. mars 2020.'] };
    const styled = draftSections(text, headings, 'docx', undefined, word);
    expect(styled.sections.map((s) => s.heading)).toEqual(['Formål', 'Politiråd']);
    const last = styled.sections.at(-1)?.blocks.map((b) => b.text) ?? [];
    expect(last).toEqual(['Evaluering', 'Rådet møtes fire ganger i året.', '* Vedtatt i kommunestyret 12. mars 2020.']);
    // Without what the styles say, the template's title is taken for a heading, as in a pasted text.
    expect(draftSections(text, headings, 'docx').sections.map((s) => s.heading)).toEqual(['Formål', 'Politiråd', 'Evaluering']);
  });

  it('says when a text has no headings, and keeps it as one part', () => {
    const { sections, headings } = draftSections('Politirådet skal møtes fire ganger i året. Ordføreren leder det.');
    expect(headings).toBe(false);
    expect(sections).toHaveLength(1);
  });
});

describe('a draft hard-wrapped, as a PDF reader or a text export gives it', () => {
  const SEEDS = ['bodo-2018', 'luster-2019', 'moss-2020', 'oppegard-2018', 'skien-2019'];
  /** A line wrapped at `width` characters, breaking between words. */
  const wrapAt = (line: string, width: number) =>
    line.split(' ').reduce<string[]>((out, word) => {
      const last = out.at(-1);
      if (last !== undefined && [...`${last} ${word}`].length <= width) out[out.length - 1] = `${last} ${word}`;
      else out.push(word);
      return out;
    }, []);
  /** Every line wrapped at `width`, a table row (tab-separated) left whole. */
  const wrapped = (text: string, width: number) => text.split('\n').flatMap((line) => (line.includes('\t') ? [line] : wrapAt(line, width))).join('\n');
  const read = (text: string) => draftSections(text).sections.map((s) => ({ heading: s.heading, key: s.key, blocks: s.blocks.map((b) => [b.kind, b.text]) }));
  /**
   * The re-flow step of `read` (draftSections) on a text as it is: the two reads compared below both go through it,
   * so an unwrapped seed must come out of it as it went in, or a re-flow that changed how an unwrapped draft reads
   * would pass unseen.
   */
  const reflowed = (text: string) => {
    const plain = draftPlainText(text);
    const cleaned = cleanText(plain);
    return { before: cleaned.blocks, ...reflowText(plain, cleaned.blocks, cleaned.tocTitles) };
  };
  const expectLeftAlone = (text: string, slug: string) => {
    const { before, blocks, changes } = reflowed(text);
    expect(changes, slug).toEqual({ linesJoined: 0, hyphensRemoved: 0, hyphensKept: 0, softHyphens: 0 });
    expect(blocks, slug).toEqual(before);
  };

  it('reads each seed wrapped at 70 columns as the seed itself: the same sections, each paragraph one text again', () => {
    for (const slug of SEEDS) {
      const text = readFileSync(`content/sources/${slug}.txt`, 'utf8');
      // The seed keeps a paragraph on one line: many of its lines are wider than 70 columns, and wrapped they break.
      expect(text.split('\n').filter((line) => line.length > 70 && !line.includes('\t')).length, slug).toBeGreaterThan(10);
      expectLeftAlone(text, slug);
      expect(read(wrapped(text, 70)), slug).toEqual(read(text));
    }
  });

  it('reads a line-end hyphen with the register\'s words, as the importer does, and asks for them only for a draft with one', () => {
    const draft = 'Politiråd\n\nRådet drøfter et rus-\npolitisk program for kommunen.\n';
    const asked: string[] = [];
    const register = (words: string[]) => () => {
      asked.push(words.join());
      return registerVocabulary(words);
    };
    const paragraph = (vocabulary: () => Vocabulary) => draftSections(draft, [], 'paste', vocabulary).sections.at(-1)?.blocks[0]?.text;
    // Written with its hyphen in the register, the hyphen is the document's own; written joined, the layout's.
    expect(paragraph(register(['et rus-politisk program']))).toBe('Rådet drøfter et rus-politisk program for kommunen.');
    expect(paragraph(register(['et ruspolitisk program']))).toBe('Rådet drøfter et ruspolitisk program for kommunen.');
    expect(asked).toHaveLength(2);
    draftSections('Politiråd\n\nRådet drøfter et program\nfor kommunen.\n', [], 'paste', register(['ingen bindestrek']));
    expect(asked).toHaveLength(2);
  });

  it('reads a text export (hyphenated at line ends, a running header and a page footer, CRLF) as the text itself, in bokmål and nynorsk', () => {
    for (const [slug, language] of [['skien-2019', 'nb'], ['luster-2019', 'nn']] as const) {
      const text = readFileSync(`content/sources/${slug}.txt`, 'utf8');
      const exported = rewrap(text, { width: 72, layout: 'viewer', pageLines: 40, header: 'Samarbeid mellom kommunen og politiet', language });
      expect(exported, slug).toMatch(/\p{Ll}-\r\n\p{Ll}/u);
      expectLeftAlone(text, slug);
      expect(read(exported), slug).toEqual(read(text));
    }
  });
});

describe('a draft downloaded as Markdown', () => {
  it('reads back as the text that was written, every escape undone', () => {
    const text = 'Politi & kommune ~ 2 møter * år, [SLT] <kontakt> | 1. punkt_a `kode` #3 \\ slutt';
    expect(draftPlainText(markdownText(text))).toBe(text);
    // Read as Markdown, under the builder's headings: the same text, no mark taken as emphasis, code or a tag.
    const [section] = draftSections(`# Utkast\n\n## 1. Formål\n\n${markdownText(text)}\n`).sections.filter((s) => s.heading);
    expect(section?.blocks.map((b) => b.text)).toEqual([text]);
  });
});

describe('holding a draft against the register', () => {
  const check = checkDraft(draftSections(DRAFT), register);
  const section = (heading: string) => check.sections.find((s) => s.heading === heading)!;

  it('marks text that stands near-verbatim in an agreement as shared, the rest as the draft’s own', () => {
    const formal = section('1. Innledning / formål');
    expect(formal.aligned).toEqual({ key: 'formal', by: 'heading' });
    const segments = formal.blocks[0]!.segments;
    expect(segments.find((s) => !s.local)?.text).toContain('Videreutvikling av det forebyggende arbeidet');
    expect(segments.find((s) => s.local)?.text).toContain('Vi vil samarbeide tett med skolene');
    // By hand: the sentence from Oppegård is 16 words; the draft’s own sentence none.
    expect(formal.shared).toBe(16);
    expect(section('3. Sykkelpatrulje')).toMatchObject({ shared: 0, closest: [] });
    expect(section('3. Sykkelpatrulje').aligned).toBeUndefined();
  });

  it('names the closest clauses of the register, with what share of the section stands there', () => {
    const closest = section('1. Innledning / formål').closest;
    expect(closest.map((c) => c.slug)).toContain('oppegard-2018');
    expect(closest[0]!.shared).toBeGreaterThan(10);
    expect(closest.every((c) => c.key === 'formal' && c.id)).toBe(true);
    // Paraphrased: no shared run, but the same section of the template elsewhere.
    const paraphrased = section('2. Politiråd').closest;
    expect(paraphrased.length).toBeGreaterThan(0);
    expect(paraphrased.every((c) => c.key === 'politirad')).toBe(true);
  });

  it('writes HTML with shared and own text told apart in words, and links to the clauses', () => {
    const html = draftCheckHtml(check, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    expect(html).toContain('<mark data-text="own">');
    expect(html).toMatch(/<span data-text="shared"><span class="visually-hidden">\[felles: <\/span>Videreutvikling/);
    expect(html).toMatch(/<span class="visually-hidden"> – slutt på felles tekst\]<\/span><\/span>/);
    expect(html).toContain('href="/avtaler/oppegard-2018/#formal"');
  });

  /** The landmarks of the HTML (<aside> always, <section> with a name), each with its name: its aria-label, or what its aria-labelledby points at. */
  const landmarks = (html: string) =>
    [...html.matchAll(/<(aside|section)\b([^>]*)>/g)].map((m) => [m[1], /aria-label="([^"]+)"/.exec(m[2]!)?.[1] ?? labelledByName(html, m[0])]);

  it('names each landmark once: a region per section, named by its place and heading; the closest clauses under a heading of their own, no landmark', () => {
    const html = draftCheckHtml(check, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    const n = check.sections.length;
    expect(landmarks(html)).toEqual(check.sections.map((s, i) => ['section', `Del ${i + 1} av ${n}: ${s.heading ?? draftCheck.preamble}`]));
    expect(new Set(landmarks(html).map(([, name]) => name)).size).toBe(n);
    // Each section still gives its closest clauses under their heading, with their links.
    expect(html.match(/<div class="draft-closest">\n<h4>Nærmeste tekst i registeret<\/h4>/g)).toHaveLength(check.sections.length);
  });

  it('tells apart two sections of one heading by their place', () => {
    // A Word file with the same heading style twice.
    const twice = checkDraft(draftSections('Politiråd\n\nPolitirådet møtes fire ganger i året.\n\nPolitiråd\n\nRådet ledes av ordføreren.\n', ['Politiråd', 'Politiråd'], 'docx'), register);
    const html = draftCheckHtml(twice, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    // The heading as the draft writes it, twice; the regions' names differ.
    expect([...html.matchAll(/<h3 id="[^"]+">([^<]*)<\/h3>/g)].map((m) => m[1])).toEqual(['Politiråd', 'Politiråd']);
    expect(landmarks(html)).toEqual([
      ['section', 'Del 1 av 2: Politiråd'],
      ['section', 'Del 2 av 2: Politiråd'],
    ]);
  });

  it('quotes each closest clause\'s heading in its document\'s language', () => {
    const html = draftCheckHtml(check, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    const quoted = [...html.matchAll(/data-closest="([^"]+)">[^<]*<span lang="(nb|nn)">/g)].map((m) => [m[1], m[2]]);
    expect(quoted.length).toBe(check.sections.flatMap((s) => s.closest).length);
    const languages = new Map(register.map((r) => [r.slug, r.language]));
    for (const [slug, lang] of quoted) expect(lang, slug).toBe(languages.get(slug ?? ''));
    // A draft that copies a section of the register's nynorsk agreement: that clause, quoted in nynorsk.
    const nynorsk = register.find((r) => r.language === 'nn' && r.sections.some((s) => s.heading && s.blocks.length > 0));
    const copied = nynorsk?.sections.find((s) => s.heading && s.blocks.length > 0);
    if (!nynorsk || !copied) throw new Error('the fixture register has no nynorsk agreement with a titled section');
    const draft = draftSections(`1. Eige punkt\n\n${copied.blocks.map((b) => b.text).join('\n\n')}\n`);
    const own = draftCheckHtml(checkDraft(draft, register), draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    expect(own).toContain(`data-closest="${nynorsk.slug}">${nynorsk.slug}, «<span lang="nn">${copied.heading}</span>»`);
  });
});

describe('a draft with a section of the template twice', () => {
  it('aligns both by their headings (the importer keys only the first), each with that section\'s clauses beside it', () => {
    const draft = '1. Formål\n\nAvtalen skal styrke samarbeidet.\n\n2. Politiråd\n\nPolitirådet skal møtes fire ganger i året.\n\n3. Politiråd for ungdom\n\nUngdomsrådet møter politirådet en gang i året.\n';
    const check = checkDraft(draftSections(draft), register);
    expect(check.sections.map((s) => [s.heading, s.aligned])).toEqual([
      ['1. Formål', { key: 'formal', by: 'heading' }],
      ['2. Politiråd', { key: 'politirad', by: 'heading' }],
      ['3. Politiråd for ungdom', { key: 'politirad', by: 'heading' }],
    ]);
    const second = check.sections[2]!;
    expect(second.closest.length).toBeGreaterThan(0);
    expect(second.closest.every((c) => c.key === 'politirad')).toBe(true);
  });
});

describe('a draft in nynorsk', () => {
  const nynorsk = register.find((r) => r.language === 'nn');
  const copied = nynorsk?.sections.find((s) => s.heading && s.blocks.length > 0);
  if (!nynorsk || !copied) throw new Error('the fixture register has no nynorsk agreement with a titled section');
  const draft = `Samarbeidsavtale mellom Luster kommune og Vest politidistrikt\n\n1. Eige punkt\n\n${copied.blocks.map((b) => b.text).join('\n\n')}\n\n2. Sykkelpatrulje\n\nKommunen og politiet prøver ut ein sykkelpatrulje i sentrum om sommaren.\n`;
  const html = draftCheckHtml(checkDraft(draftSections(draft), register), draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);

  it('gives its text and its headings lang="nn" (the page is bokmål), the words read aloud around shared text lang="nb"', () => {
    expect(html.match(/<div class="redline-text"[^>]*>/g)).toEqual(Array(3).fill('<div class="redline-text" lang="nn">'));
    // The draft's own heading in nynorsk; the page's label for the text before it in bokmål.
    expect(html).toContain('<h3 id="draft-section-2" lang="nn">1. Eige punkt</h3>');
    expect(html).toContain('<h3 id="draft-section-1">Før første overskrift</h3>');
    expect(html).toContain('<span class="visually-hidden" lang="nb">[felles: </span>');
    // A bokmål draft's text is in the page's language: no lang of its own (a closest clause's heading still has its document's).
    const bokmal = draftCheckHtml(checkDraft(draftSections(DRAFT), register), draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    expect(bokmal.match(/<(?:h3|div)[^>]*lang=/g)).toBeNull();
  });

  it('names each section\'s region by its place in the page\'s words and its heading in its own (an aria-label would read it all as bokmål)', () => {
    const regions = html.match(/<section class="draft-check-section"[^>]*>/g) ?? [];
    expect(regions.filter((r) => /\slang=/.test(r))).toEqual([]);
    expect(regions.map((r) => labelledByParts(html, r))).toEqual([
      [
        { id: 'draft-section-1-place', text: 'Del 1 av 3:', runs: [['Del 1 av 3:', undefined]] },
        { id: 'draft-section-1', text: 'Før første overskrift', runs: [['Før første overskrift', undefined]] },
      ],
      [
        { id: 'draft-section-2-place', text: 'Del 2 av 3:', runs: [['Del 2 av 3:', undefined]] },
        { id: 'draft-section-2', text: '1. Eige punkt', runs: [['1. Eige punkt', 'nn']] },
      ],
      [
        { id: 'draft-section-3-place', text: 'Del 3 av 3:', runs: [['Del 3 av 3:', undefined]] },
        { id: 'draft-section-3', text: '2. Sykkelpatrulje', runs: [['2. Sykkelpatrulje', 'nn']] },
      ],
    ]);
  });
});

describe('a draft of both languages (the builder takes each section from any agreement)', () => {
  it('marks each section by its own words\' language: a bokmål section of a mostly nynorsk draft has no lang="nn"', () => {
    const nynorsk = register.find((r) => r.language === 'nn');
    const copied = nynorsk?.sections.find((s) => s.heading && s.blocks.length > 0);
    if (!nynorsk || !copied) throw new Error('the fixture register has no nynorsk agreement with a titled section');
    const draft = `${DRAFT.trimEnd()}\n\n4. Frå Luster\n\n${copied.blocks.map((b) => b.text).join('\n\n')}\n`;
    const check = checkDraft(draftSections(draft), register);
    expect(check.sections.map((s) => s.heading)).toEqual([undefined, '1. Innledning / formål', '2. Politiråd', '3. Sykkelpatrulje', '4. Frå Luster']);
    // Luster's long section outweighs the rest: the draft as a whole is nynorsk by its words.
    expect(check.language).toBe('nn');
    const html = draftCheckHtml(check, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    const texts = html.match(/<div class="redline-text"[^>]*>/g) ?? [];
    // Sections 1 and 3 use bokmål's words («en», «forebyggende», «sammen»): no lang of their own on a bokmål page.
    expect([texts[1], texts[3]]).toEqual(['<div class="redline-text">', '<div class="redline-text">']);
    expect(html).toContain('<h3 id="draft-section-2">1. Innledning / formål</h3>');
    expect(html).toContain('<h3 id="draft-section-4">3. Sykkelpatrulje</h3>');
    expect(texts[4]).toBe('<div class="redline-text" lang="nn">');
    expect(html).toContain('<h3 id="draft-section-5" lang="nn">4. Frå Luster</h3>');
    // A section whose words tell neither (the title, «Politirådet skal møtes fire ganger i året …») has the draft's.
    expect([texts[0], texts[2]]).toEqual(['<div class="redline-text" lang="nn">', '<div class="redline-text" lang="nn">']);
  });
});

describe('a signature block at the end of a draft', () => {
  // Short lines of titles after the last section: the importer's rules read them as the signature block, a part with no heading.
  const signed = `${DRAFT}\nOrdfører\nPolitistasjonssjef\n`;
  const check = checkDraft(draftSections(signed), register);
  const html = draftCheckHtml(check, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);

  it('is named as the signatures, not as the text before the first heading, and aligned by its content', () => {
    const last = check.sections.at(-1)!;
    expect(last.blocks.map((b) => b.segments.map((s) => s.text).join(''))).toEqual(['Ordfører\nPolitistasjonssjef']);
    expect(last.aligned).toEqual({ key: 'signaturer', by: 'content' });
    const headings = [...html.matchAll(/<h3 id="[^"]+">([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Før første overskrift', '1. Innledning / formål', '2. Politiråd', '3. Sykkelpatrulje', 'Signaturer']);
    expect(html).toContain('Tilsvarer registerets del «Signaturer» (etter innholdet).');
  });
});

describe('bad input', () => {
  it('refuses an empty draft and one that is too large, before any work', () => {
    expect(draftInputProblem('')).toEqual({ kind: 'empty' });
    expect(draftInputProblem(' \n\t– ')).toEqual({ kind: 'empty' });
    const huge = 'ord '.repeat(2 * 1024 * 1024 / 4);
    expect(draftInputProblem(huge)).toEqual({ kind: 'too-large', characters: huge.length });
    expect(huge.length).toBeGreaterThan(MAX_DRAFT_CHARACTERS);
    expect(draftInputProblem(DRAFT)).toBeUndefined();
  });

  it('names a file too large by its size and the largest, in megabytes to a tenth, as Norwegian writes them', () => {
    expect(draftCheck.megabytes(12_345_678)).toBe('12,3 MB');
    expect(draftCheck.megabytes(10_000_000)).toBe('10 MB');
    expect(draftCheck.tooLarge(draftCheck.megabytes(1_250_000), draftCheck.characters(MAX_DRAFT_CHARACTERS))).toBe(
      'Utkastet er for stort (1,3 MB). Største størrelse er 300 000 tegn; del opp teksten eller lim inn én del om gangen.',
    );
  });

  it('takes a Word file’s heading styles as headings, whatever their titles', () => {
    const text = 'Samarbeidsavtale\n\nSykkelpatrulje\n\nKommunen og politiet prøver ut en sykkelpatrulje.\n\nNattravnene\n\nFrivillige går i sentrum hver fredag.\n';
    expect(draftSections(text).headings).toBe(false);
    expect(draftSections(text, ['Sykkelpatrulje', 'Nattravnene']).sections.map((s) => s.heading)).toEqual([undefined, 'Sykkelpatrulje', 'Nattravnene']);
    // A Word file's text is read as text even where a line begins with "# ": what it writes in angle brackets stays (pasted Markdown's HTML tags go).
    const hash = '# 1. Formål\n\nSe <b>vedlegget</b> for <møteplanen>.\n';
    expect(draftSections(hash, [], 'docx').sections.map((s) => [s.heading, s.blocks.map((b) => b.text)])).toEqual([['1. Formål', ['Se <b>vedlegget</b> for <møteplanen>.']]]);
    expect(draftSections(hash).sections.map((s) => [s.heading, s.blocks.map((b) => b.text)])).toEqual([['1. Formål', ['Se vedlegget for <møteplanen>.']]]);
  });
});

describe('a draft made with /utkast/, pasted as its Markdown', () => {
  it('finds the sections the builder wrote, and their sources as the closest clauses', () => {
    const draft = buildDraft({ formal: 'skien-2019', politikontakt: 'bodo-2018', politirad: 'oppegard-2018' }, draftTexts, { municipality: 'Nordre Follo' }, draftLabels);
    const markdown = draftToMarkdown(draft, 'Utkast.', (s) => [`Kilde: ${s.source.municipality}.`], 'https://example.org');
    const split = draftSections(markdown);
    expect(split.sections.filter((s) => s.key).map((s) => [s.heading, s.key])).toEqual([
      ['1. Innledning / formål', 'formal'],
      ['2. Politikontakten', 'politikontakt'],
      ['3. Politiråd', 'politirad'],
    ]);
    const check = checkDraft(split, register);
    const closest = (key: string) => check.sections.find((s) => s.aligned?.key === key)?.closest[0]?.slug;
    expect([closest('formal'), closest('politikontakt'), closest('politirad')]).toEqual(['skien-2019', 'bodo-2018', 'oppegard-2018']);
  });
});

describe('the Markdown /utkast/ downloads, read as Markdown', () => {
  // The builder's own file, as its page writes it: its intro, its source notes, every section's blocks (a nested list, a numbered one).
  const draft = buildDraft(
    { formal: 'skien-2019', politikontakt: 'bodo-2018', politirad: 'oppegard-2018', fokusomrader: 'luster-2019' },
    draftTexts,
    { municipality: 'Nordre Follo', policeDistrict: ost },
    draftLabels,
  );
  const intro = draftBuilder.fileIntro('3. desember 2026');
  const note: SourceNote = (s) =>
    quotedParts(draftBuilder.source(s.source.municipality, QUOTE_MARKS[0], s.source.heading === undefined ? undefined : QUOTE_MARKS[1]), [s.source.title, s.source.heading ?? '']);
  const origin = 'https://politiradsavtaler.example';
  const markdown = draftToMarkdown(draft, intro, note, origin);
  const check = checkDraft(draftSections(markdown), register);

  it('takes the title and the intro as their text, no Markdown marks left', () => {
    expect(check.sections[0]!.heading).toBeUndefined();
    expect(check.sections[0]!.blocks.map((b) => b.segments.map((s) => s.text).join(''))).toEqual([draft.title, intro]);
  });

  it('gives each section under its heading, its blocks as the builder wrote them, and the text it took shared', () => {
    expect(check.sections.slice(1).map((s) => [s.heading, s.aligned])).toEqual(draft.sections.map((s) => [`${s.number}. ${s.title}`, { key: s.key, by: 'heading' }]));
    for (const [i, s] of draft.sections.entries()) {
      const checked = check.sections[i + 1]!;
      const texts = checked.blocks.map((b) => b.segments.map((x) => x.text).join(''));
      // The source note as its words (no emphasis marks, the link as its address), then the section's blocks as the builder took them.
      expect(texts[0], s.key).toBe(`${quotedText(note(s))} ${origin}${s.source.url}`);
      expect(texts.slice(1), s.key).toEqual(s.blocks.map(blockText));
      expect(checked.blocks.slice(1).map((b) => [b.kind, b.depth, b.number]), s.key).toEqual(s.blocks.map((b) => [b.kind, b.depth, b.number]));
      expect(checked.shared, s.key).toBeGreaterThan(0);
      expect(checked.closest[0]?.slug, s.key).toBe(s.source.slug);
    }
  });

  it('tells Markdown from plain text by its # headings: text from Word or a PDF is read by the importer\'s rules as before', () => {
    expect(isMarkdownDraft(markdown)).toBe(true);
    expect(isMarkdownDraft(DRAFT)).toBe(false);
    expect(isMarkdownDraft('1. Formål\n\nPolitiet og kommunen samarbeider, jf. punkt #3.\n')).toBe(false);
  });

  it('reads Markdown written by hand: headings of one level without a title, a table, braces and angle brackets as text, HTML as its words', () => {
    const hand = '# Formål\n\nKommunen {og} politiet <samarbeider> om *forebygging* for barn < 15 år.\n\n<div>Felles <b>ansvar</b>.</div>\n\n# Politiråd\n\n| Hvem | Rolle |\n|---|---|\n| Ordfører | leder |\n';
    expect(draftSections(hand).sections.map((s) => [s.heading, s.key, s.blocks.map((b) => b.text)])).toEqual([
      ['Formål', 'formal', ['Kommunen {og} politiet <samarbeider> om forebygging for barn < 15 år.', 'Felles ansvar.']],
      ['Politiråd', 'politirad', ['Hvem\tRolle', 'Ordfører\tleder']],
    ]);
  });
});
