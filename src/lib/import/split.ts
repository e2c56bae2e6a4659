/**
 * Step 2: one file, one or more documents. Municipalities publish a case
 * presentation, the agreement and the guidelines it replaces as one PDF
 * (Oppegård's seed holds all three). A new document starts where a title
 * such as "Samarbeidsavtale" or "RETNINGSLINJER FOR …" opens a new page after
 * a document with body text, and the lines after the title read as the start
 * of a document ("mellom … og …", a date, a first numbered section), not as
 * body text. Text with no blank lines is read line by line for the same
 * (`splitDocuments`).
 */
import { sectionKeyOfTitle } from '../content/sections.ts';
import type { Block } from './clean.ts';
import { endsFullSentence, endsWithPunctuation, sentences, SIGNATORY_ROLE, wordCount } from './text.ts';

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

/**
 * Where documents start among `blocks` (indexes; the first is 0); `accept` may refuse a title block by its index.
 * `opens` says whether a block after a title opens a document (`opensDocument`, or a stricter test for single lines).
 */
function documentStarts(blocks: Block[], accept: (index: number) => boolean = () => true, opens: (block: Block) => boolean = opensDocument): number[] {
  const starts = [0];
  let bodyBlocks = 0;
  blocks.forEach((block, i) => {
    const first = block.lines[0]?.trim() ?? '';
    const next = blocks.slice(i + 1, i + 3);
    if (
      bodyBlocks >= 3 &&
      DOCUMENT_TITLE.test(first) &&
      isShortBlock(block) &&
      next.some(opens) &&
      !next.slice(0, next.findIndex(opens)).some(isBodyText) &&
      accept(i)
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
  return starts;
}

/**
 * The fewest lines of a block that is text with no blank lines in it (copied out of a PDF viewer): here a document's
 * titles are looked for line by line in such a block, and in structure.ts an unnumbered section title in one is taken
 * for a heading (a shorter block is more likely a signature block or a list).
 */
export const DENSE_BLOCK = 12;

/** How near its start a document's title lines stand, in lines (after a letterhead, a logo's words, a case's archive lines). */
const TITLE_LINES = 8;

/** A line that can be a document's title in text with no blank lines: a title of the register's kinds, with a capital, short. */
const titleLine = (line: string) => DOCUMENT_TITLE.test(line.trim()) && /^(?:\*\*)?\p{Lu}/u.test(line.trim()) && isShortBlock({ lines: [line], pageBreakBefore: false });

/**
 * A line of text with no blank lines that opens a document after a title line: as `opensDocument` when short; a line
 * of more than ten words is running text, even with a date or "kommune og … politidistrikt" in it (Luster's "Det er
 * inngått samarbeidsavtale mellom kommunane … Avtalen gjeld fram til 01.01.2020. Satsingsområde for perioden:", whose
 * lines the reflow joined, under a title line that is text), unless it starts as a document does ("mellom Oppegård
 * kommune og Øst politidistrikt Avtalen er inngått …", the parties' line joined to the text after it; "1. Bakgrunn …").
 */
const opensDocumentLine = (block: Block) => {
  const first = block.lines[0]?.trim() ?? '';
  return wordCount(first) <= 10 ? opensDocument(block) : /^(?:\*\*)?mellom\s/i.test(first) || /^1[.)]?\s+\p{Lu}/u.test(first);
};

/** The line that names the parties after a title ("mellom Oppegård kommune og Øst politidistrikt"). */
const partiesLine = (line: string) => /^(?:\*\*)?mellom\s/i.test(line.trim()) || /kommune og .*politidistrikt|politidistrikt og .*kommune/i.test(line);

/** The last line of a title whose bold, opened at line `at` and not closed there, closes within `end` (else `at`). */
function boldTitleEnd(lines: readonly string[], at: number, end: number): number {
  const first = lines[at]?.trim() ?? '';
  if (!first.startsWith('**') || first.slice(2).includes('**')) return at;
  for (let j = at + 1; j < Math.min(end, at + 4); j++) if ((lines[j] ?? '').includes('**')) return /\*\*\s*$/.test(lines[j] ?? '') ? j : at;
  return at;
}

/**
 * The documents of a file, each a run of blocks; one when the file holds one document. Text with no blank lines
 * (copied out of a PDF viewer) has its documents' titles inside long blocks: when the blocks show one document, each
 * line of a block of DENSE_BLOCK lines or more is read as a block of its own, and a document starts, by the same
 * rules, at a title line in such a block that begins with a capital ("Samarbeidsavtale", "RETNINGSLINJER FOR …"),
 * not right after a line that ends a sentence in the same block, and followed within two lines by a short line that
 * opens a document (a line of more than ten words is running text, whatever date it names). The blocks are cut
 * there, and each document's title lines near its start (the title, the parties after it; a title in bold over
 * several lines as one) are made blocks of their own, as blank lines would have set them: in a file of one
 * document too, so its title is read as with blank lines.
 */
export function splitDocuments(blocks: Block[]): Block[][] {
  const starts = documentStarts(blocks);
  if (starts.length > 1 || !blocks.some((b) => b.lines.length >= DENSE_BLOCK)) {
    return starts.map((start, k) => blocks.slice(start, starts[k + 1] ?? blocks.length));
  }
  const lines = blocks.flatMap((block, b) => block.lines.map((line, l) => ({ block: b, line: l, dense: block.lines.length >= DENSE_BLOCK, text: line })));
  const lineBlocks = lines.map((l) => ({ lines: [l.text], pageBreakBefore: l.line === 0 && (blocks[l.block]?.pageBreakBefore ?? false) }));
  const lineStarts = documentStarts(
    lineBlocks,
    (i) => {
      const at = lines[i];
      const before = lines[i - 1];
      return at !== undefined && at.dense && at.line > 0 && titleLine(at.text) && !(before && before.block === at.block && endsFullSentence(before.text));
    },
    opensDocumentLine,
  );
  const newDocument = new Set(lineStarts.slice(1));
  const newBlock = new Set<number>();
  const texts = lines.map((l) => l.text);
  lineStarts.forEach((start, k) => {
    const end = Math.min(lineStarts[k + 1] ?? lines.length, start + TITLE_LINES);
    for (let i = start; i < end; i++) {
      if (!lines[i]?.dense || !titleLine(lines[i]?.text ?? '')) continue;
      // A title set in bold over several lines ("**Samarbeidsavtale / mellom Luster kommune / og Vest
      // politidistrikt**") is one block, so its bold is not cut across paragraphs.
      const last = boldTitleEnd(texts, i, end);
      if (last > i) {
        newBlock.add(i).add(last + 1);
        i = last;
        continue;
      }
      newBlock.add(i).add(i + 1);
      if (partiesLine(lines[i + 1]?.text ?? '')) newBlock.add(i + 2);
    }
  });
  const documents: Block[][] = [[]];
  let current: Block | undefined;
  lines.forEach((l, i) => {
    if (newDocument.has(i)) documents.push([]);
    if (l.line === 0 || !current || newDocument.has(i) || newBlock.has(i)) {
      // A block cut in two keeps its page break on its first part.
      current = { lines: [], pageBreakBefore: l.line === 0 && (blocks[l.block]?.pageBreakBefore ?? false) };
      documents.at(-1)?.push(current);
    }
    current.lines.push(l.text);
  });
  return documents;
}

/**
 * Lines of a file read as one document that read as another document's title, for a warning: a title line
 * (`titleLine`) followed by a line that opens a document, after three sentences of text or more, that the
 * split did not take (no blank line or page break sets it apart, or the layout's lines were joined around it, as
 * in hard-wrapped text with no blank lines).
 */
export function possibleDocumentTitles(blocks: Block[]): string[] {
  const lines = blocks.flatMap((b) => b.lines.map((line) => ({ lines: [line], pageBreakBefore: false })));
  const found: string[] = [];
  let body = 0;
  lines.forEach((block, i) => {
    const line = block.lines[0] ?? '';
    const next = lines.slice(i + 1, i + 3);
    const opens = next.findIndex(opensDocumentLine);
    const afterSentence = endsFullSentence(lines[i - 1]?.lines[0] ?? '');
    if (body >= 3 && titleLine(line) && !afterSentence && opens >= 0 && !next.slice(0, opens).some(isBodyText)) found.push(line.trim());
    if (wordCount(line) > 10) body += sentences(line).length;
  });
  return found;
}
