/**
 * Page furniture in plain text, found by repetition: running headers and
 * titles, footers and page numbers ("3", "Side 2 av 5", "- 3 -") recur at
 * page boundaries. A page boundary is a form feed (`pdftotext`), a run of
 * three blank lines or more (text copied out of a PDF viewer), or a page
 * number's line itself. A line whose text (digits aside) stands among the
 * two lines either side of the boundaries again and again is furniture: at
 * three boundaries or more, or at half of them or more when there are two
 * or three. A page number alone on its line is furniture by its shape.
 *
 * Nothing here knows a header's words; what was dropped is returned so the
 * review can list it.
 */

/** The page-break marker lines carry after `markPageBreaks`. */
export const PAGE_BREAK = '\f';

/** A page number alone on its line. */
export const PAGE_NUMBER = /^(?:(?:side|s\.|page)\s*)?\d{1,3}(?:\s*(?:av|\/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/i;

/** A line's text as furniture is compared: digits as one sign, white space single. */
export const furnitureKey = (line: string): string => line.replace(/\*\*/g, '').trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** The lines dropped as page furniture: each text once, how often. */
export interface DroppedFurniture {
  line: string;
  count: number;
}

/** How many lines either side of a boundary a header or footer may stand. */
const EDGE = 2;

/**
 * The indexes of furniture among `lines` (page breaks marked with
 * PAGE_BREAK; `fromBlankLines` names the breaks that were only blank lines):
 * running lines by repetition at page boundaries, page numbers by shape.
 */
export function findPageFurniture(lines: readonly string[], fromBlankLines: ReadonlySet<number> = new Set()): Set<number> {
  const isBreak = (i: number) => lines[i] === PAGE_BREAK;
  const text = (i: number) => (lines[i] ?? '').trim();
  const pageNumber = (i: number) => text(i) !== '' && PAGE_NUMBER.test(text(i));
  const boundaries: number[] = [];
  lines.forEach((_, i) => {
    if (isBreak(i) || pageNumber(i)) boundaries.push(i);
  });
  // The non-blank lines nearest a boundary, on either side, stopping at the next boundary.
  const near = (b: number): number[] => {
    const out: number[] = [];
    for (const step of [-1, 1]) {
      let found = 0;
      for (let j = b + step; j >= 0 && j < lines.length && found < EDGE; j += step) {
        if (isBreak(j)) break;
        if (text(j) === '') continue;
        if (!pageNumber(j)) out.push(j);
        found++;
      }
    }
    return out;
  };
  // Boundaries close together are one page's end: a page number, then a form feed; blank lines
  // around a signature are no page unless text of a page's length (five lines) lies between.
  const group: number[] = [];
  boundaries.forEach((b, n) => {
    const prev = boundaries[n - 1];
    const between = prev === undefined ? Infinity : lines.slice(prev + 1, b).filter((l) => l.trim() !== '' && l !== PAGE_BREAK).length;
    const strong = isBreak(b) && !fromBlankLines.has(b) && prev !== undefined && isBreak(prev) && !fromBlankLines.has(prev);
    const same = between <= (strong ? 0 : 4);
    group.push(same ? (group.at(-1) ?? 0) : (group.at(-1) ?? -1) + 1);
  });
  const pageEnds = new Set(group).size;
  // The page ends each line of text stands near: a running line stands near many.
  const nearEnds = new Map<number, Set<number>>();
  boundaries.forEach((b, n) => {
    for (const j of near(b)) nearEnds.set(j, (nearEnds.get(j) ?? new Set()).add(group[n] ?? 0));
  });
  const ends = new Map<string, Set<number>>();
  const count = new Map<string, number>();
  for (const [j, at] of nearEnds) {
    const key = furnitureKey(lines[j] ?? '');
    // A sentence is text, not furniture: running lines do not end in a full stop.
    if (key === '' || key.split(' ').length > 12 || /[.!?;,]$/.test(key)) continue;
    const seen = ends.get(key) ?? new Set<number>();
    for (const g of at) seen.add(g);
    ends.set(key, seen);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  // As often as the page ends it stands at, and as many lines: a line on a short page stands near two ends.
  const times = (key: string, at: ReadonlySet<number>) => Math.min(at.size, count.get(key) ?? 0);
  const running = new Set([...ends].filter(([key, at]) => times(key, at) >= 3 || (times(key, at) >= 2 && pageEnds <= 2)).map(([key]) => key));
  const nearBoundary = new Set(nearEnds.keys());
  const furniture = new Set<number>();
  lines.forEach((line, i) => {
    if (pageNumber(i) || (nearBoundary.has(i) && running.has(furnitureKey(line)))) furniture.add(i);
  });
  return furniture;
}

/** The dropped lines, each text once with its count, in the order first seen. */
export function droppedLines(lines: readonly string[], indexes: ReadonlySet<number>): DroppedFurniture[] {
  const counts = new Map<string, number>();
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const key = furnitureKey(lines[i] ?? '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const firstText = new Map<string, string>();
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const key = furnitureKey(lines[i] ?? '');
    if (!firstText.has(key)) firstText.set(key, (lines[i] ?? '').trim());
  }
  return [...counts].map(([key, count]) => ({ line: firstText.get(key) ?? key, count }));
}
