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
 * 4. A name before the hyphen ("Follo-" + "kommunene": capitalised inside
 *    a sentence elsewhere): kept, as a name joins a word with a hyphen.
 * 5. Otherwise: joined when the Norwegian hyphenation patterns (the
 *    `hyphen` package's, ISC, whose bokmål and nynorsk patterns are the
 *    same data: `hyphen-patterns.ts`) put a syllable break at that point, as a word
 *    processor would have; kept otherwise.
 *
 * No word list is shipped: the free Norwegian word lists are GPL; the
 * document and the register's own text are the vocabulary.
 */
import { patternBreak } from '#hyphen-patterns';
import { KEEPS_HYPHEN } from './text.ts';

/** A line that ends in a soft hyphen (U+00AD) after a letter or digit: a word broken where the document allowed it. */
export function endsWithSoftHyphen(line: string): boolean {
  return /[\p{L}\p{N}]\u00AD$/u.test(line.trimEnd());
}

/**
 * A line ending in a soft hyphen joined to the next: the word is whole without it, no space between (the text
 * readers' and the PDF reader's one rule). Only for a line `endsWithSoftHyphen` says ends in one.
 */
export function joinAtSoftHyphen(before: string, after: string): string {
  return before.trimEnd().slice(0, -1) + after.trimStart();
}

/** Words known to be written as they are, from the document and the register: lower-cased, and the names among them. */
export interface Vocabulary {
  /** Every word, lower-cased; a hyphenated compound whole and as its parts. */
  readonly words: ReadonlySet<string>;
  /** Words written with a capital inside a sentence (names: "Follo", "Luster"), lower-cased. */
  readonly names: ReadonlySet<string>;
}

/** A vocabulary to add to. */
export interface MutableVocabulary extends Vocabulary {
  readonly words: Set<string>;
  readonly names: Set<string>;
}

/** An empty vocabulary. */
export function emptyVocabulary(): MutableVocabulary {
  return { words: new Set(), names: new Set() };
}

/** Two vocabularies as one (the document's and the register's). */
export function mergeVocabularies(a: Vocabulary, b: Vocabulary | undefined): MutableVocabulary {
  return { words: new Set([...a.words, ...(b?.words ?? [])]), names: new Set([...a.names, ...(b?.names ?? [])]) };
}


const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * The words of a text, lower-cased, each hyphenated compound both whole and
 * as its parts; the names among them. The pieces of a word hyphenated at a
 * line end are not taken (they are what is in question).
 */
export function wordsOf(text: string, into: MutableVocabulary = emptyVocabulary()): MutableVocabulary {
  // A soft hyphen (U+00AD) is no break in the word: at a line's end the word runs on, inside a line it is invisible.
  text = text.replace(/\u00AD[ \t]*\r?\n[ \t]*/g, '').replace(/\u00AD/g, '');
  const inner = text.replace(/[\p{L}\p{N}]+-[ \t]*\r?\n\s*[\p{L}\p{N}]+/gu, ' ').replace(/[\p{L}\p{N}]+-[ \t]*(?=\r?\n)/gu, ' ');
  for (const m of inner.matchAll(WORD)) {
    const word = m[0].toLocaleLowerCase('nb');
    into.words.add(word);
    if (word.includes('-')) for (const part of word.split('-')) into.words.add(part);
    // A capital after a lower-case word in the same line: a name.
    const first = m[0].split('-')[0] ?? '';
    if (/^\p{Lu}\p{Ll}/u.test(first) && /\p{Ll}[,]? $/u.test(inner.slice(Math.max(0, m.index - 3), m.index))) into.names.add(first.toLocaleLowerCase('nb'));
  }
  return into;
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
  const known = (w: string) => vocabulary.words.has(w);
  if (known(hyphenated) || known(lastHyphenated)) return keep;
  if (known(joined) || known(lastJoined)) return join;
  // A name before the hyphen is joined to a word with one: "Follo-kommunene".
  if (/^\p{Lu}/u.test(lastPart) && vocabulary.names.has(lastPart.toLocaleLowerCase('nb'))) return keep;
  return patternBreak(lastJoined, lastPart.length) ? join : keep;
}

/**
 * The vocabulary a document's line-end hyphens are read with: the words of its own `text` (`wordsOf`) and the
 * register's (`register`, when there is one; left as it is). The importer's PDF reader (pdf-text.ts) and its reflow
 * step (reflow.ts, the draft check's too) gather it so.
 */
export function documentVocabulary(text: string, register: Vocabulary | undefined): Vocabulary {
  return wordsOf(text, mergeVocabularies(emptyVocabulary(), register));
}

/** The register's vocabulary: the words of its agreements' text (frontmatter and body). */
export function registerVocabulary(agreementTexts: Iterable<string>): Vocabulary {
  const vocabulary = emptyVocabulary();
  for (const text of agreementTexts) wordsOf(text, vocabulary);
  return vocabulary;
}
