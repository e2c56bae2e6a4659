/** The name under content/sources/ of the text an agreement was imported from. */
import { municipalityKey } from '../municipalities/names.ts';

/** The source text's name in `content/sources/` for an input file: its name without folder, lower-case, a–z, 0–9 and hyphens, `.txt`. */
export function sourceFileName(fileName: string): string {
  const base = municipalityKey(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  return `${base || 'kilde'}.txt`;
}

