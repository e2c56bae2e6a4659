/**
 * Writes the benchmark's synthetic register of n agreements
 * (`src/lib/content/synthetic-corpus.ts`) as a content folder under `root`, with the
 * real målform word list beside it. Used by `npm run bench` and the tests
 * that build a large site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_FILES, readRegisterFiles } from '../src/lib/content/register-files.ts';
import { syntheticRegister } from '../src/lib/content/synthetic-corpus.ts';

/**
 * Writes the synthetic register of `n` agreements, made from the register in `from` (its agreements, municipalities,
 * districts, focus areas, word list and boundaries), to `root`/content and returns that folder.
 */
export function writeSyntheticContent(root: string, n: number, from = 'content'): string {
  const content = join(root, 'content');
  const corpus = syntheticRegister(readRegisterFiles(from), n);
  const files = [
    { path: 'police-districts.json', text: corpus.policeDistricts.text },
    { path: 'municipalities.json', text: corpus.municipalities.text },
    { path: 'focus-areas.json', text: corpus.focusAreas.text },
    { path: 'malform.json', text: readFileSync(join(from, 'malform.json'), 'utf8') },
    { path: DATA_FILES.boundaries, text: readFileSync(join(from, DATA_FILES.boundaries), 'utf8') },
    ...corpus.agreements,
    ...corpus.sources,
  ];
  for (const f of files) {
    mkdirSync(dirname(join(content, f.path)), { recursive: true });
    writeFileSync(join(content, f.path), f.text);
  }
  return content;
}
