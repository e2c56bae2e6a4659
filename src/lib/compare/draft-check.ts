/**
 * A reader's own draft held against the register. The draft's text is split
 * into sections by the importer's steps (src/lib/import: clean, reflow,
 * structure, Markdown) and read back as sections like the register's
 * (`splitSections`); each section is aligned with one of the template's
 * sections (by its heading, else by its closest clause); its words are marked
 * shared where they stand near-verbatim in an agreement of the register (the
 * rule of similarity.ts: a run of at least five words) and the draft's own
 * elsewhere; and beside it stand the register's closest clauses.
 *
 * Pure: the page fetches the register's texts and hands them in; nothing
 * here reaches the network.
 */
import type { Language } from '../content/schema.ts';
import { SECTION_TITLES, sectionKeyOfTitle, type SectionKey } from '../content/sections.ts';
import { QUOTE_MARKS, quotedParts } from '../quoted.ts';
import { cleanText } from '../import/clean.ts';
import type { Vocabulary } from '../import/hyphenation.ts';
import { renderBody } from '../import/markdown.ts';
import { languageOf } from '../import/document-language.ts';
import { reflowText } from '../import/reflow.ts';
import { documentStructure } from '../import/structure.ts';
import { escapeHtml } from '../escape-html.ts';
import { dice } from './align.ts';
import { isMarkdownDraft, markdownDraftText } from './draft-markdown.ts';
import type { RedlineSectionInput } from './redline.ts';
import { splitSections, type AgreementSection } from './sections-text.ts';
import { analyseSharing, MIN_SHARED_RUN, pairOverlap, percent, words, type Segment } from './similarity.ts';

/** The longest draft the page takes, in characters (the longest agreement in the register is about 30 000). */
export const MAX_DRAFT_CHARACTERS = 300_000;

/** How many of the register's clauses stand beside each section. */
export const CLOSEST_CLAUSES = 3;

/** What is wrong with a draft's text, if anything. */
export type DraftInputProblem = { kind: 'empty' } | { kind: 'too-large'; characters: number };

/** Checks a draft's text before any work is done on it. */
export function draftInputProblem(text: string): DraftInputProblem | undefined {
  if (text.length > MAX_DRAFT_CHARACTERS) return { kind: 'too-large', characters: text.length };
  if (words(text).length === 0) return { kind: 'empty' };
  return undefined;
}

/** The draft split into sections, and whether it had any headings. */
export interface DraftText {
  sections: AgreementSection[];
  headings: boolean;
}

/**
 * Plain text from a draft that may be Markdown (the /utkast/ download): heading
 * marks and backslash escapes go (any ASCII punctuation, as CommonMark reads
 * them, so every escape `markdownText` writes), and a backslash hard break
 * becomes a line break, so the importer's heading rules see
 * "1. Innledning / formål" as the reader does. Plain text passes unchanged.
 */
export function draftPlainText(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\\\n/g, '\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Splits a draft's plain text (or Markdown) into sections by the importer's
 * steps; `headings` are titles known to be headings (a Word file's heading
 * styles, as the importer reads them). Text is re-flowed as the importer
 * re-flows it (`reflowText`: a paste from a PDF reader or a text export
 * breaks every line at a width, and a paragraph's lines are joined again),
 * then its headings are found by the importer's rules. A line-end hyphen is
 * read with the draft's own words and the register's (`register`, called
 * only for a draft with such a hyphen). A pasted draft in Markdown (one with
 * `#` headings, as /utkast/ downloads) is read as its structure instead
 * (`draft-markdown.ts`), not re-flowed: its headings named as a Word file's
 * are, its marks gone, its paragraphs as Markdown has them. A Word file's
 * text (`from: 'docx'`) is never taken for Markdown; with `word`, what its
 * styles say is read as the importer reads it (`importText`): with two section
 * headings or more, a line is a heading only when its style says so, and a
 * note's paragraph is never a list item.
 */
export function draftSections(
  text: string,
  headings: readonly string[] = [],
  from: 'paste' | 'docx' = 'paste',
  register: () => Vocabulary | undefined = () => undefined,
  word?: WordStyles,
): DraftText {
  const markdown = from === 'paste' && isMarkdownDraft(text) ? markdownDraftText(text) : undefined;
  const plain = markdown?.text ?? draftPlainText(text);
  const cleaned = cleanText(plain);
  const known = [...headings, ...(markdown?.headings ?? []), ...cleaned.tocTitles];
  const blocks = markdown ? cleaned.blocks : reflowText(plain, cleaned.blocks, known, register).blocks;
  const structure = documentStructure(blocks, {
    tocTitles: known,
    casePresentation: false,
    // As importText takes a Word file's styles: its heading styles only when they mark two sections or more.
    ...(word && headings.length >= 2 ? { headingStyles: { sections: headings, subheadings: word.subheadings } } : {}),
    ...(word && word.notes.length > 0 ? { notes: new Set(word.notes) } : {}),
  });
  // A Markdown draft's text comes escaped (draft-markdown.ts); plain text's escapes were undone (draftPlainText).
  const sections = splitSections(renderBody(structure, markdown ? 'markdown' : 'plain')).filter((s) => s.blocks.length > 0 || s.heading);
  return { sections, headings: structure.sections.length > 0 };
}

/** What a Word file's styles say of its lines beside its section headings: the headings below them, and its notes' paragraphs. */
export interface WordStyles {
  subheadings: readonly string[];
  notes: readonly string[];
}

/** One document of the register as the check reads it (`/data/tekst/<slug>.json` plus its short name). */
export interface RegisterText {
  slug: string;
  label: string;
  /** Documents of one municipality count as one source of shared text. */
  municipality: string;
  /** The document's language, which its headings are quoted in. */
  language: Language;
  sections: readonly RedlineSectionInput[];
}

/** A clause of the register close to a section of the draft. */
export interface ClosestClause {
  slug: string;
  label: string;
  heading: string;
  /** The heading's language: the document's, or bokmål for the template's title of an untitled section. */
  headingLanguage: Language;
  key?: SectionKey;
  id?: string;
  /** Of the draft section's words, how many stand in this clause in runs of five or more. */
  shared: number;
  /** That as a share of the draft section's words (0–1). */
  share: number;
}

/** One section of the checked draft. */
export interface CheckedSection {
  heading?: string;
  /** The text before the first heading, a section, or the signature block (which has no heading). */
  part: AgreementSection['part'];
  /**
   * Its language, by its own words (the draft's where they do not tell): a draft from the builder takes each section
   * from any agreement, nynorsk or bokmål.
   */
  language: Language;
  /** The template's section it corresponds to, and how that was found. */
  aligned?: { key: SectionKey; by: 'heading' | 'content' };
  /** Per block, its text as shared and own segments (`local` = the draft's own). */
  blocks: Array<{ kind: AgreementSection['blocks'][number]['kind']; depth: number; number?: number; segments: Segment[] }>;
  words: number;
  shared: number;
  closest: ClosestClause[];
}

/** The checked draft. */
export interface DraftCheck {
  headings: boolean;
  /** The draft's language, by the importer's rule (a section whose words do not tell has it). */
  language: Language;
  sections: CheckedSection[];
  words: number;
  shared: number;
}

const DRAFT_ID = '\u0000draft';
const contentWords = (text: string) => [...new Set(words(text).map((w) => w.norm).filter((w) => w.length >= 4))];
const sectionText = (s: { blocks: readonly { text: string }[] }) => s.blocks.map((b) => b.text).join('\n');

/** Holds a draft's sections against the register's documents. */
export function checkDraft(draft: DraftText, register: readonly RegisterText[]): DraftCheck {
  const sharing = analyseSharing(
    [...register.map((r) => ({ id: r.slug, group: r.municipality, sections: r.sections as AgreementSection[] })), { id: DRAFT_ID, group: DRAFT_ID, sections: draft.sections }],
    MIN_SHARED_RUN,
    new Set([DRAFT_ID]),
  ).get(DRAFT_ID);
  const clauses = register.flatMap((doc) =>
    doc.sections.map((s) => ({ doc, section: s, text: sectionText(s), content: contentWords(sectionText(s)) })).filter((c) => c.text !== ''),
  );
  const partText = (s: AgreementSection) => `${s.heading ?? ''}\n${sectionText(s)}`;
  const language = languageOf(draft.sections.map(partText).join('\n'));
  const sections = draft.sections.map((section, i): CheckedSection => {
    const figures = sharing?.sections[i];
    const text = sectionText(section);
    const mine = contentWords(text);
    // The template's section its heading names: the importer keys only the first heading of a section (a document's key marks one), a draft may have two.
    const key = section.key ?? (section.heading ? sectionKeyOfTitle(section.heading) : undefined);
    // Candidates: the clauses of the documents the shared-text analysis found, those of the same key, and the ten most alike in words.
    const sharedWith = new Set(figures?.sharedWith ?? []);
    const byWords = clauses
      .map((c) => ({ c, score: dice(mine, c.content) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 10)
      .map((x) => x.c);
    const candidates = new Set([...clauses.filter((c) => sharedWith.has(c.doc.slug) || (key && c.section.key === key)), ...byWords]);
    const closest = [...candidates]
      .map((c) => ({ c, overlap: pairOverlap(text, c.text), sameKey: key !== undefined && c.section.key === key, score: dice(mine, c.content) }))
      // A clause is close when it holds some of the section's text, or is the same section of the template.
      .filter((x) => x.overlap.shared > 0 || x.sameKey)
      .sort((a, b) => b.overlap.shared - a.overlap.shared || Number(b.sameKey) - Number(a.sameKey) || b.score - a.score || a.c.doc.slug.localeCompare(b.c.doc.slug))
      .slice(0, CLOSEST_CLAUSES)
      .map(({ c, overlap }): ClosestClause => {
        const out: ClosestClause = {
          slug: c.doc.slug,
          label: c.doc.label,
          heading: c.section.heading ?? (c.section.key ? SECTION_TITLES[c.section.key].nb : ''),
          headingLanguage: c.section.heading === undefined ? 'nb' : c.doc.language,
          shared: overlap.shared,
          share: overlap.share,
        };
        if (c.section.key) out.key = c.section.key;
        if (c.section.id) out.id = c.section.id;
        return out;
      });
    const out: CheckedSection = {
      part: section.part,
      language: languageOf(partText(section), language),
      blocks: section.blocks.map((b, k) => {
        const block: CheckedSection['blocks'][number] = { kind: b.kind, depth: b.depth, segments: figures?.blocks[k] ?? [{ text: b.text, local: true }] };
        if (b.number !== undefined) block.number = b.number;
        return block;
      }),
      words: figures?.words ?? 0,
      shared: figures?.shared ?? 0,
      closest,
    };
    if (section.heading) out.heading = section.heading;
    const contentKey = closest.find((c) => c.key)?.key;
    // A signature block has no heading: the importer's rules found it by its lines.
    if (key) out.aligned = { key, by: section.part === 'signatures' ? 'content' : 'heading' };
    else if (contentKey && out.words >= 20) out.aligned = { key: contentKey, by: 'content' };
    return out;
  });
  return {
    headings: draft.headings,
    language,
    sections,
    words: sections.reduce((n, s) => n + s.words, 0),
    shared: sections.reduce((n, s) => n + s.shared, 0),
  };
}

/** The words the HTML needs (src/strings.ts `draftCheck`). */
export interface DraftCheckLabels {
  resultHeading: string;
  summary: (sharedPercent: number, words: number) => string;
  legend: string;
  legendShared: string;
  legendOwn: string;
  sharedStart: string;
  sharedEnd: string;
  alignedKey: (title: string) => string;
  alignedContent: (title: string) => string;
  alignedNone: string;
  sectionShare: (sharedPercent: number, words: number) => string;
  closest: string;
  closestNone: string;
  closestItem: (label: string, heading: string, sharedPercent: number) => string;
  /** A clause of the same section of the template with no text in common. */
  closestSameSection: (label: string, heading: string) => string;
  preamble: string;
  /** A section's place ("Del 2 av 4:"), which with its heading names its region, so two sections of one heading are told apart. */
  sectionRegion: (part: number, parts: number) => string;
  /** The name of a signature block, which has no heading of its own. */
  signatures: string;
}

/**
 * The checked draft as HTML: a summary, a legend, then per section its
 * heading, what it corresponds to, its text with the draft's own words in
 * `<mark data-text="own">` and shared words in `<span data-text="shared">`
 * (each announced in words), and the closest clauses with links. Each
 * section is a region named by its place and its heading ("Del 2 av 4:
 * Politiråd": a draft may repeat a heading, and two regions of one name cannot be
 * told apart in a list of landmarks); its closest clauses stand under a heading of
 * their own in it, not as a landmark. A nynorsk section's text and heading carry
 * `lang="nn"` (each section by its own words: a builder's draft may mix the two);
 * the region's name keeps it, as `aria-labelledby` the place, in a `hidden` element
 * of its own (as the redline's, redline-writers.ts), and the heading (an
 * `aria-label` has no language).
 */
export function draftCheckHtml(check: DraftCheck, labels: DraftCheckLabels, clauseUrl: (slug: string, id: string | undefined) => string): string {
  // A nynorsk section's text and heading are marked so (the page is bokmål), and the page's words read aloud inside it as bokmål.
  const segment = (s: Segment, nynorsk: boolean) => {
    const hidden = (t: string) => `<span class="visually-hidden"${nynorsk ? ' lang="nb"' : ''}>${escapeHtml(t)}</span>`;
    const text = escapeHtml(s.text).replace(/\n/g, '<br>');
    if (s.text.trim() === '') return text;
    return s.local ? `<mark data-text="own">${text}</mark>` : `<span data-text="shared">${hidden(labels.sharedStart)}${text}${hidden(labels.sharedEnd)}</span>`;
  };
  const out: string[] = [
    `<h2 class="ds-heading" data-size="sm" id="draft-check-result">${escapeHtml(labels.resultHeading)}</h2>`,
    `<p data-draft-summary>${escapeHtml(labels.summary(percent(check.words === 0 ? 0 : check.shared / check.words), check.words))}</p>`,
    `<p class="redline-legend">${escapeHtml(labels.legend)} <span data-text="shared">${escapeHtml(labels.legendShared)}</span>, <mark data-text="own">${escapeHtml(labels.legendOwn)}</mark>.</p>`,
  ];
  check.sections.forEach((s, i) => {
    const id = `draft-section-${i + 1}`;
    const aligned = s.aligned
      ? (s.aligned.by === 'heading' ? labels.alignedKey : labels.alignedContent)(SECTION_TITLES[s.aligned.key].nb)
      : labels.alignedNone;
    const heading = s.heading ?? (s.part === 'signatures' ? labels.signatures : labels.preamble);
    const own = s.language === 'nn' ? ' lang="nn"' : '';
    out.push(
      `<section class="draft-check-section" aria-labelledby="${id}-place ${id}" data-aligned="${s.aligned?.key ?? ''}">`,
      `<span id="${id}-place" hidden>${escapeHtml(labels.sectionRegion(i + 1, check.sections.length))}</span>`,
      `<h3 id="${id}"${s.heading ? own : ''}>${escapeHtml(heading)}</h3>`,
      `<p class="redline-note">${escapeHtml(aligned)} ${escapeHtml(labels.sectionShare(percent(s.words === 0 ? 0 : s.shared / s.words), s.words))}</p>`,
      `<div class="redline-text"${own}>`,
    );
    let list: 'ul' | 'ol' | undefined;
    for (const b of s.blocks) {
      const inner = b.segments.map((g) => segment(g, s.language === 'nn')).join('');
      if (b.kind === 'item') {
        const tag = b.number === undefined ? 'ul' : 'ol';
        if (list !== tag) {
          if (list) out.push(`</${list}>`);
          out.push(`<${tag}>`);
          list = tag;
        }
        out.push(`<li${b.number !== undefined ? ` value="${b.number}"` : ''}${b.depth > 0 ? ` data-depth="${b.depth}"` : ''}>${inner}</li>`);
        continue;
      }
      if (list) out.push(`</${list}>`);
      list = undefined;
      out.push(b.kind === 'heading' ? `<h4>${inner}</h4>` : `<p>${inner}</p>`);
    }
    if (list) out.push(`</${list}>`);
    // Under a heading of its own, in the section: no landmark (a complementary one per section, all of one name, inside the section's region, was noise).
    out.push('</div>', '<div class="draft-closest">', `<h4>${escapeHtml(labels.closest)}</h4>`);
    if (s.closest.length === 0) out.push(`<p>${escapeHtml(labels.closestNone)}</p>`);
    else {
      out.push('<ul>');
      for (const c of s.closest) {
        // The heading is quoted as written, in its document's language.
        const label = c.shared > 0 ? labels.closestItem(c.label, QUOTE_MARKS[0], percent(c.share)) : labels.closestSameSection(c.label, QUOTE_MARKS[0]);
        const text = quotedParts(label, [c.heading])
          .map((part) => (typeof part === 'string' ? escapeHtml(part) : `<span lang="${c.headingLanguage}">${escapeHtml(part.quoted)}</span>`))
          .join('');
        out.push(`<li><a class="ds-link" href="${escapeHtml(clauseUrl(c.slug, c.id))}" data-closest="${escapeHtml(c.slug)}">${text}</a></li>`);
      }
      out.push('</ul>');
    }
    out.push('</div>', '</section>');
  });
  return out.join('\n');
}
