/** How the fidelity test reads a seed text: the lines of the document, furniture left out. */

/** Collapses white space (tabs, no-break spaces, line breaks) and drops Markdown bold markers. */
export function normalise(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** A table-of-contents entry: a title followed by a tab or dot leader and a page number. */
const TOC_ENTRY = /(\t|\.{3,})\s*\d+\s*$/;

/** The numbers (1-based) of the seed's lines a reader must find: blank lines, "POLITIET" headers and the table of contents left out. */
export function documentLineNumbers(seed: string): number[] {
  const raws = seed.split('\n');
  const lines = raws.map(normalise);
  return raws.flatMap((raw, i) => {
    const line = lines[i];
    if (line === '' || line === 'POLITIET') return [];
    // The table of contents' heading: entries follow within five lines of text (a page's footer and the next one's header may stand between).
    if ((line === 'Innhold' || line === 'Innhald') && raws.slice(i + 1).filter((l) => l.trim() !== '').slice(0, 5).some((l) => TOC_ENTRY.test(l))) return [];
    return TOC_ENTRY.test(raw) ? [] : [i + 1];
  });
}

/** The seed's lines a reader must find (documentLineNumbers), normalised. */
export function documentLines(seed: string): string[] {
  const raws = seed.split('\n');
  return documentLineNumbers(seed).map((n) => normalise(raws[n - 1] ?? ''));
}

/** The line as a list item shows it: without its bullet (-, o, ❖) or its number. */
export function withoutListMarker(line: string): string {
  return line.replace(/^(?:[-o❖]\s+)+/, '').replace(/^\d+\.\s+/, '');
}

