/**
 * An agreement's text split into its sections, as plain text: the preamble
 * before the first `##` heading, each `##` section (with its canonical key when
 * marked) and the signature block. The comparison matrix, the side-by-side
 * view, the shared-text analysis and the draft builder all read this.
 *
 * Pure: takes the MDX body, returns blocks of plain text (Markdown and MDX
 * markup removed, words and punctuation untouched). Headings and their ids
 * come from `parseHeadings`, the rule the page and the checker use.
 */
import { parseHeadings } from '../content/headings.ts';
import { isSectionKey, type SectionKey } from '../content/sections.ts';

/** One block of text as the reader sees it. */
export interface TextBlock {
  /** A paragraph, a list item, a sub-heading (`###`) or a table row. */
  kind: 'paragraph' | 'item' | 'heading' | 'row';
  /** Plain text; a hard line break (`<br />`) is a newline, table cells are joined by a tab. */
  text: string;
  /** List nesting (0 = top level); 0 for other blocks. */
  depth: number;
  /** For an item of a numbered list: the number as written in the document. */
  number?: number;
}

/** What part of the document a section is. */
export type SectionPart = 'preamble' | 'section' | 'signatures';

/** One section of an agreement. */
export interface AgreementSection {
  part: SectionPart;
  /**
   * The canonical key: the heading's marker, or `signaturer` for a signature
   * block the document gives no heading. Absent for the preamble and for
   * headings that are none of the template's sections.
   */
  key?: SectionKey;
  /** The heading's permalink id; absent for the preamble and a signature block without heading. */
  id?: string;
  /** The heading's text as written (numbering included); absent where `id` is. */
  heading?: string;
  blocks: TextBlock[];
  /** The blocks' text, one block per line. */
  text: string;
}

const ATX_HEADING = /^#{1,6}[ \t]/;
const LIST_ITEM = /^( *)([-*+]|(\d{1,9})[.)])[ \t]+(.*)$/;
const COMMENT_LINE = /^\s*\{\s*\/\*[\s\S]*?\*\/\s*\}\s*$/;
const COMPONENT_TAG = /^\s*<(\/?)([A-Z][\w.]*)[^>]*?(\/?)>\s*$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities MDX text may contain (`&lt;`, `&#8211;`, …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The plain text of inline MDX: hard breaks become newlines, soft breaks
 * spaces; comments, tags, emphasis markers, link syntax and escapes go; the
 * words stay exactly as written.
 */
export function inlinePlainText(raw: string): string {
  return decodeEntities(
    raw
      .replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '')
      .replace(/<br\s*\/?>[ \t]*\n?/gi, '\u0000')
      .replace(/(?: {2,}|\\)\n/g, '\u0000')
      .replace(/[ \t]*\n[ \t]*/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  )
    .replace(/\u0000/g, '\n')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** The rows of a raw HTML table, each row's cells as plain text. */
function tableRows(html: string): string[][] {
  const rows: string[][] = [];
  for (const row of html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const cells = [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((c) => inlinePlainText(c[1] ?? ''));
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

interface OpenBlock {
  kind: TextBlock['kind'];
  depth: number;
  number?: number;
  lines: string[];
  /** Column where an item's text starts, for continuation lines and nesting. */
  contentIndent: number;
}

/**
 * Splits an agreement's MDX body into its sections, in document order. A
 * preamble is included only when it has text; every `##` heading starts a
 * section, even an empty one.
 */
export function splitSections(body: string): AgreementSection[] {
  const headingsByLine = new Map(parseHeadings(body).map((h) => [h.line, h]));
  const sections: AgreementSection[] = [];
  let current: AgreementSection = { part: 'preamble', blocks: [], text: '' };
  let open: OpenBlock | undefined;
  /** Content indents of the open list items, outermost first. */
  let listIndents: number[] = [];
  let fenced = false;
  let table: string[] | undefined;

  const flush = () => {
    if (!open) return;
    const text = open.kind === 'row' ? open.lines.join('\t') : inlinePlainText(open.lines.join('\n'));
    if (text !== '') {
      const block: TextBlock = { kind: open.kind, text, depth: open.depth };
      if (open.number !== undefined) block.number = open.number;
      current.blocks.push(block);
    }
    open = undefined;
  };
  /** Closes the lists whose items' text starts right of `indent`. */
  const popListsBelow = (indent: number) => {
    while (listIndents.length > 0 && indent < listIndents[listIndents.length - 1]!) listIndents.pop();
  };
  const startSection = (next: AgreementSection) => {
    flush();
    listIndents = [];
    sections.push(current);
    current = next;
  };

  const lines = body.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;

    if (table) {
      table.push(line);
      if (/<\/table>/i.test(line)) {
        for (const cells of tableRows(table.join('\n'))) current.blocks.push({ kind: 'row', text: cells.join('\t'), depth: 0 });
        table = undefined;
      }
      return;
    }

    const heading = headingsByLine.get(index + 1);
    if (heading && ATX_HEADING.test(line)) {
      if (heading.depth <= 2) {
        const key = heading.sectionKey && isSectionKey(heading.sectionKey) ? heading.sectionKey : undefined;
        const section: AgreementSection = { part: 'section', id: heading.id, heading: heading.text, blocks: [], text: '' };
        if (key) section.key = key;
        startSection(section);
      } else {
        flush();
        listIndents = [];
        if (heading.text !== '') current.blocks.push({ kind: 'heading', text: heading.text, depth: 0 });
      }
      return;
    }

    if (line.trim() === '' || COMMENT_LINE.test(line)) {
      flush();
      return;
    }

    const tag = COMPONENT_TAG.exec(line);
    if (tag) {
      // The signature block belongs to a section the document heads "Signaturer"; else it is a part of its own.
      if (tag[2] === 'Signatures' && !tag[1] && !tag[3] && current.key !== 'signaturer') {
        startSection({ part: 'signatures', key: 'signaturer', blocks: [], text: '' });
      } else {
        flush();
      }
      return;
    }

    if (/^\s*<table[\s>]/i.test(line)) {
      flush();
      listIndents = [];
      if (/<\/table>/i.test(line)) {
        for (const cells of tableRows(line)) current.blocks.push({ kind: 'row', text: cells.join('\t'), depth: 0 });
      } else {
        table = [line];
      }
      return;
    }

    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const [, spaces = '', marker = '', , text = ''] = item;
      const indent = spaces.length;
      popListsBelow(indent);
      const depth = listIndents.length;
      const contentIndent = indent + marker.length + 1;
      listIndents.push(contentIndent);
      open = { kind: 'item', depth, lines: [text], contentIndent };
      if (item[3] !== undefined) open = { ...open, number: Number(item[3]) };
      return;
    }

    if (open && (open.kind === 'paragraph' || open.kind === 'item')) {
      // A continuation line: a soft break inside the same paragraph or item.
      open.lines.push(line.trim());
      return;
    }
    flush();
    const indent = line.length - line.trimStart().length;
    popListsBelow(indent);
    open = { kind: 'paragraph', depth: 0, lines: [line.trim()], contentIndent: indent };
  });
  flush();
  sections.push(current);

  return sections
    .filter((s) => s.part !== 'preamble' || s.blocks.length > 0)
    .map((s) => ({ ...s, text: s.blocks.map((b) => b.text).join('\n') }));
}

/** The section with a canonical key, if the agreement has it. */
export function sectionByKey(sections: readonly AgreementSection[], key: SectionKey): AgreementSection | undefined {
  return sections.find((s) => s.key === key);
}
