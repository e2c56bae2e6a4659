/** The name under content/sources/ of the text an agreement was imported from. */

/** The source text's name in `content/sources/` for an input file: its name without folder, lower-case, a–z, 0–9 and hyphens, `.txt`. */
export function sourceFileName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'kilde'}.txt`;
}

