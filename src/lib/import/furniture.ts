/**
 * Page furniture in plain text, found by repetition: running headers and
 * titles, footers and page numbers ("3", "Side 2 av 5", "- 3 -") recur at
 * page boundaries. A page boundary is a form feed (`pdftotext`), a run of
 * three blank lines or more (text copied out of a PDF viewer), or a page
 * number's line itself. A line whose text (digits aside) stands among the
 * two lines either side of the boundaries again and again is furniture: at
 * three boundaries or more, or at half of them or more when there are two
 * or three.
 *
 * A page number with words ("Side 2 av 5", "- 3 -") is furniture by its
 * shape. A number alone on its line ("112" under "ring nødnummer:") is a page
 * number only where a page ends and in sequence with the others: next to a
 * page break (or the start or end of the text), or in a run of numbers that
 * count up by one at a page's interval, the text's page numbers when it has
 * no page breaks. A number that is not in sequence with the run is text;
 * so is one right after a line ending in a colon (a value: "Antall møter:" /
 * "2") and one right before a title (a short line with a capital that does
 * not follow other numbers too: a section's number, "1" / "Formål"). In a
 * text with no page breaks, only a run marks page numbers: its end is no
 * page's end.
 *
 * Nothing here knows a header's words; what was dropped is returned so the
 * review can list it, each distinct line.
 */
/** The page-break marker lines carry after `markPageBreaks`. */
export const PAGE_BREAK = '\f';

/** A page number alone on its line. */
export const PAGE_NUMBER = /^(?:(?:side|s\.|page)\s*)?\d{1,3}(?:\s*(?:av|\/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/i;

/** A number alone on its line (bold markers allowed): a page number only where a page ends (`pageNumberLines`). */
const BARE_NUMBER = /^(?:\*\*)?\s*(\d{1,3})\s*(?:\*\*)?$/;

/** The value of a line that is a number alone, or undefined. */
export function bareNumber(line: string): number | undefined {
  const m = BARE_NUMBER.exec(line.trim());
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** A line's text as furniture is compared: digits as one sign, white space single. */
export const furnitureKey = (line: string): string => line.replace(/\*\*/g, '').trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** The lines dropped as page furniture: each text once, how often. */
export interface DroppedFurniture {
  line: string;
  count: number;
}

/** How many lines either side of a boundary a header or footer may stand. */
const EDGE = 2;

/** How many lines of text a page holds at least: blank lines around a signature are no page. */
const PAGE_LINES = 5;

/**
 * The indexes of the page numbers among `lines` (page breaks marked with PAGE_BREAK): a page number with words by
 * its shape; a number alone only where a page ends and in sequence with the others (see the module comment).
 */
function pageNumberLines(lines: readonly string[]): Set<number> {
  const isBreak = (i: number) => lines[i] === PAGE_BREAK;
  const text = (i: number) => (lines[i] ?? '').trim();
  const numbers = new Set<number>();
  const bare: Array<{ at: number; value: number }> = [];
  /** The line right before or after `i`, no blank line between (a page break is none). */
  const adjacent = (i: number, step: -1 | 1) => (isBreak(i + step) ? '' : text(i + step));
  // The lines that follow numbers alone: one that follows many is a running line (a header after each page's number).
  const after = new Map<string, number>();
  lines.forEach((_, i) => {
    const next = bareNumber(text(i)) === undefined ? undefined : adjacent(i, 1);
    if (next !== undefined && next !== '') after.set(next, (after.get(next) ?? 0) + 1);
  });
  /** A title: a short line that starts with a capital, and not one that follows other numbers too. */
  const isTitle = (line: string) =>
    /^(?:\*\*)?\p{Lu}/u.test(line) && line.split(/\s+/).length <= 8 && !/[.,;]$/.test(line) && (after.get(line) ?? 0) < 2;
  lines.forEach((_, i) => {
    const t = text(i);
    if (t === '' || isBreak(i)) return;
    const value = bareNumber(t);
    // A value the line before introduces ("Antall møter:" / "2"), or a section's number before its title ("1" /
    // "Formål"): text, never a page number.
    if (value !== undefined && !/:(?:\*\*)?$/.test(adjacent(i, -1)) && !isTitle(adjacent(i, 1))) bare.push({ at: i, value });
    else if (value === undefined && PAGE_NUMBER.test(t)) numbers.add(i);
  });
  if (bare.length === 0) return numbers;
  // Next to a page break or the start or end of the text: fewer than EDGE lines of text between (page numbers with words aside).
  const atBreak = (i: number): boolean =>
    [-1, 1].some((step) => {
      let found = 0;
      for (let j = i + step; j >= 0 && j < lines.length && !isBreak(j); j += step) {
        if (text(j) === '' || numbers.has(j)) continue;
        if (++found >= EDGE) return false;
      }
      return true;
    });
  const textLinesBetween = (a: number, b: number) => lines.slice(a + 1, b).filter((l, k) => l.trim() !== '' && !isBreak(a + 1 + k)).length;
  // The longest run of numbers counting up by one, in the order of the text.
  const length = bare.map(() => 1);
  const before = bare.map(() => -1);
  bare.forEach((b, k) => {
    for (let j = 0; j < k; j++) {
      if (bare[j]?.value === b.value - 1 && (length[j] ?? 0) + 1 > (length[k] ?? 0)) {
        length[k] = (length[j] ?? 0) + 1;
        before[k] = j;
      }
    }
  });
  let end = 0;
  length.forEach((n, k) => {
    if (n > (length[end] ?? 0)) end = k;
  });
  const run: Array<{ at: number; value: number }> = [];
  for (let k = end; k >= 0; k = before[k] ?? -1) run.unshift(bare[k] as { at: number; value: number });
  // The run marks page ends when every number in it stands at a page break, or the numbers stand at a page's
  // interval: pages of text (the last may be short when its number ends the text), of lengths alike.
  const gaps = run.slice(1).map((r, k) => r.at - (run[k]?.at ?? 0));
  const inner = gaps.slice(0, -1);
  const last = run.at(-1);
  const lastGap = gaps.at(-1) ?? 0;
  const median = [...inner].sort((a, b) => a - b)[Math.floor(inner.length / 2)] ?? lastGap;
  const pages = run.every((r, k) => k === 0 || textLinesBetween(run[k - 1]?.at ?? 0, r.at) >= PAGE_LINES || (k === run.length - 1 && atBreak(r.at)));
  const alike = inner.every((g) => g >= median * 0.6 && g <= median * 1.6) && lastGap <= median * 1.6 && (lastGap >= median * 0.6 || (last !== undefined && atBreak(last.at)));
  const valid = run.length >= 2 && (run.every((r) => atBreak(r.at)) || (pages && alike && (run.length >= 3 || run.some((r) => atBreak(r.at)))));
  if (valid) {
    for (const r of run) numbers.add(r.at);
    return numbers;
  }
  // No run: a number at a page break that could number a page of the text; none in a text with no page breaks
  // (the end of the text is no page's end then: "Antall møter:" / "2" at its end is text).
  const pageCount = lines.filter((_, i) => isBreak(i)).length + 1;
  if (pageCount === 1) return numbers;
  for (const b of bare) if (atBreak(b.at) && b.value >= 1 && b.value <= pageCount + 1) numbers.add(b.at);
  return numbers;
}

/**
 * The indexes of furniture among `lines` (page breaks marked with
 * PAGE_BREAK; `fromBlankLines` names the breaks that were only blank lines):
 * running lines by repetition at page boundaries, page numbers where pages end.
 */
export function findPageFurniture(lines: readonly string[], fromBlankLines: ReadonlySet<number> = new Set()): Set<number> {
  const isBreak = (i: number) => lines[i] === PAGE_BREAK;
  const text = (i: number) => (lines[i] ?? '').trim();
  const numbers = pageNumberLines(lines);
  const pageNumber = (i: number) => numbers.has(i);
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
    // A number alone is a page number where the run of numbers says so, never a running line.
    if (key === '' || key.split(' ').length > 12 || /[.!?;,]$/.test(key) || bareNumber(lines[j] ?? '') !== undefined) continue;
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

/** Each distinct text of the dropped lines (`lines` at `indexes`) with its count, in the order first seen. */
export function droppedLines(lines: readonly string[], indexes: ReadonlySet<number>): DroppedFurniture[] {
  return countDropped([...indexes].sort((a, b) => a - b).map((i) => lines[i] ?? ''));
}

/** Each distinct text of `texts` (white space trimmed) with its count, in the order first seen. */
export function countDropped(texts: readonly string[]): DroppedFurniture[] {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t.trim(), (counts.get(t.trim()) ?? 0) + 1);
  return [...counts].map(([line, count]) => ({ line, count }));
}

/**
 * The dropped lines as the review lists them: every distinct line, with its count when it is more than one; a run
 * of lines alike but for a number that counts up by one, each once ("Side 1 av 7" … "Side 7 av 7"), as a range
 * that names its first and last line and how many lines it holds, so no line hides behind another.
 */
export function describeDropped(dropped: readonly DroppedFurniture[]): string {
  const numbersOf = (line: string) => [...line.matchAll(/\d+/g)].map((m) => Number(m[0]));
  /** The one number in which `b` counts up from `a` by one (their other words and numbers the same), or -1. */
  const step = (a: DroppedFurniture, b: DroppedFurniture): number => {
    if (a.count !== 1 || b.count !== 1 || furnitureKey(a.line) !== furnitureKey(b.line)) return -1;
    const na = numbersOf(a.line);
    const nb = numbersOf(b.line);
    const differ = na.flatMap((n, k) => (n === nb[k] ? [] : [k]));
    return differ.length === 1 && (nb[differ[0] ?? 0] ?? 0) === (na[differ[0] ?? 0] ?? 0) + 1 ? (differ[0] ?? -1) : -1;
  };
  // Lines of one shape together (a page's number beside its running header), in the order first seen.
  const groups = new Map<string, DroppedFurniture[]>();
  for (const d of dropped) groups.set(furnitureKey(d.line), [...(groups.get(furnitureKey(d.line)) ?? []), d]);
  const parts: string[] = [];
  const one = (d: DroppedFurniture) => `"${d.line}"${d.count > 1 ? ` ×${d.count}` : ''}`;
  for (const group of groups.values()) {
    for (let k = 0; k < group.length; ) {
      let end = k;
      const next = group[k + 1];
      const at = next ? step(group[k] as DroppedFurniture, next) : -1;
      while (at >= 0 && end + 1 < group.length && step(group[end] as DroppedFurniture, group[end + 1] as DroppedFurniture) === at) end++;
      if (end - k >= 2) parts.push(`"${group[k]?.line}" to "${group[end]?.line}" (${end - k + 1} lines, one each, numbered in sequence)`);
      else for (let j = k; j <= end; j++) parts.push(one(group[j] as DroppedFurniture));
      k = end + 1;
    }
  }
  return parts.join(', ');
}
