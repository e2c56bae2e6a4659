/**
 * Bokmål ⇄ nynorsk search terms, applied at index time: for the words of a
 * passage, the forms of the other written standard that a reader may search
 * for. Built from the word list in `content/malform.json` (whole-word pairs
 * and spellings that differ inside compounds). Pure; the rehype plugin that
 * writes the forms into the page is `search-variants-plugin.ts`.
 */
import { z } from 'zod';
import { parseJsonText } from '../content/source-text.ts';
import { VARIANT_MARKS } from './variant-marks.ts';

/** Two forms of a word, bokmål first: whole words (`pairs`) or spellings inside compounds (`parts`). */
const formPair = (min: number, example: string) =>
  z.tuple([z.string().min(min), z.string().min(min)], {
    error: `write two forms, bokmål then nynorsk, each of at least ${min} letter(s), e.g. ${example}`,
  });

/** The word list, content/malform.json: the plugin reads it with this schema, and the checker checks it with it first. */
export const malformSchema = z.strictObject({
  description: z.string().optional(),
  pairs: z.array(formPair(1, '["forebygging", "førebygging"]')),
  parts: z.array(formPair(2, '["forebygg", "førebygg"]')),
});
export type MalformList = z.infer<typeof malformSchema>;

/** The other standard's forms of words, by written standard of the form. */
export interface Variants {
  /** Nynorsk forms of bokmål words in the passage. */
  nn: string[];
  /** Bokmål forms of nynorsk words in the passage. */
  nb: string[];
}

/**
 * The words of a passage as the search index splits them: lower-cased runs of
 * letters and digits, split at every other character (`SLT-koordinator` is
 * `slt` and `koordinator`). The comparison counts words differently, keeping
 * such joined words whole with their offsets: `words` in compare/similarity.ts.
 */
export function indexedWords(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Looks up the other standard's forms of words, from one word list. */
export class MalformIndex {
  readonly #toNn = new Map<string, Set<string>>();
  readonly #toNb = new Map<string, Set<string>>();
  readonly #parts: Array<[string, string]>;

  constructor(list: MalformList) {
    const add = (map: Map<string, Set<string>>, from: string, to: string) => {
      if (from === to) return;
      let set = map.get(from);
      if (!set) map.set(from, (set = new Set()));
      set.add(to);
    };
    for (const [nb, nn] of list.pairs) {
      add(this.#toNn, nb.toLocaleLowerCase('nb'), nn.toLocaleLowerCase('nb'));
      add(this.#toNb, nn.toLocaleLowerCase('nb'), nb.toLocaleLowerCase('nb'));
    }
    this.#parts = list.parts.map(([nb, nn]) => [nb.toLocaleLowerCase('nb'), nn.toLocaleLowerCase('nb')]);
  }

  /** The other standard's forms of one word: whole-word pairs first, else compound spellings. */
  variantsOfWord(word: string): Variants {
    const w = word.toLocaleLowerCase('nb');
    const nn = new Set(this.#toNn.get(w));
    const nb = new Set(this.#toNb.get(w));
    if (nn.size === 0 && nb.size === 0) {
      for (const [nbPart, nnPart] of this.#parts) {
        if (w.includes(nbPart)) nn.add(w.replaceAll(nbPart, nnPart));
        if (w.includes(nnPart)) nb.add(w.replaceAll(nnPart, nbPart));
      }
    }
    return { nn: [...nn], nb: [...nb] };
  }

  /** The forms, for every word of a passage, that the passage does not already contain. */
  variantsOf(text: string): Variants {
    const present = new Set(indexedWords(text));
    const nn = new Set<string>();
    const nb = new Set<string>();
    for (const w of present) {
      const v = this.variantsOfWord(w);
      v.nn.forEach((x) => present.has(x) || nn.add(x));
      v.nb.forEach((x) => present.has(x) || nb.add(x));
    }
    return { nn: [...nn].sort(), nb: [...nb].sort() };
  }
}

/** Parses the word list, or throws an error naming the file, the field and the fix. */
export function parseMalform(path: string, text: string): MalformList {
  let raw: unknown;
  try {
    raw = parseJsonText(text);
  } catch (e) {
    throw new Error(`${path}: is not valid JSON: ${(e as Error).message}`);
  }
  const result = malformSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue) throw new Error(`${path}: does not match the word list's schema.`);
    throw new Error(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}. Expected { "pairs": [["bokmål", "nynorsk"], …], "parts": [["bokmål", "nynorsk"], …] }.`);
  }
  return result.data;
}


/**
 * The hidden text added after a passage: ` ⟦ førebygging tenestetilbod ⟧` for
 * nynorsk forms, ` ⟪ tjenestetilbud ⟫` for bokmål ones (variant-marks.ts), or
 * '' when there is none. The leading space keeps the passage's last word a
 * word of its own in the index.
 */
export function variantText(v: Variants): string {
  return (['nn', 'nb'] as const)
    .filter((standard) => v[standard].length > 0)
    .map((standard) => ` ${VARIANT_MARKS[standard][0]} ${v[standard].join(' ')} ${VARIANT_MARKS[standard][1]}`)
    .join('');
}
