/**
 * The words of a query that Pagefind found only through its fallback. A word that begins no word of
 * the index is searched as the longest word of the index that it begins with (Pagefind 1.5,
 * `find_word_extensions` in pagefind_web/src/search.rs): `tausetsplikt` as `ta`, `politiraad` as
 * `politi`, so a misspelling would show hits for another word. Pure; the search page reads the words
 * its results matched (the fragment's content at its match locations) and says so instead.
 */
import { pagefindWords } from './state.ts';

/** Pagefind's form of a word for matching: lower case, accents taken off (å → a; ø and æ stay), letters and digits only. */
export function searchForm(word: string): string {
  return word
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// The endings the Norwegian Snowball stemmer (Pagefind's for `nb`) may take off a word, in its three
// steps, last step first as they stand in the word: step 3, step 2 (the t of -dt, -vt), step 1
// (-erte and -ert leave -er: te, t).
const STEP_1 = ['a', 'e', 'ede', 'ande', 'ende', 'ane', 'ene', 'hetene', 'en', 'heten', 'ar', 'er', 'heter', 'as', 'es', 'edes', 'endes', 'enes', 'hetenes', 'ens', 'hets', 'ets', 'et', 'het', 'ast', 's', 'te', 't'];
const STEP_2 = ['t'];
const STEP_3 = ['leg', 'eleg', 'ig', 'eig', 'lig', 'elig', 'els', 'lov', 'elov', 'slov', 'hetslov'];

/** Every ending the stemmer may take off, and every end of one (a matched word may share part of it). */
const STEMMED_ENDINGS: ReadonlySet<string> = (() => {
  const endings = new Set<string>(['']);
  for (const s3 of ['', ...STEP_3]) for (const s2 of ['', ...STEP_2]) for (const s1 of ['', ...STEP_1]) {
    const ending = s3 + s2 + s1;
    for (let i = 0; i <= ending.length; i++) endings.add(ending.slice(i));
  }
  return endings;
})();

const VOWELS = /[aeiouyæøå]/;

/**
 * Where the stemmer's R1 begins in `form`: after the first non-vowel that follows a vowel, and at
 * least three letters in. It takes endings off only there, so it never leaves less of a word than
 * this (`ide` stays `ide`, and is no `i` + `de`).
 */
function stemRegionStart(form: string): number {
  const letters = [...form];
  const vowel = letters.findIndex((c) => VOWELS.test(c));
  const after = vowel < 0 ? -1 : letters.findIndex((c, i) => i > vowel && !VOWELS.test(c));
  return Math.max(3, after < 0 ? letters.length : after + 1);
}

/**
 * The forms a word of the text is matched as: the whole word, each part between hyphens, slashes and
 * other signs, and each run of parts to its end (`17.mai-arrangementet` as `maiarrangementet` too).
 */
function matchForms(word: string): string[] {
  const parts = word.split(/[^\p{L}\p{N}]+/u).map(searchForm).filter(Boolean);
  return [searchForm(word), ...parts, ...parts.map((_, i) => parts.slice(i).join(''))].filter(Boolean);
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The words of `query` (as typed) that none of `matched` (the words of the text the results matched,
 * as written) stands for: a word stands for a query word when it begins with the query word short of
 * an ending the stemmer takes off. Pagefind's own matches always do; those of its fallback (a shorter
 * word of the index) do not. Empty when every query word was found as typed.
 */
export function unmatchedWords(query: string, matched: Iterable<string>): string[] {
  const forms = [...new Set([...matched].flatMap(matchForms))];
  if (forms.length === 0) return [];
  return query
    .split(/\s+/)
    .filter((word) => {
      const form = searchForm(word);
      if (!form) return false;
      const longest = Math.max(...forms.map((m) => sharedStart(m, form)));
      const rest = form.slice(longest);
      return rest !== '' && !(longest >= stemRegionStart(form) && STEMMED_ENDINGS.has(rest));
    })
    // Named as a word, without the signs around it (quotes of any kind, a wildcard), which the notice quotes itself.
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/** The words of a document's text at Pagefind's match locations (`pagefindWords`). */
export function matchedWords(data: { content: string; locations: readonly number[] }): string[] {
  const words = pagefindWords(data.content);
  return data.locations.map((l) => words[l] ?? '').filter(Boolean);
}
