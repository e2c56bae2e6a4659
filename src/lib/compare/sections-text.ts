/**
 * An agreement's text split into its sections, as plain text: the preamble
 * before the first `##` heading, each `##` section (with its canonical key when
 * marked) and the signature block. The comparison matrix, the side-by-side
 * view, the shared-text analysis and the draft builder all read this.
 *
 * Pure: takes the MDX body, returns blocks of plain text (Markdown and MDX
 * markup removed, words and punctuation untouched). It reads the tree the
 * build renders (`parseMdx`); headings and their ids come from `headingsOf`,
 * the rule the page and the checker use.
 */
import type { Heading as MdastHeading, List, Nodes, Root, RootContent } from 'mdast';
import { headingsOf, type Heading } from '../content/headings.ts';
import { isMdxComment, isParent, parseMdx } from '../content/mdx-parse.ts';
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

/** A hard line break inside inline text, until the soft breaks are folded. */
const HARD_BREAK = '\u0000';

/** The raw plain text of inline content: hard breaks as `HARD_BREAK`, soft breaks still newlines. */
function phrasingText(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += HARD_BREAK;
    else if (node.type === 'image') out += node.alt ?? '';
    else if (node.type === 'mdxJsxTextElement' && node.name === 'br') out += HARD_BREAK;
    else if (isMdxComment(node) || node.type === 'html') continue;
    else if (isParent(node)) out += phrasingText(node.children);
  }
  return out;
}

/** Plain text as a block holds it: soft breaks are spaces, hard breaks newlines, no space around a newline. */
function foldBreaks(raw: string): string {
  return raw
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replaceAll(HARD_BREAK, '\n')
    .replace(/ *\n */g, '\n')
    .trim();
}

/**
 * The plain text of inline MDX: hard breaks become newlines, soft breaks
 * spaces; comments, tags, emphasis markers, link syntax and escapes go; the
 * words stay exactly as written.
 */
export function inlinePlainText(raw: string): string {
  return foldBreaks(parseMdx(raw).children.map((node) => phrasingText([node])).join('\n'));
}

/** The element children named `name` anywhere below `node` (table rows, cells). */
function elementsNamed(node: Nodes, names: ReadonlySet<string>): Nodes[] {
  if (!isParent(node)) return [];
  return node.children.flatMap((child) =>
    (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && names.has(child.name ?? '') ? [child] : elementsNamed(child, names),
  );
}

const ROWS = new Set(['tr']);
const CELLS = new Set(['th', 'td']);

/** The number of a numbered list's item as written in the document (`3.` or `3)`). */
function writtenNumber(body: string, item: RootContent): number | undefined {
  const offset = item.position?.start.offset;
  if (offset === undefined) return undefined;
  const m = /^(\d{1,9})[.)]/.exec(body.slice(offset, offset + 12));
  return m ? Number(m[1]) : undefined;
}

/**
 * Splits an agreement's MDX body into its sections, in document order. A
 * preamble is included only when it has text; every `##` heading starts a
 * section, even an empty one. `tree` is the body's parse (`parseMdx`), given
 * only to split another parser's tree (tests/unit/mdx-parsers.test.ts).
 */
export function splitSections(body: string, tree: Root = parseMdx(body)): AgreementSection[] {
  const headings = new Map<MdastHeading, Heading>(headingsOf(tree).map((h) => [h.node, h]));
  const sections: AgreementSection[] = [];
  let current: AgreementSection = { part: 'preamble', blocks: [], text: '' };

  const push = (kind: TextBlock['kind'], text: string, depth = 0, number?: number) => {
    if (text === '') return;
    const block: TextBlock = { kind, text, depth };
    if (number !== undefined) block.number = number;
    current.blocks.push(block);
  };
  const startSection = (next: AgreementSection) => {
    sections.push(current);
    current = next;
  };
  const list = (node: List, depth: number) => {
    for (const item of node.children) {
      let first = true;
      for (const child of item.children) {
        if (child.type === 'list') list(child, depth + 1);
        else if (first && child.type === 'paragraph') push('item', foldBreaks(phrasingText(child.children)), depth, node.ordered ? writtenNumber(body, item) : undefined);
        else flow(child);
        first = false;
      }
    }
  };
  const rows = (cells: Nodes[][]) => {
    for (const row of cells) {
      const texts = row.map((cell) => foldBreaks(phrasingText(isParent(cell) ? cell.children : [])));
      if (texts.length > 0) current.blocks.push({ kind: 'row', text: texts.join('\t'), depth: 0 });
    }
  };
  const flow = (node: Nodes) => {
    switch (node.type) {
      case 'heading': {
        const heading = headings.get(node);
        if (!heading) return;
        if (heading.depth <= 2) {
          const key = heading.sectionKey && isSectionKey(heading.sectionKey) ? heading.sectionKey : undefined;
          const section: AgreementSection = { part: 'section', id: heading.id, heading: heading.text, blocks: [], text: '' };
          if (key) section.key = key;
          startSection(section);
        } else {
          push('heading', heading.text);
        }
        return;
      }
      case 'paragraph': {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only?.type === 'mdxJsxTextElement' && only.name === 'table') return flow(only);
        push('paragraph', foldBreaks(phrasingText(node.children)));
        return;
      }
      case 'list':
        return list(node, 0);
      case 'table':
        return rows(node.children.map((row) => row.children));
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name === 'table') return rows(elementsNamed(node, ROWS).map((row) => elementsNamed(row, CELLS)));
        // The signature block belongs to a section the document heads "Signaturer"; else it is a part of its own.
        if (node.name === 'Signatures' && current.key !== 'signaturer') startSection({ part: 'signatures', key: 'signaturer', blocks: [], text: '' });
        for (const child of node.children) flow(child);
        return;
      case 'blockquote':
        for (const child of node.children) flow(child);
        return;
      default:
        return;
    }
  };
  for (const node of tree.children) flow(node);
  sections.push(current);

  return sections
    .filter((s) => s.part !== 'preamble' || s.blocks.length > 0)
    .map((s) => ({ ...s, text: s.blocks.map((b) => b.text).join('\n') }));
}

/** The section with a canonical key, if the agreement has it. */
export function sectionByKey(sections: readonly AgreementSection[], key: SectionKey): AgreementSection | undefined {
  return sections.find((s) => s.key === key);
}
