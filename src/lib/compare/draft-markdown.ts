/**
 * A draft written in Markdown (the file /utkast/ downloads, or any draft with
 * `#` headings) read as its structure, into the text and headings the
 * importer's steps read, as a Word file's are (`htmlToImportText` in
 * src/lib/import/docx.ts): each heading a line of its own and named as a
 * heading, emphasis as its text, bold kept as `**`, list items as "-" or "N."
 * lines (nested ones indented, each numbered as written), a table's rows
 * tab-separated, a hard line break kept, a link as its text, HTML's tags left
 * out. Parsed with micromark and GFM, the parser the browser already has for
 * MDX (src/lib/content/mdx-parser-micromark.ts), here without MDX: a
 * Markdown draft is not MDX (`<https://…>` is a link, `{` is text).
 *
 * Pure.
 */
import type { List, Nodes, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmExtensions } from '../content/gfm-extensions.ts';

/** A line that is an ATX heading (`# Title`, `## 1. Formål`): what makes a pasted draft Markdown rather than plain text. */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/m;

/**
 * Whether a draft is Markdown: it has a `#` heading. Text pasted from Word or
 * a PDF has none, and is read as plain text (the importer's own rules), as
 * before.
 */
export function isMarkdownDraft(text: string): boolean {
  return ATX_HEADING.test(text);
}

let gfm: ReturnType<typeof gfmExtensions> | undefined;

/**
 * Text as the importer's Markdown keeps it literal: the characters it would
 * read as emphasis, code, links or entities escaped (the importer's own text
 * keeps Markdown's inline marks, as a Word file's `**` bold).
 */
const literal = (text: string) => text.replace(/([\\`*_[\]~&])/g, '\\$1');

/** Inline content as the importer's text: soft breaks spaces, hard breaks newlines, bold as `**`, the rest as its text. */
function inline(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += literal(node.value.replace(/\n/g, ' '));
    else if (node.type === 'inlineCode') out += literal(node.value);
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'image') out += literal(node.alt ?? '');
    else if (node.type === 'html') out += htmlText(node.value, '\n');
    else if (node.type === 'strong') out += `**${inline(node.children)}**`;
    else if ('children' in node) out += inline(node.children as Nodes[]);
  }
  return out;
}

/** An HTML tag that parts words (a block, a line break, a cell). */
const BLOCK_TAG = /<\/?(?:address|article|blockquote|br|dd|div|dl|dt|h[1-6]|hr|li|ol|p|section|table|td|th|tr|ul)\b[^>]*>/gi;
/** An HTML tag that stands inside a line's text (`<b>`), or a comment. */
const INLINE_TAG = /<!--[\s\S]*?-->|<\/?(?:a|abbr|b|bdi|bdo|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*>/gi;

/**
 * HTML as text: the words, the tags of HTML left out (a block's as `parting`);
 * anything else in angle brackets («<vedlegg>») is the draft's own text and
 * stays.
 */
const htmlText = (html: string, parting: string) => literal(html.replace(BLOCK_TAG, parting).replace(INLINE_TAG, ''));

/** A line's text as the importer reads it: runs of spaces one, no space around a line break. */
const tidy = (text: string) => text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();

/** A table's rows, cells joined by a tab. */
const tableRows = (table: Table) => table.children.map((row) => row.children.map((cell) => tidy(inline(cell.children)).replace(/\n/g, ' ')).join('\t'));

/**
 * The section-level headings of a Markdown draft: those of the shallowest
 * level, after a title (a first heading alone at its level and above all the
 * others: the builder's `#` over its `##` sections and `###` sub-headings).
 */
function markdownSectionHeadings(headings: ReadonlyArray<{ level: number; text: string }>): string[] {
  const [first, ...rest] = headings;
  const titled = first !== undefined && rest.length > 0 && rest.every((h) => h.level > first.level);
  const body = titled ? rest : headings;
  const level = Math.min(...body.map((h) => h.level));
  return body.filter((h) => h.level === level).map((h) => h.text);
}

/**
 * A Markdown draft as the importer's text, and its section-level headings as
 * they stand in that text (`markdownSectionHeadings`).
 */
export function markdownDraftText(markdown: string): { text: string; headings: string[] } {
  gfm ??= gfmExtensions();
  const tree = fromMarkdown(markdown, { extensions: gfm.micromark, mdastExtensions: gfm.fromMarkdown });
  const blocks: string[] = [];
  const headings: Array<{ level: number; text: string }> = [];
  /** The number an item of a numbered list is written with ("6." then "8." stay 6 and 8). */
  const writtenNumber = (item: RootContent, fallback: number) => {
    const offset = item.position?.start.offset;
    const m = offset === undefined ? null : /^(\d{1,9})[.)]/.exec(markdown.slice(offset, offset + 12));
    return m ? Number(m[1]) : fallback;
  };
  const listLines = (list: List, depth: number): string[] =>
    list.children.flatMap((item, i) => {
      const marker = list.ordered ? `${writtenNumber(item, (list.start ?? 1) + i)}.` : '-';
      const text = tidy(item.children.filter((c) => c.type !== 'list').map((c) => (c.type === 'paragraph' || c.type === 'heading' ? inline(c.children) : '')).join(' ')).replace(/\n/g, ' ');
      const own = text === '' ? [] : [`${'  '.repeat(depth)}${marker} ${text}`];
      return [...own, ...item.children.flatMap((c) => (c.type === 'list' ? listLines(c, depth + 1) : []))];
    });
  /** A block, unless it is empty. */
  const add = (text: string) => {
    if (text !== '') blocks.push(text);
  };
  const flow = (node: RootContent) => {
    switch (node.type) {
      case 'heading': {
        const written = tidy(inline(node.children)).replace(/\n/g, ' ');
        if (written === '') return;
        const text = written.replace(/\*\*/g, '');
        headings.push({ level: node.depth, text });
        blocks.push(text);
        return;
      }
      case 'paragraph':
        add(tidy(inline(node.children)));
        return;
      case 'list':
        add(listLines(node, 0).join('\n'));
        return;
      case 'table':
        add(tableRows(node).filter((r) => r.trim() !== '').join('\n'));
        return;
      case 'code':
        add(tidy(literal(node.value)));
        return;
      case 'html':
        // A block of HTML: its words, the tags (and comments) left out.
        add(tidy(htmlText(node.value, ' ')));
        return;
      case 'blockquote':
        for (const child of node.children) flow(child);
        return;
      default:
        return;
    }
  };
  for (const node of tree.children) flow(node);
  return { text: `${blocks.join('\n\n')}\n`, headings: markdownSectionHeadings(headings) };
}
