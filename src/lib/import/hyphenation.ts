/**
 * Line-end hyphens: a word the layout broken over two lines
 * ("samfunnssikker-" + "het") is joined; a hyphen the document wrote
 * ("SLT-koordinator", "for- og etterarbeid", "Sør-Øst", "kommune-særskilt")
 * stays. What decides, in this order:
 *
 * 1. "og", "eller" … after the hyphen: the document's own ("rus- og
 *    kriminalitetsforebyggende"), kept with its space.
 * 2. A capital or a digit on either side of the hyphen: the document's own.
 * 3. The hyphenated form found elsewhere in the document or in the register:
 *    kept. The joined form found there: joined.
 * 4. Neither found: joined when the Norwegian hyphenation patterns (the
 *    `hyphen` package's bokmål and nynorsk patterns, ISC) put a syllable
 *    break at that point, as a word processor would have; kept otherwise.
 *
 * No word list is shipped: the free Norwegian word lists are GPL; the
 * document and the register's own text are the vocabulary.
 */
import nb from 'hyphen/nb/index.js';
import nn from 'hyphen/nn/index.js';

/** Lower-cased words known to be written as they are: from the document and the register. */
export type Vocabulary = ReadonlySet<string>;

/** Words after which a line-end hyphen is the document's own ("rus- og kriminalitetsforebyggende"). */
const KEEPS_HYPHEN = new Set(['og', 'eller', 'samt', 'til', 'and', 'både', 'eler']);

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * The words of a text, lower-cased, each hyphenated compound both whole and
 * as its parts. Words hyphenated at a line end are not taken (they are what
 * is in question).
 */
export function wordsOf(text: string, into: Set<string> = new Set()): Set<string> {
  const inner = text.replace(/[\p{L}\p{N}]+-[ \t]*\r?\n[ \t]*[\p{L}\p{N}]+/gu, ' ');
  for (const m of inner.matchAll(WORD)) {
    const word = m[0].toLocaleLowerCase('nb');
    into.add(word);
    if (word.includes('-')) for (const part of word.split('-')) into.add(part);
  }
  return into;
}

/** True when the hyphenation patterns of bokmål or nynorsk allow a break in `word` after `at` characters. */
function patternBreak(word: string, at: number): boolean {
  return [nb, nn].some((lang) => {
    const marked = lang.hyphenateSync(word, { hyphenChar: '|', minWordLength: 4, html: false });
    let position = 0;
    for (const ch of marked) {
      if (ch === '|') {
        if (position === at) return true;
      } else position++;
    }
    return false;
  });
}

/** How a line-end hyphen was read. */
export type HyphenReading = 'joined' | 'kept' | 'kept-before-conjunction';

/**
 * Joins a line ending in a hyphen and the line after it; says how the hyphen
 * was read. `before` must end in a letter or digit and "-".
 */
export function joinHyphenated(before: string, after: string, vocabulary: Vocabulary): { text: string; reading: HyphenReading } {
  const a = before.replace(/\s+$/, '');
  const b = after.replace(/^\s+/, '');
  const stem = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u.exec(a)?.[1] ?? '';
  const next = /^[\p{L}\p{N}]+/u.exec(b)?.[0] ?? '';
  if (KEEPS_HYPHEN.has(next.toLocaleLowerCase('nb'))) return { text: `${a} ${b}`, reading: 'kept-before-conjunction' };
  const keep = { text: a + b, reading: 'kept' as const };
  const join = { text: a.slice(0, -1) + b, reading: 'joined' as const };
  if (next === '' || stem === '') return keep;
  const lastPart = stem.split('-').at(-1) ?? '';
  if (!/\p{Ll}$/u.test(lastPart) || !/^\p{Ll}/u.test(next)) return keep;
  const hyphenated = `${stem}-${next}`.toLocaleLowerCase('nb');
  const joined = `${stem}${next}`.toLocaleLowerCase('nb');
  const lastHyphenated = `${lastPart}-${next}`.toLocaleLowerCase('nb');
  const lastJoined = `${lastPart}${next}`.toLocaleLowerCase('nb');
  if (vocabulary.has(hyphenated) || vocabulary.has(lastHyphenated)) return keep;
  if (vocabulary.has(joined) || vocabulary.has(lastJoined)) return join;
  return patternBreak(lastJoined, lastPart.length) ? join : keep;
}

/** The register's vocabulary: the words of its agreements' text (frontmatter and body). */
export function registerVocabulary(agreementTexts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of agreementTexts) wordsOf(text, words);
  return words;
}
