/**
 * The words of a passage as a reader types them without ø and æ (`Bodø` as
 * `bodo` or `bodoe`, `Sør-Øst` as `sor-ost`, `særleg` as `saerleg`), added to the search
 * index beside the passage. Pagefind takes the accent off a letter that has one
 * (`å` is searched as `a`), but ø and æ are letters of their own, so `Bodo`
 * found nothing. Pure: search-variants-plugin.ts writes the forms into the
 * passage's hidden span, and the search page's excerpts (state.ts) mark the
 * word of the text a form stands for, never the form.
 */
import { FOLDED_MARKS } from './variant-marks.ts';

/**
 * The ways of typing ø and æ without them: o and ae, as web addresses write them (bodo.kommune.no,
 * baerum.kommune.no), and oe and ae, as names are spelt in ASCII (Soerensen). Not æ as a: that would
 * make frequent words of the forms (være as vare, hær as har).
 */
const FOLDS: ReadonlyArray<{ ø: string; æ: string }> = [
  { ø: 'o', æ: 'ae' },
  { ø: 'oe', æ: 'ae' },
];

/** A word in lower case without the signs at its ends: a form as the excerpts compare it. */
export function bareWord(word: string): string {
  return word.toLocaleLowerCase('nb').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * A word of the text as it is typed without ø and æ, each way once (FOLDS): lower case, without the
 * signs at its ends (`(Bodø).` is `bodo` and `bodoe`), its inner signs kept (`Sør-Øst` is `sor-ost`,
 * which Pagefind indexes as `sorost`, `sor` and `ost`, as it does `Sør-Øst`). A word without ø and
 * æ is itself.
 */
export function foldedWords(word: string): string[] {
  const bare = bareWord(word);
  return [...new Set(FOLDS.map((fold) => bare.replace(/[øæ]/g, (letter) => fold[letter as 'ø' | 'æ'])))];
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
    for (const form of foldedWords(word)) if (form && !present.has(form)) forms.add(form);
  }
  return [...forms].sort();
}

/** The hidden text for a passage's folded forms: ` ⟮ bodo sor-ost ⟯`, or '' when there is none. */
export function foldedText(forms: readonly string[]): string {
  return forms.length > 0 ? ` ${FOLDED_MARKS[0]} ${forms.join(' ')} ${FOLDED_MARKS[1]}` : '';
}
