/**
 * The redline (redline.ts) written out: as HTML (the «Hva er endret» page at
 * build time and the same view in the browser, one writer for both), as
 * Markdown (CriticMarkup: `{++lagt til++}`, `{--fjernet--}`) and as a Word
 * document with real tracked changes (the `docx` library's inserted and
 * deleted runs, so Word can accept or reject each one).
 *
 * Pure: words come in as `RedlineLabels` (from src/strings.ts), and the docx
 * library is handed in, so the browser loads it only when asked for.
 */
import type * as Docx from 'docx';
import type { Language } from '../content/schema.ts';
import { SECTION_TITLES } from '../content/sections.ts';
import { markdownText as escapeMarkdown } from '../markdown-text.ts';
import { escapeHtml } from '../escape-html.ts';
import { QUOTE_MARKS, quotedParts, quotedText, type QuotedPart } from '../quoted.ts';
import type { Piece, Redline, RedlineBlock, SectionChange } from './redline.ts';
import { percent } from './similarity.ts';

/** The words the writers need, in the UI language. */
export interface RedlineLabels {
  title: (from: string, to: string) => string;
  fromTo: (fromTitle: string, toTitle: string) => string;
  summary: string;
  added: (n: number) => string;
  removed: (n: number) => string;
  changed: (n: number) => string;
  unchanged: (n: number) => string;
  share: (percent: number, inserted: number, deleted: number, oldWords: number, newWords: number) => string;
  legend: string;
  legendInserted: string;
  legendDeleted: string;
  /** Read by a screen reader before and after an insertion or deletion. */
  insStart: string;
  insEnd: string;
  delStart: string;
  delEnd: string;
  status: Record<SectionChange['status'], string>;
  before: (heading: string) => string;
  matchedByKey: (title: string) => string;
  matchedBySimilarity: (percent: number) => string;
  sectionWords: (inserted: number, deleted: number) => string;
  preamble: string;
  inFrom: (label: string) => string;
  inTo: (label: string) => string;
  markdownNote: string;
  docxNote: string;
  author: string;
  /** A section's place ("Del 2 av 14:"), which with its heading and status names its region, so two sections of one heading are told apart. */
  sectionRegion: (part: number, parts: number) => string;
}

/** A section's title: its heading in the new text, else in the old, else the template's title or the preamble's label. */
export function sectionTitle(section: SectionChange, labels: Pick<RedlineLabels, 'preamble'>): string {
  const side = section.new ?? section.old;
  if (side?.heading) return side.heading;
  if (side?.key) return SECTION_TITLES[side.key].nb;
  return labels.preamble;
}

/** The heading of the other side when it differs ("Før: «2. Politirådets organer og oppgaver»"). */
function renamedFrom(section: SectionChange): string | undefined {
  const before = section.old?.heading;
  return section.new && before && before !== section.new.heading ? before : undefined;
}

/**
 * The line under a section's heading: what it was called, how it was paired, how many words changed; the old
 * heading it quotes as a quoted part (in the old document's language).
 */
function sectionNoteParts(section: SectionChange, labels: RedlineLabels): QuotedPart[] {
  const parts: string[] = [];
  const before = renamedFrom(section);
  if (before) parts.push(labels.before(QUOTE_MARKS[0]));
  if (section.matchedBy === 'key' && section.new?.key) parts.push(labels.matchedByKey(SECTION_TITLES[section.new.key].nb));
  if (section.matchedBy === 'similarity') parts.push(labels.matchedBySimilarity(percent(section.similarity ?? 0)));
  if (section.status !== 'unchanged') parts.push(labels.sectionWords(section.words.inserted, section.words.deleted));
  return quotedParts(parts.join(' '), before ? [before] : []);
}

/** The line under a section's heading, as plain text. */
export function sectionNote(section: SectionChange, labels: RedlineLabels): string {
  return quotedText(sectionNoteParts(section, labels));
}

/** The summary lines, in order. */
export function summaryLines(r: Redline, labels: RedlineLabels): string[] {
  const s = r.summary;
  return [
    labels.added(s.added),
    labels.removed(s.removed),
    labels.changed(s.changed),
    labels.unchanged(s.unchanged),
    labels.share(percent(s.changedShare), s.words.inserted, s.words.deleted, s.words.old, s.words.new),
  ];
}

// ── HTML ────────────────────────────────────────────────────────────────────

/** A piece as HTML; `deletedLang`: the old text's language where it is not the section's (removed words are the old text's). */
function pieceHtml(piece: Piece, labels: RedlineLabels, deletedLang?: Language): string {
  const text = escapeHtml(piece.text).replace(/\n/g, '<br>');
  const hidden = (t: string) => `<span class="visually-hidden" lang="nb">${escapeHtml(t)}</span>`;
  if (piece.change === 'ins') return `<ins>${hidden(labels.insStart)}${text}${hidden(labels.insEnd)}</ins>`;
  if (piece.change === 'del') return `<del${deletedLang ? ` lang="${deletedLang}"` : ''}>${hidden(labels.delStart)}${text}${hidden(labels.delEnd)}</del>`;
  return text;
}

function blocksHtml(blocks: readonly RedlineBlock[], labels: RedlineLabels, deletedLang?: Language): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = undefined;
  };
  for (const b of blocks) {
    const inner = b.pieces.map((p) => pieceHtml(p, labels, deletedLang)).join('');
    const attrs = ` data-change="${b.change}"`;
    if (b.kind === 'item') {
      const tag = b.number === undefined ? 'ul' : 'ol';
      if (list !== tag) {
        closeList();
        out.push(`<${tag}>`);
        list = tag;
      }
      out.push(`<li${attrs}${b.number !== undefined ? ` value="${b.number}"` : ''}${b.depth > 0 ? ` data-depth="${b.depth}"` : ''}>${inner}</li>`);
      continue;
    }
    closeList();
    if (b.kind === 'heading') out.push(`<h3 class="redline-subheading"${attrs}>${inner}</h3>`);
    else out.push(`<p${b.kind === 'row' ? ' class="text-row"' : ''}${attrs}>${inner}</p>`);
  }
  closeList();
  return out.join('\n');
}

/** The prefix of a redline page's ids, the same in the redline the build writes and the one the browser writes. */
export const REDLINE_ID_PREFIX = 'endring';

/** Where the HTML's links and ids come from. */
export interface RedlineHtmlOptions {
  /** Prefix of the ids the HTML gives its headings (unique on the page): REDLINE_ID_PREFIX where the build's redline and the browser's must agree. */
  idPrefix: string;
  /** A document's page at a clause (routes.ts `agreementUrl`). */
  clauseUrl: (slug: string, id: string | undefined) => string;
}

/**
 * The redline as HTML: a summary with the counts, a legend, then each
 * section with its status in words, a note and the marked-up text, a region
 * named by its place as well as its heading (a document may repeat a heading):
 * `aria-labelledby` the place, in an element of its own, and the heading, so the
 * heading's title keeps its language in the name (an `aria-label` has none). The
 * place is `hidden`: a name is read from hidden text too, and shown it would be
 * read twice in the page.
 * Insertions are `<ins>`, deletions `<del>`, each with words a screen reader
 * reads ("lagt til", "fjernet"), so the change is never told by colour alone.
 */
export function redlineHtml(r: Redline, labels: RedlineLabels, options: RedlineHtmlOptions): string {
  const id = (suffix: string) => `${options.idPrefix}-${suffix}`;
  const out: string[] = [
    `<section class="redline-summary" aria-labelledby="${id('summary')}" data-redline-summary>`,
    `<h2 class="ds-heading" data-size="sm" id="${id('summary')}">${escapeHtml(labels.summary)}</h2>`,
    `<p>${escapeHtml(labels.fromTo(r.from.title, r.to.title))}</p>`,
    '<ul>',
    ...summaryLines(r, labels).map((line, i) => `<li data-summary="${['added', 'removed', 'changed', 'unchanged', 'share'][i]}">${escapeHtml(line)}</li>`),
    '</ul>',
    `<p class="redline-legend">${escapeHtml(labels.legend)} <ins>${escapeHtml(labels.legendInserted)}</ins>, <del>${escapeHtml(labels.legendDeleted)}</del>.</p>`,
    '</section>',
  ];
  r.sections.forEach((s, i) => {
    const headingId = id(`s${i + 1}`);
    const lang = s.status === 'removed' ? r.from.language : r.to.language;
    const links: string[] = [];
    if (s.old) links.push(`<a class="ds-link" href="${escapeHtml(options.clauseUrl(r.from.slug, s.old.id))}">${escapeHtml(labels.inFrom(r.from.label))}</a>`);
    if (s.new) links.push(`<a class="ds-link" href="${escapeHtml(options.clauseUrl(r.to.slug, s.new.id))}">${escapeHtml(labels.inTo(r.to.label))}</a>`);
    const placeId = `${headingId}-place`;
    const title = sectionTitle(s, labels);
    const status = `(${labels.status[s.status]})`;
    out.push(
      `<section class="redline-section" data-status="${s.status}" aria-labelledby="${placeId} ${headingId}">`,
      `<span id="${placeId}" hidden>${escapeHtml(labels.sectionRegion(i + 1, r.sections.length))}</span>`,
      `<h2 class="ds-heading" data-size="xs" id="${headingId}"><span lang="${lang}">${escapeHtml(title)}</span> <span class="redline-status">${escapeHtml(status)}</span></h2>`,
      `<p class="redline-note">${sectionNoteParts(s, labels)
        .map((part) => (typeof part === 'string' ? escapeHtml(part) : `<span lang="${r.from.language}">${escapeHtml(part.quoted)}</span>`))
        .join('')} ${links.join(' · ')}</p>`,
      `<div class="redline-text" lang="${lang}">`,
      blocksHtml(s.blocks, labels, r.from.language !== lang ? r.from.language : undefined),
      '</div>',
      '</section>',
    );
  });
  return out.join('\n');
}

// ── Markdown ────────────────────────────────────────────────────────────────

/** Markdown-escaped text; braces too (CriticMarkup's marks), tabs as spaces. */
function markdownText(text: string): string {
  return escapeMarkdown(text.replace(/\t/g, ' ')).replace(/([{}])/g, '\\$1');
}

function markdownPieces(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => {
      const text = markdownText(p.text);
      if (p.change === 'same' || text.trim() === '') return text;
      // CriticMarkup keeps the white space outside the marks.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
      return p.change === 'ins' ? `${lead}{++${core}++}${trail}` : `${lead}{--${core}--}${trail}`;
    })
    .join('');
}

/** The redline as Markdown with CriticMarkup (`{++…++}` inserted, `{--…--}` deleted). */
export function redlineMarkdown(r: Redline, labels: RedlineLabels, origin: string, clauseUrl: RedlineHtmlOptions['clauseUrl']): string {
  const lines: string[] = [`# ${markdownText(labels.title(r.from.label, r.to.label))}`, '', markdownText(labels.fromTo(r.from.title, r.to.title)), '', `*${markdownText(labels.markdownNote)}*`, ''];
  lines.push(`## ${markdownText(labels.summary)}`, '', ...summaryLines(r, labels).map((l) => `- ${markdownText(l)}`));
  for (const s of r.sections) {
    lines.push('', `## ${markdownText(sectionTitle(s, labels))} (${markdownText(labels.status[s.status])})`, '');
    const note = sectionNote(s, labels);
    const links = [s.old ? `<${origin}${clauseUrl(r.from.slug, s.old.id)}>` : '', s.new ? `<${origin}${clauseUrl(r.to.slug, s.new.id)}>` : ''].filter(Boolean);
    lines.push(`*${markdownText(note)}* ${links.join(' ')}`.trim(), '');
    let previous: RedlineBlock | undefined;
    for (const b of s.blocks) {
      const text = markdownPieces(b.pieces);
      const inList = b.kind === 'item' && previous?.kind === 'item';
      if (previous && !inList) lines.push('');
      if (b.kind === 'heading') lines.push(`### ${text}`);
      else if (b.kind === 'item') lines.push(`${'  '.repeat(b.depth)}${b.number !== undefined ? `${b.number}.` : '-'} ${text.replace(/\\\n/g, '\\\n  ')}`);
      else lines.push(text);
      previous = b;
    }
  }
  return `${lines.join('\n')}\n`;
}

// ── Word ────────────────────────────────────────────────────────────────────

/**
 * The redline as a Word document: every insertion an inserted run, every
 * deletion a deleted run (tracked changes by `labels.author` at `date`),
 * unchanged text plain. Accepting all changes gives the new text; rejecting
 * all gives the old.
 */
export function redlineDocx(r: Redline, docx: typeof Docx, labels: RedlineLabels, date: string, origin: string, clauseUrl: RedlineHtmlOptions['clauseUrl']): Docx.Document {
  const { Document, Paragraph, TextRun, InsertedTextRun, DeletedTextRun, HeadingLevel, ExternalHyperlink } = docx;
  let nextId = 1;
  const language = (lang: Language) => ({ value: lang === 'nn' ? 'nn-NO' : 'nb-NO' });
  // Removed words are the old text's, in its language; the rest the section's.
  const runs = (pieces: readonly Piece[], lang: Language): Docx.ParagraphChild[] =>
    pieces.flatMap((piece) =>
      piece.text
        .replace(/\t/g, ' ')
        .split('\n')
        .map((text, i) => {
          const base = { text, language: language(piece.change === 'del' ? r.from.language : lang), ...(i > 0 ? { break: 1 } : {}) };
          if (piece.change === 'ins') return new InsertedTextRun({ ...base, id: nextId++, author: labels.author, date });
          if (piece.change === 'del') return new DeletedTextRun({ ...base, id: nextId++, author: labels.author, date });
          return new TextRun(base);
        }),
    );
  const link = (url: string) => new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] });
  const children: Docx.Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(labels.title(r.from.label, r.to.label))] }),
    new Paragraph({ children: [new TextRun(labels.fromTo(r.from.title, r.to.title))] }),
    new Paragraph({ children: [new TextRun({ text: labels.docxNote, italics: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.summary)] }),
    ...summaryLines(r, labels).map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] })),
  ];
  for (const s of r.sections) {
    const lang = s.status === 'removed' ? r.from.language : r.to.language;
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${sectionTitle(s, labels)} (${labels.status[s.status]})`)] }),
      new Paragraph({
        children: [
          new TextRun({ text: `${sectionNote(s, labels)} `, italics: true }),
          ...(s.old ? [link(`${origin}${clauseUrl(r.from.slug, s.old.id)}`), new TextRun(' ')] : []),
          ...(s.new ? [link(`${origin}${clauseUrl(r.to.slug, s.new.id)}`)] : []),
        ],
      }),
    );
    for (const b of s.blocks) {
      const content = runs(b.pieces, lang);
      if (b.kind === 'heading') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: content }));
      else if (b.kind === 'item' && b.number === undefined) children.push(new Paragraph({ bullet: { level: Math.min(b.depth, 8) }, children: content }));
      else if (b.kind === 'item') children.push(new Paragraph({ indent: { left: 720 * (b.depth + 1), hanging: 360 }, children: [new TextRun(`${b.number}. `), ...content] }));
      else children.push(new Paragraph({ children: content }));
    }
  }
  return new Document({
    title: labels.title(r.from.label, r.to.label),
    creator: labels.author,
    features: { trackRevisions: true },
    sections: [{ children }],
  });
}
