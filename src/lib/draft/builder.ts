/**
 * The draft builder: a new agreement assembled from the sections of existing
 * ones. For each canonical section the reader picks an agreement (or none);
 * the draft takes that section's text verbatim, with the source agreement's
 * municipality and police district names swapped for the reader's own, and
 * notes where each section came from. Output: a model the page renders, and
 * Markdown and DOCX files built from it.
 *
 * Pure: the DOCX library is handed in (the page loads it only on demand).
 */
import { agreementUrl } from '../publish/routes.ts';
import type * as Docx from 'docx';
import type { Language } from '../content/schema.ts';
import { SECTION_KEYS, isSectionKey, type SectionKey } from '../content/sections.ts';
import type { AgreementSection, TextBlock } from '../compare/sections-text.ts';
import { percent, type DocumentSharing } from '../compare/similarity.ts';
import { cleanTyped, xmlSafe } from './typed-text.ts';

/** One agreement's text by section, as `/data/tekst/<slug>.json` publishes it. */
export interface AgreementText {
  slug: string;
  /** The agreement page's path, e.g. `/avtaler/bodo-2018/`. */
  url: string;
  title: string;
  municipality: string;
  policeDistrict: { name: string; shortName: string };
  language: Language;
  signed: string | null;
  sections: Array<{
    key?: SectionKey;
    id?: string;
    heading?: string;
    blocks: TextBlock[];
    words: number;
    /** Whole percent of the words found in other municipalities' agreements. */
    sharedPercent: number;
  }>;
}

/** The text of one agreement for the draft builder and the open data. */
export function agreementText(
  doc: { id: string; data: { title: string; language: Language; signed?: { date: string } | undefined } },
  names: { municipality: string; policeDistrict: { name: string; shortName: string } },
  sections: readonly AgreementSection[],
  sharing: DocumentSharing | undefined,
): AgreementText {
  return {
    slug: doc.id,
    url: agreementUrl(doc.id),
    title: doc.data.title,
    municipality: names.municipality,
    policeDistrict: names.policeDistrict,
    language: doc.data.language,
    signed: doc.data.signed?.date ?? null,
    sections: sections.map((s, i) => {
      const out: AgreementText['sections'][number] = {
        blocks: s.blocks,
        words: sharing?.sections[i]?.words ?? 0,
        sharedPercent: percent(sharing?.sections[i]?.share ?? 0),
      };
      if (s.key) out.key = s.key;
      if (s.id) out.id = s.id;
      if (s.heading) out.heading = s.heading;
      return out;
    }),
  };
}

/** The reader's choice: for each canonical section, the agreement to take it from. */
export type DraftChoices = Partial<Record<SectionKey, string>>;

/** The reader's names for the new agreement's parties; empty keeps the source's names. */
export interface DraftNames {
  municipality: string;
  policeDistrict?: { id: string; name: string; shortName: string };
}

/** A draft's choice as the address holds it, and what in the address was not understood. */
export interface DraftParams {
  choices: DraftChoices;
  names: { municipality: string; policeDistrict: string };
  /** Parameters that name no canonical section, e.g. `?politiraad=…`. */
  unknownParams: string[];
}

/** The address parameters of the names. */
export const DRAFT_NAME_PARAMS = { municipality: 'kommune', policeDistrict: 'distrikt' } as const;

/** Reads a draft from the address: `?kommune=…&distrikt=…&<section key>=<slug>…`. */
export function parseDraftParams(params: URLSearchParams): DraftParams {
  const choices: DraftChoices = {};
  const unknownParams: string[] = [];
  for (const [name, value] of params) {
    if (name === DRAFT_NAME_PARAMS.municipality || name === DRAFT_NAME_PARAMS.policeDistrict) continue;
    if (isSectionKey(name)) {
      if (value.trim() !== '') choices[name] = value.trim();
    } else if (!unknownParams.includes(name)) {
      unknownParams.push(name);
    }
  }
  return {
    choices,
    names: {
      municipality: cleanTyped(params.get(DRAFT_NAME_PARAMS.municipality) ?? ''),
      policeDistrict: cleanTyped(params.get(DRAFT_NAME_PARAMS.policeDistrict) ?? ''),
    },
    unknownParams,
  };
}

/** The address query of a draft, sections in canonical order. */
export function draftQuery(choices: DraftChoices, names: { municipality: string; policeDistrict: string }): string {
  const params = new URLSearchParams();
  if (names.municipality) params.set(DRAFT_NAME_PARAMS.municipality, names.municipality);
  if (names.policeDistrict) params.set(DRAFT_NAME_PARAMS.policeDistrict, names.policeDistrict);
  for (const key of SECTION_KEYS) if (choices[key]) params.set(key, choices[key]);
  return params.toString();
}

/** A piece of draft text: as in the source, or a name the reader's replaced. */
export interface DraftPiece {
  text: string;
  replaced: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the source agreement's municipality and police district names
 * with the reader's, as whole words: the district's full name first
 * ("Øst politidistrikt"), then its short name alone ("Nordland"), then the
 * municipality's name. An empty new name leaves the source's name.
 */
export function replaceNames(
  text: string,
  from: { municipality: string; policeDistrict: { name: string; shortName: string } },
  to: DraftNames,
): DraftPiece[] {
  const pairs: Array<[string, string]> = [];
  if (to.policeDistrict) {
    pairs.push([from.policeDistrict.name, to.policeDistrict.name], [from.policeDistrict.shortName, to.policeDistrict.shortName]);
  }
  if (to.municipality) pairs.push([from.municipality, to.municipality]);
  const active = pairs.filter(([a, b]) => a !== '' && a !== b);
  if (active.length === 0) return text === '' ? [] : [{ text, replaced: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${active.map(([a]) => escapeRegExp(a)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const replacement = new Map(active);
  const pieces: DraftPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), replaced: false });
    pieces.push({ text: replacement.get(m[0])!, replaced: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), replaced: false });
  return pieces;
}

/** A block of the draft: the source block's form, its text in pieces. */
export interface DraftBlock {
  kind: TextBlock['kind'];
  depth: number;
  number?: number;
  pieces: DraftPiece[];
}

/** One section of the draft, with a note of where it came from. */
export interface DraftSection {
  key: SectionKey;
  /** Its number in the draft (1, 2, …). */
  number: number;
  /** The canonical title. */
  title: string;
  language: Language;
  source: { slug: string; title: string; municipality: string; heading?: string; url: string };
  blocks: DraftBlock[];
}

/** A problem with a choice: the agreement is unknown, or has no such section. */
export interface DraftProblem {
  key: SectionKey;
  slug: string;
  reason: 'unknown-agreement' | 'missing-section';
}

/** The assembled draft. */
export interface Draft {
  title: string;
  sections: DraftSection[];
  problems: DraftProblem[];
}

/** Words a draft needs from the UI: the canonical titles and how a title reads. */
export interface DraftLabels {
  sectionTitles: Record<SectionKey, string>;
  title: (municipality: string, policeDistrict: string) => string;
  placeholderMunicipality: string;
  placeholderDistrict: string;
}

/** Assembles the draft from the reader's choices and the chosen agreements' texts. */
export function buildDraft(
  choices: DraftChoices,
  texts: ReadonlyMap<string, AgreementText>,
  names: DraftNames,
  labels: DraftLabels,
): Draft {
  const sections: DraftSection[] = [];
  const problems: DraftProblem[] = [];
  names = { ...names, municipality: cleanTyped(names.municipality) };
  for (const key of SECTION_KEYS) {
    const slug = choices[key];
    if (!slug) continue;
    const text = texts.get(slug);
    if (!text) {
      problems.push({ key, slug, reason: 'unknown-agreement' });
      continue;
    }
    const section = text.sections.find((s) => s.key === key);
    if (!section) {
      problems.push({ key, slug, reason: 'missing-section' });
      continue;
    }
    const source: DraftSection['source'] = {
      slug,
      title: text.title,
      municipality: text.municipality,
      url: section.id ? `${text.url}#${section.id}` : text.url,
    };
    if (section.heading) source.heading = section.heading;
    sections.push({
      key,
      number: sections.length + 1,
      title: labels.sectionTitles[key],
      language: text.language,
      source,
      blocks: section.blocks.map((b) => {
        const block: DraftBlock = { kind: b.kind, depth: b.depth, pieces: replaceNames(b.text, text, names) };
        if (b.number !== undefined) block.number = b.number;
        return block;
      }),
    });
  }
  return {
    title: labels.title(names.municipality || labels.placeholderMunicipality, names.policeDistrict?.name || labels.placeholderDistrict),
    sections,
    problems,
  };
}

/** A block's plain text. */
export function blockText(block: DraftBlock): string {
  return block.pieces.map((p) => p.text).join('');
}

/**
 * Escapes what Markdown would read as markup, so the text comes out as
 * written: emphasis, code, links, tags, tables, `~~` strikethrough and `&`
 * entities; control characters (but line breaks and tabs) are removed.
 */
function markdownText(text: string): string {
  return xmlSafe(text)
    .replace(/[\u007F-\u009F]/g, '')
    .replace(/([\\`*_[\]<>|~&])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/gm, (_, space: string, mark: string) => `${space}${mark.replace(/([#+.)-])/, '\\$1')}`)
    .replace(/\n/g, '\\\n');
}

/** The source note of a section, one line. */
export type SourceNote = (section: DraftSection) => string;

/** The draft as Markdown: a title, a note, then each section with its source note. */
export function draftToMarkdown(draft: Draft, intro: string, note: SourceNote, origin: string): string {
  const lines: string[] = [`# ${markdownText(draft.title)}`, '', `*${markdownText(intro)}*`];
  for (const s of draft.sections) {
    lines.push('', `## ${s.number}. ${markdownText(s.title)}`, '', `*${markdownText(note(s))}* <${origin}${s.source.url}>`, '');
    let previous: DraftBlock | undefined;
    for (const b of s.blocks) {
      const text = markdownText(blockText(b));
      const inList = b.kind === 'item' && previous?.kind === 'item';
      if (previous && !inList) lines.push('');
      if (b.kind === 'heading') lines.push(`### ${text}`);
      else if (b.kind === 'item') lines.push(`${'  '.repeat(b.depth)}${b.number !== undefined ? `${b.number}.` : '-'} ${text.replace(/\\\n/g, '\\\n  ')}`);
      else if (b.kind === 'row') lines.push(text.replace(/\t/g, ' '));
      else lines.push(text);
      previous = b;
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The draft as a Word document, built with the `docx` library handed in. */
export function draftToDocx(draft: Draft, docx: typeof Docx, intro: string, note: SourceNote, origin: string): Docx.Document {
  const { Document, Paragraph, TextRun, HeadingLevel, ExternalHyperlink } = docx;
  const language = (lang: Language) => ({ value: lang === 'nn' ? 'nn-NO' : 'nb-NO' });
  const runs = (block: DraftBlock, lang: Language) =>
    block.pieces.flatMap((piece) =>
      xmlSafe(piece.text).split(/(\n|\t)/).flatMap((part, i): Docx.TextRun[] => {
        if (part === '\n') return [new TextRun({ text: '', break: 1, language: language(lang) })];
        if (part === '\t') return [new TextRun({ children: [new docx.Tab()] })];
        if (part === '' && i > 0) return [];
        return [new TextRun({ text: part, language: language(lang) })];
      }),
    );
  // Every string goes through xmlSafe: a character XML forbids (U+FFFE, a control character) makes a .docx that Word refuses to open.
  const title = xmlSafe(draft.title);
  const children: Docx.Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title, language: language('nb') })] }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(intro), italics: true })] }),
  ];
  for (const s of draft.sections) {
    const link = xmlSafe(`${origin}${s.source.url}`);
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(`${s.number}. ${s.title}`))] }),
      new Paragraph({
        children: [
          new TextRun({ text: `${xmlSafe(note(s))} `, italics: true }),
          new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink' })] }),
        ],
      }),
    );
    for (const b of s.blocks) {
      if (b.kind === 'heading') {
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(b, s.language) }));
      } else if (b.kind === 'item' && b.number === undefined) {
        children.push(new Paragraph({ bullet: { level: Math.min(b.depth, 8) }, children: runs(b, s.language) }));
      } else if (b.kind === 'item') {
        children.push(
          new Paragraph({
            indent: { left: 720 * (b.depth + 1), hanging: 360 },
            children: [new TextRun({ text: `${b.number}.`, language: language(s.language) }), new TextRun({ children: [new docx.Tab()] }), ...runs(b, s.language)],
          }),
        );
      } else {
        children.push(new Paragraph({ children: runs(b, s.language) }));
      }
    }
  }
  return new Document({
    title,
    description: xmlSafe(intro),
    creator: 'Politirådsavtaler',
    sections: [{ children }],
  });
}
