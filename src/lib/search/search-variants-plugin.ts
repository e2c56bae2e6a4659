/**
 * The build's search-forms plugin (a hast plugin for Sätteri, Astro's
 * Markdown processor): after each paragraph, list item and table cell of a
 * document, adds a hidden span with the other written standard's forms of its
 * words (`<span hidden data-search-variants> ⟦ førebygging ⟧</span>`) and its
 * words with ø or æ as typed without them (` ⟮ bodo ⟯`: folded-forms.ts), so
 * Pagefind indexes them with the passage. Hidden: not shown, not read aloud,
 * not copied; the signed text itself is untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { SEARCH_VARIANTS_ATTRIBUTE } from '../contracts.ts';
import { contentDir, DATA_FILES } from '../content/register-files.ts';
import { foldedForms, foldedText } from './folded-forms.ts';
import { MalformIndex, parseMalform, variantText } from './terms.ts';

const BLOCKS = new Set(['p', 'li', 'td', 'th']);

let index: MalformIndex | undefined;

/** The word list of the content folder, read once per process. */
export function malformIndex(): MalformIndex {
  if (!index) {
    const path = join(contentDir(), DATA_FILES.malform);
    index = new MalformIndex(parseMalform(path, readFileSync(path, 'utf8')));
  }
  return index;
}

// The register repeats its template's passages in every agreement: each distinct passage's
// forms are worked out once per process. Bounded, so a large register cannot grow it without end.
const forms = new Map<string, string>();
const FORMS_LIMIT = 50_000;

/** The hidden text for a passage (`variantText` of its forms, then `foldedText`), cached per passage text. */
function formsOf(passage: string): string {
  let text = forms.get(passage);
  if (text === undefined) {
    text = variantText(malformIndex().variantsOf(passage)) + foldedText(foldedForms(passage));
    if (forms.size >= FORMS_LIMIT) forms.clear();
    forms.set(passage, text);
  }
  return text;
}

/** The text of a block's own content: a list item's nested paragraphs and lists get their own forms. */
function ownText(children: readonly ElementContent[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && !BLOCKS.has(child.tagName) && child.tagName !== 'ul' && child.tagName !== 'ol') text += ownText(child.children);
  }
  return text;
}

/** Adds the hidden search forms to every text block of a document. */
export const searchVariantsPlugin = defineHastPlugin({
  name: 'politiradsavtaler:search-variants',
  element: {
    filter: [...BLOCKS],
    visit(node, ctx) {
      const text = formsOf(ownText(node.children));
      if (!text) return;
      ctx.appendChild(node, { type: 'element', tagName: 'span', properties: { hidden: true, [SEARCH_VARIANTS_ATTRIBUTE]: '' }, children: [{ type: 'text', value: text }] });
    },
  },
});
