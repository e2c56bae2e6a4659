/**
 * How binding a sentence makes the term it states, by CODING.md's rule 4
 * ("Modality"): recommended for *bør*, *anbefaler*, *tilrår*; optional for
 * *kan*, *om ønskelig*, *ved behov*; agreed for *skal*, *må*, *forplikter
 * (seg)* and for a plain statement of the arrangement. A sentence with words
 * of two kinds is the strongest: *skal* before *bør* before *kan*.
 */
import type { Modality } from '../content/schema.ts';

const word = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
const AGREED = word('skal|må|forplikter|forpliktar|plikter|pliktar');
const RECOMMENDED = word('bør|anbefaler|anbefalar|tilrår');
const OPTIONAL = word('kan|om ønskelig|om ønskeleg|ved behov');

/** The modality of the sentence that states a term, and the word it was read from (none for a plain statement). */
export function modalityOf(sentence: string): { modality: Modality; word?: string } {
  for (const [modality, pattern] of [
    ['agreed', AGREED],
    ['recommended', RECOMMENDED],
    ['optional', OPTIONAL],
  ] as const) {
    const hit = pattern.exec(sentence);
    if (hit) return { modality, word: hit[0] };
  }
  return { modality: 'agreed' };
}

/** The review's note on a modality read from a sentence. */
export function modalityNote(sentence: string, read: ReturnType<typeof modalityOf>): string {
  return `${read.modality}, ${read.word ? `from «${read.word}»` : 'a plain statement of the arrangement'} in "${sentence}" (CODING.md, "Modality"): check it.`;
}
