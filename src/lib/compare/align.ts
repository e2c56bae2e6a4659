/**
 * Aligns the blocks (paragraphs, list items) of two to four texts of the same
 * section, so that corresponding passages stand side by side: a row holds at
 * most one block of each text, in each text's order. Two blocks correspond
 * when most of their words are the same (see `similarBlocks`); jsdiff's
 * `diffArrays` finds the alignment that keeps the most of them.
 */
import { diffArrays } from 'diff';
import { words } from './similarity.ts';

/** How much of two blocks' words must agree for them to stand in one row (Dice coefficient, 0–1). */
export const SIMILAR_BLOCKS = 0.5;

/** True when two blocks (as lower-case word lists) say mostly the same. */
export function similarBlocks(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  return dice(a, b) >= SIMILAR_BLOCKS;
}

/** The Dice coefficient of two word lists (0–1): twice the words they have in common over the words of both. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** One row of an alignment: per text, the index of its block in this row, or null. */
export type AlignedRow = Array<number | null>;

interface Row {
  cells: AlignedRow;
  members: string[][];
}

/**
 * Aligns the texts' blocks (each text a list of block texts). Every block of
 * every text appears in exactly one row, and each text's blocks keep their order.
 */
export function alignBlocks(texts: readonly (readonly string[])[]): AlignedRow[] {
  const wordLists = texts.map((blocks) => blocks.map((b) => words(b).map((w) => w.norm)));
  let rows: Row[] = [];
  wordLists.forEach((blocks, t) => {
    if (t === 0) {
      rows = blocks.map((w, i) => ({ cells: texts.map((_, c) => (c === 0 ? i : null)), members: [w] }));
      return;
    }
    const incoming: Row[] = blocks.map((w, i) => ({ cells: texts.map((_, c) => (c === t ? i : null)), members: [w] }));
    const changes = diffArrays(rows, incoming, {
      comparator: (left, right) => left.members.some((m) => right.members.some((r) => similarBlocks(m, r))),
    });
    const merged: Row[] = [];
    let oldPos = 0;
    let newPos = 0;
    for (const change of changes) {
      for (let k = 0; k < change.count; k++) {
        if (change.added) {
          merged.push(incoming[newPos++]!);
        } else if (change.removed) {
          merged.push(rows[oldPos++]!);
        } else {
          const row = rows[oldPos++]!;
          const add = incoming[newPos++]!;
          row.cells[t] = add.cells[t] ?? null;
          row.members.push(...add.members);
          merged.push(row);
        }
      }
    }
    rows = merged;
  });
  return rows.map((r) => r.cells);
}
