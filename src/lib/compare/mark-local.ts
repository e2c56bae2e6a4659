/**
 * Marks an agreement's local text in a paragraph or list item of its syntax
 * tree (hast) without touching a character of it: runs of local words get
 * `<span data-local>` around them, nothing else changes. A span never crosses
 * a tag, so each text node is marked on its own; an element's own text ends
 * at its first nested block. If the element's text is not exactly the text
 * the segments describe, nothing is marked.
 */
import type { Element, ElementContent, Text } from 'hast';
import { LOCAL_TEXT_ATTRIBUTE, SEARCH_VARIANTS_ATTRIBUTE } from '../contracts.ts';
import type { Segment } from './similarity.ts';

/** Elements that start a nested block: the element's own text ends there. */
const NESTED_BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'table', 'section', 'blockquote']);

/** Whether a character is whitespace, as `/\s/` says, without a regular expression for the common (ASCII) case. */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && /\s/.test(ch);
}

/** Whitespace collapsed: how block texts are compared with the page's text. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The hidden search forms (search-variants-plugin.ts): not the document's text. */
function isSearchVariants(node: Element): boolean {
  return node.properties[SEARCH_VARIANTS_ATTRIBUTE] !== undefined;
}

/** The text nodes of an element's own text, in order: up to its first nested block. */
function ownTextNodes(children: readonly ElementContent[]): Text[] {
  const nodes: Text[] = [];
  const walk = (list: readonly ElementContent[]): boolean => {
    for (const node of list) {
      if (node.type === 'text') nodes.push(node);
      else if (node.type === 'element' && !isSearchVariants(node)) {
        if (NESTED_BLOCKS.has(node.tagName) || walk(node.children)) return true;
      }
    }
    return false;
  };
  walk(children);
  return nodes;
}

/** An element's own text, whitespace collapsed: the key its segments are found by. */
export function ownText(children: readonly ElementContent[]): string {
  return collapse(ownTextNodes(children).map((t) => t.value).join(''));
}

/** A text node to replace, and what with: its text cut into plain runs and marked runs. */
export interface LocalMark {
  node: Text;
  replacement: ElementContent[];
}

/**
 * The text nodes of an element whose own text has local runs, each with its
 * replacement; empty when nothing is local or the text does not match the
 * segments.
 */
export function markLocal(children: readonly ElementContent[], segments: readonly Segment[]): LocalMark[] {
  const target: boolean[] = [];
  const chars: string[] = [];
  for (const s of segments) {
    for (const ch of s.text) {
      if (isSpace(ch)) continue;
      chars.push(ch);
      target.push(s.local);
    }
  }
  if (!target.includes(true)) return [];
  const marks: LocalMark[] = [];
  let pos = 0;
  for (const node of ownTextNodes(children)) {
    const out: ElementContent[] = [];
    let span: Element | undefined;
    /** Whitespace waiting to learn whether the run around it continues. */
    let pending = '';
    const emit = (text: string) => {
      if (text === '') return;
      const into = span ? span.children : out;
      const last = into.at(-1);
      if (last?.type === 'text') last.value += text;
      else into.push({ type: 'text', value: text });
    };
    for (const ch of node.value) {
      if (isSpace(ch)) {
        pending += ch;
        continue;
      }
      if (chars[pos] !== ch) return [];
      const local = target[pos++];
      if (!local) span = undefined;
      emit(pending);
      pending = '';
      if (local && !span) {
        span = { type: 'element', tagName: 'span', properties: { [LOCAL_TEXT_ATTRIBUTE]: '' }, children: [] };
        out.push(span);
      }
      emit(ch);
    }
    span = undefined;
    emit(pending);
    if (out.some((n) => n.type === 'element')) marks.push({ node, replacement: out });
  }
  return pos === chars.length ? marks : [];
}
