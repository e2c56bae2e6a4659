/**
 * Rehype plugin: after each paragraph, list item and table cell of a
 * document, adds a hidden span with the other written standard's forms of its
 * words (`<span hidden data-search-variants>⟦nn: førebygging⟧</span>`), so
 * Pagefind indexes them with the passage. Hidden: not shown, not read aloud,
 * not copied; the signed text itself is untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { SEARCH_VARIANTS_ATTRIBUTE } from '../contracts.ts';
import { contentDir } from '../content/register-files.ts';
import { MalformIndex, parseMalform, variantText } from './terms.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** The text of a node and its descendants. */
function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

const BLOCKS = new Set(['p', 'li', 'td', 'th']);

let index: MalformIndex | undefined;

/** The word list of the content folder, read once per process. */
export function malformIndex(): MalformIndex {
  if (!index) {
    const path = join(contentDir(), 'malform.json');
    index = new MalformIndex(parseMalform(path, readFileSync(path, 'utf8')));
  }
  return index;
}

/** Adds the hidden search forms to every text block of a document. */
export function rehypeSearchVariants() {
  return (tree: HastNode) => {
    const malform = malformIndex();
    visit(tree as never, 'element', (node: HastNode) => {
      if (!node.tagName || !BLOCKS.has(node.tagName)) return;
      // A list item's own paragraphs get their own forms; count only its direct text.
      const own = { ...node, children: (node.children ?? []).filter((c) => !(c.type === 'element' && (BLOCKS.has(c.tagName ?? '') || c.tagName === 'ul' || c.tagName === 'ol'))) };
      const text = variantText(malform.variantsOf(textOf(own)));
      if (!text) return;
      node.children = [
        ...(node.children ?? []),
        { type: 'element', tagName: 'span', properties: { hidden: true, [SEARCH_VARIANTS_ATTRIBUTE]: '' }, children: [{ type: 'text', value: text }] },
      ];
    });
  };
}
