/**
 * How binding a sentence makes the term it states, as the importer proposes
 * it for the editor to check (CODING.md, rule 4 "Modality"): the first modal
 * verb of the sentence decides: *skal*, *må*, *forplikter (seg)*, *plikter*
 * agreed; *bør*, *anbefaler*, *anbefales*, *tilrår*, *tilrådd* recommended;
 * *kan* optional, but not *kan ikke* / *kan ikkje* (a term that cannot be
 * changed is agreed). A sentence with none states the arrangement: agreed.
 * The phrases *om ønskelig* and *ved behov* are left to the editor: in a
 * sentence with a number of meetings they qualify the extra ones.
 */
import type { Modality } from '../content/schema.ts';

const MODAL_WORDS: ReadonlyArray<readonly [Modality, string]> = [
  ['agreed', 'skal|må|forplikter|forpliktar|plikter|pliktar'],
  ['recommended', 'bør|anbefaler|anbefalar|anbefales|anbefalast|tilrår|tilrås|tilrådast|tilrådd|tilrådes'],
  ['optional', 'kan(?!\\s+(?:ikke|ikkje)(?![\\p{L}]))'],
];
const MODAL = new RegExp(`(?<![\\p{L}])(?:${MODAL_WORDS.map(([, words]) => `(${words})`).join('|')})(?![\\p{L}])`, 'giu');

/** The modality of the sentence that states a term, and the word it was read from (none for a plain statement). */
export function modalityOf(sentence: string): { modality: Modality; word?: string } {
  for (const hit of sentence.matchAll(MODAL)) {
    const group = hit.slice(1).findIndex((g) => g !== undefined);
    const kind = MODAL_WORDS[group];
    if (kind) return { modality: kind[0], word: hit[0] };
  }
  return { modality: 'agreed' };
}

/** The review's note on a modality read from a sentence. */
export function modalityNote(sentence: string, read: ReturnType<typeof modalityOf>): string {
  return `${read.modality}, ${read.word ? `from «${read.word}», the sentence's first modal verb,` : 'a plain statement of the arrangement,'} in "${sentence}" (CODING.md, "Modality"): check it.`;
}
