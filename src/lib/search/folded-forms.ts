/**
 * The words of a passage as a reader types them without ø and æ (`Bodø` as
 * `bodo`, `Sør-Øst` as `sor-ost`, `særleg` as `saerleg`), added to the search
 * index beside the passage. Pagefind takes the accent off a letter that has one
 * (`å` is searched as `a`), but ø and æ are letters of their own, so `Bodo`
 * found nothing. Pure: search-variants-plugin.ts writes the forms into the
 * passage's hidden span, and the search page's excerpts (state.ts) mark the
 * word of the text a form stands for, never the form.
 */
import { FOLDED_MARKS } from './variant-marks.ts';

/** ø → o and æ → ae, as in the addresses of the web (bodo.kommune.no, baerum.kommune.no). */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/ø/g, 'o'],
  [/æ/g, 'ae'],
];

/** A word in lower case without the signs at its ends. */
function bareWord(word: string): string {
  return word.toLocaleLowerCase('nb').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * A word of the text as the index keeps it and as it is typed without ø and æ: lower case,
 * without the signs at its ends (`(Bodø).` is `bodo`), its inner signs kept (`Sør-Øst` is
 * `sor-ost`, which Pagefind indexes as `sorost`, `sor` and `ost`, as it does `Sør-Øst`).
 */
export function foldedWord(word: string): string {
  let form = bareWord(word);
  for (const [letter, typed] of FOLDS) form = form.replace(letter, typed);
  return form;
}

/**
 * The folded forms of a passage's words that hold ø or æ (words as Pagefind counts them: split
 * at white space), each once, sorted, leaving out a form the passage itself has.
 */
export function foldedForms(passage: string): string[] {
  const words = passage.split(/\s+/).filter(Boolean);
  const present = new Set(words.map(bareWord));
  const forms = new Set<string>();
  for (const word of words) {
    if (!/[øæ]/iu.test(word)) continue;
    const form = foldedWord(word);
    if (form && !present.has(form)) forms.add(form);
  }
  return [...forms].sort();
}

/** The hidden text for a passage's folded forms: ` ⟮ bodo sor-ost ⟯`, or '' when there is none. */
export function foldedText(forms: readonly string[]): string {
  return forms.length > 0 ? ` ${FOLDED_MARKS[0]} ${forms.join(' ')} ${FOLDED_MARKS[1]}` : '';
}
