/**
 * Step 2: one file, one or more documents. Municipalities publish a case
 * presentation, the agreement and the guidelines it replaces as one PDF
 * (Oppegård's seed holds all three). A new document starts where a title
 * such as "Samarbeidsavtale" or "RETNINGSLINJER FOR …" opens a new page after
 * a document with body text, and the lines after the title read as the start
 * of a document ("mellom … og …", a date, a first numbered section), not as
 * body text.
 */
import { sectionKeyOfTitle } from '../content/sections.ts';
import type { Block } from './clean.ts';
import { endsWithPunctuation, SIGNATORY_ROLE, wordCount } from './text.ts';

/** The titles documents of the register open with: the kind of document, from its first words. */
export const DOCUMENT_TITLE = /^(?:\*\*)?(?<kind>samarbeidsavtale|politirådsavtale|avtale om (?:tjenestetilbud|tenestetilbod)|retningslinjer for|retningsliner for|saksframlegg|saksfremlegg)(?![\p{L}])/iu;

/** True when the block is a short title-like block: at most three lines of at most ten words, none ending a sentence. */
export function isShortBlock(block: Block): boolean {
  return block.lines.length <= 3 && block.lines.every((l) => wordCount(l) <= 10 && !/[.;]\s*(?:\*\*)?$/.test(l.trim()));
}

/** True when the block holds running text: a line of more than ten words that ends a sentence. */
function isBodyText(block: Block): boolean {
  return block.lines.some((l) => wordCount(l) > 10 && endsWithPunctuation(l));
}

/** True when a block reads as the start of a document, right after its title. */
function opensDocument(block: Block): boolean {
  const first = block.lines[0]?.trim() ?? '';
  return (
    /^(?:\*\*)?mellom\s/i.test(first) ||
    /kommune og .*politidistrikt|politidistrikt og .*kommune/i.test(first) ||
    /^1[.)]?\s+\p{Lu}/u.test(first) ||
    /\d{1,2}\.\d{1,2}\.\d{2,4}|-{1,2}\.-{1,2}\.\d{4}/.test(first) ||
    (block.lines.length === 1 && wordCount(first) <= 6 && sectionKeyOfTitle(first) !== undefined)
  );
}

/** Where the next document starts, for a title block at `index`: at the page break before it, after the last signature. */
function startOfDocument(blocks: Block[], index: number): number {
  let start = index;
  for (let k = index; k > 0; k--) {
    const block = blocks[k];
    if (!block) break;
    if (block.pageBreakBefore) start = k;
    const before = blocks[k - 1];
    if (!before || !isShortBlock(before) || before.lines.some((l) => SIGNATORY_ROLE.test(l))) break;
  }
  return start;
}

/** The documents of a file, each a run of blocks; one when the file holds one document. */
export function splitDocuments(blocks: Block[]): Block[][] {
  const starts = [0];
  let bodyBlocks = 0;
  blocks.forEach((block, i) => {
    const first = block.lines[0]?.trim() ?? '';
    const next = blocks.slice(i + 1, i + 3);
    if (
      bodyBlocks >= 3 &&
      DOCUMENT_TITLE.test(first) &&
      isShortBlock(block) &&
      next.some(opensDocument) &&
      !next.slice(0, next.findIndex(opensDocument)).some(isBodyText)
    ) {
      const start = startOfDocument(blocks, i);
      if (start > (starts.at(-1) ?? 0)) {
        starts.push(start);
        bodyBlocks = 0;
        return;
      }
    }
    if (isBodyText(block)) bodyBlocks++;
  });
  return starts.map((start, k) => blocks.slice(start, starts[k + 1] ?? blocks.length));
}
