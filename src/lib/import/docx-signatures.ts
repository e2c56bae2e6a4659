/**
 * A Word file's signature block in the register's shape (CONTRIBUTING: each signatory a paragraph, its lines broken
 * as in the document), from the two ways a word processor lays it out that its paragraphs do not show:
 * - a table at the end of the text, a column per signatory (name, title, place and date in its rows, or in one cell's
 *   paragraphs), read column by column, when each of its lines is short and each column names a signatory's role;
 * - short paragraphs at the end, a line each, that empty paragraphs group: each group is one signatory's lines (a text
 *   file's blank lines, as the file's empty paragraphs are). With no empty paragraph among them there is nothing to
 *   group them by: they stay a paragraph each, and the review says what to check.
 */
import { namesSignatoryRole } from './signatory-facts.ts';
import { isListLine, isTableRow, wordCount } from './text.ts';

/** A table of the text: the block it was written as, and its rows' cells' lines (a cell's paragraphs). */
export interface WordTable {
  block: number;
  grid: string[][][];
}

/** A signature's line: short, not a sentence, a list item or a row. */
const signatureLine = (line: string) => line !== '' && wordCount(line) <= 8 && !/[.;:!?]\s*(?:\*\*)?$/.test(line) && !isListLine(line) && !isTableRow(line);

/** The table's columns as signatories' lines, when it is a signature table; undefined otherwise. */
function signatureColumns(grid: readonly string[][][]): string[][] | undefined {
  const columns = Math.max(...grid.map((row) => row.length));
  if (columns < 2 || columns > 4 || grid.some((row) => row.length !== columns)) return undefined;
  const lines = grid.flat(2).filter((l) => l !== '');
  if (!lines.every((l) => wordCount(l) <= 8)) return undefined;
  const out = Array.from({ length: columns }, (_, c) => grid.flatMap((row) => row[c] ?? []).filter((l) => l !== ''));
  // Each column a signatory, so each names its role: a meeting plan whose first column names the «Politiråd» is none.
  return out.every((c) => c.some(namesSignatoryRole)) ? out : undefined;
}

/**
 * The text's blocks with the signature block at their end in the register's shape, and the review's notes on it.
 * `fixed` holds the blocks that are no signature's lines (headings, lists, notes); `blankBefore` the blocks an empty
 * paragraph stands before.
 */
export function signatureBlocks(blocks: readonly string[], tables: readonly WordTable[], fixed: ReadonlySet<number>, blankBefore: ReadonlySet<number>): { blocks: string[]; notes: string[] } {
  const out = [...blocks];
  const last = out.length - 1;
  const table = tables.find((t) => t.block === last);
  const columns = table && signatureColumns(table.grid);
  if (columns) {
    out.splice(last, 1, ...columns.map((c) => c.join('\n')));
    return { blocks: out, notes: [`the Word file's signature block is a table of ${columns.length} columns: written as the register writes signatures, each column one signatory (its cells' lines in order, a paragraph each): check it against the document.`] };
  }
  let start = out.length;
  while (start > 0 && !fixed.has(start - 1) && !tables.some((t) => t.block === start - 1) && signatureLine(out[start - 1] ?? '')) start--;
  const lines = out.slice(start);
  if (lines.length < 2 || !lines.some(namesSignatoryRole)) return { blocks: out, notes: [] };
  const groups: string[][] = [];
  lines.forEach((line, i) => {
    if (i === 0 || blankBefore.has(start + i)) groups.push([line]);
    else groups.at(-1)?.push(line);
  });
  const shown = `"${lines[0]}" … "${lines.at(-1)}"`;
  if (groups.length === lines.length || groups.length === 1) {
    return {
      blocks: out,
      notes: [
        `the Word file's last ${lines.length} paragraphs are short lines (${shown}), each written as a paragraph, and no empty paragraph groups them: if they are the signature block, put each signatory's lines (name, title, place and date) in one paragraph, lines broken with <br />, as the register writes signatures.`,
      ],
    };
  }
  out.splice(start, lines.length, ...groups.map((g) => g.join('\n')));
  return { blocks: out, notes: [`the Word file's signature block (${shown}, a paragraph a line) is written as ${groups.length} paragraphs, each the lines between two empty paragraphs of the file, as the register writes signatures: check the signatories against the document.`] };
}
