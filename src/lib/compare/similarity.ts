/**
 * Shared text versus local text. Most agreements adapt one national template;
 * this finds, word by word, which passages of an agreement also stand
 * near-verbatim in another municipality's agreement, and which are its own.
 *
 * The rule: a word is shared when the word-by-word alignment (jsdiff's
 * `diffArrays`, Myers' O(ND) diff) of its section against some section of
 * another municipality's agreement keeps it inside an unchanged run of at
 * least `MIN_SHARED_RUN` words. Words compare case-insensitively, punctuation
 * ignored, so a changed word breaks a run but does not hide the template
 * around it. A word index of `MIN_SHARED_RUN`-word runs picks which sections
 * to align, so the work stays near linear in the size of the register.
 *
 * Pure: takes sections (from `splitSections`), returns counts and segments.
 */
import { diffArrays } from 'diff';
import type { AgreementSection } from './sections-text.ts';

/** The shortest run of consecutive words, unchanged in another agreement, that counts as shared text. */
export const MIN_SHARED_RUN = 5;

/** How many of the best-matching sections of other agreements a section is aligned with, at most. */
export const MAX_ALIGNED_SECTIONS = 8;

/** A word of a text: its comparison form and where it stands. */
export interface Word {
  /** Lower-case, as compared. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’./-][\p{L}\p{N}]+)*/gu;

/**
 * The words of a text as the comparison counts them, with their offsets (letters and digits;
 * `SLT-koordinator`, `15.10.18` and `politi.no` are one word each). The search index splits
 * such words apart: `indexedWords` in search/terms.ts.
 */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ norm: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/**
 * Marks the words of `a` that the alignment of `a` with `b` keeps in an
 * unchanged run of at least `minRun` words.
 */
export function commonRunMask(a: readonly string[], b: readonly string[], minRun = MIN_SHARED_RUN): boolean[] {
  const mask = new Array<boolean>(a.length).fill(false);
  if (a.length < minRun || b.length < minRun) return mask;
  let i = 0;
  for (const change of diffArrays(a as string[], b as string[])) {
    if (change.added) continue;
    if (!change.removed && change.count >= minRun) mask.fill(true, i, i + change.count);
    i += change.count;
  }
  return mask;
}

/** How much of one text stands in another: word counts and the share (0–1). */
export interface Overlap {
  words: number;
  shared: number;
  share: number;
}

function overlap(mask: readonly boolean[]): Overlap {
  const shared = mask.filter(Boolean).length;
  return { words: mask.length, shared, share: mask.length === 0 ? 0 : shared / mask.length };
}

/** How much of text `a` stands near-verbatim in text `b` (one pair, same rule as the register-wide analysis). */
export function pairOverlap(a: string, b: string, minRun = MIN_SHARED_RUN): Overlap {
  return overlap(commonRunMask(words(a).map((w) => w.norm), words(b).map((w) => w.norm), minRun));
}

/** A stretch of a block's text, local (found in no other municipality's agreement) or not. */
export interface Segment {
  text: string;
  local: boolean;
}

/** The shared-text figures of one section. */
export interface SectionSharing extends Overlap {
  /** Per block of the section, its text in segments; joined, each block's segments give its text exactly. */
  blocks: Segment[][];
  /** Ids of the agreements whose alignment found shared text here, best match first. */
  sharedWith: string[];
}

/** The shared-text figures of one agreement, its sections in the order given. */
export interface DocumentSharing extends Overlap {
  id: string;
  sections: SectionSharing[];
}

/** An agreement as the analysis reads it. */
export interface SharingInput {
  id: string;
  /** Agreements of the same group (municipality) are not compared with each other. */
  group: string;
  sections: readonly AgreementSection[];
}

/** Splits a block's text into local and shared segments from its words' marks. */
export function segments(text: string, blockWords: readonly Word[], shared: readonly boolean[]): Segment[] {
  if (blockWords.length === 0) return text === '' ? [] : [{ text, local: false }];
  // 1 where the character is local; runs of equal marks become the segments.
  const local = new Uint8Array(text.length);
  const set = (from: number, to: number, value: boolean) => local.fill(value ? 1 : 0, from, to);
  blockWords.forEach((w, i) => {
    const isLocal = !shared[i];
    set(w.start, w.end, isLocal);
    const prev = i > 0 ? blockWords[i - 1] : undefined;
    const gapStart = prev ? prev.end : 0;
    const gap = text.slice(gapStart, w.start);
    const lead = prev ? /^\S*/.exec(gap)![0].length : 0;
    const trail = /\S*$/.exec(gap)![0].length;
    const prevLocal = prev ? !shared[i - 1] : isLocal;
    set(gapStart, gapStart + lead, prevLocal);
    set(gapStart + lead, w.start - trail, prevLocal && isLocal);
    set(w.start - trail, w.start, isLocal);
  });
  const last = blockWords[blockWords.length - 1]!;
  set(last.end, text.length, !shared[blockWords.length - 1]);
  const out: Segment[] = [];
  let start = 0;
  for (let c = 1; c <= text.length; c++) {
    if (c < text.length && local[c] === local[start]) continue;
    out.push({ text: text.slice(start, c), local: local[start] === 1 });
    start = c;
  }
  return out;
}

/** A 53-bit hash of `n` word ids starting at `from`: the key of a run in the index. */
function runKey(ids: Int32Array, from: number, n: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let k = from; k < from + n; k++) {
    const id = ids[k] ?? 0;
    h1 = Math.imul(h1 ^ id, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ id, 0x5bd1e995) >>> 0;
  }
  return (h1 & 0x1fffff) * 0x100000000 + h2;
}

interface IndexedSection {
  /** The agreement's id. */
  doc: string;
  group: number;
  section: AgreementSection;
  norms: string[];
  ids: Int32Array;
  /** The same number for sections with the same words: the key of the alignment cache. */
  text: number;
  /** Each block's words, in order; together they are `norms`. */
  blockWords: Word[][];
  /** The key of the run starting at each word (`runKey`), for every run of `minRun` words. */
  keys: Float64Array;
  /** Keys of the section's runs, made when first asked for. */
  runs?: Set<number>;
}

/** How many sections an index entry remembers: enough to find the best matches, bounded at national scale. */
const POSTING_LIMIT = 24;

/**
 * For every agreement, which of its words are shared with another
 * municipality's agreement and which are its own, per section and in total.
 * With `only`, just those documents are analysed (against all of them): a
 * reader's draft held against the register.
 */
export function analyseSharing(docs: readonly SharingInput[], minRun = MIN_SHARED_RUN, only?: ReadonlySet<string>): Map<string, DocumentSharing> {
  const vocabulary = new Map<string, number>();
  const groups = new Map<string, number>();
  const idOf = <K>(map: Map<K, number>, key: K): number => {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = map.size));
    return id;
  };
  const texts = new Map<string, number>();
  // Most agreements adapt one template, so the same block, and the same pair of sections, comes back
  // many times: each block's words are found once and each pair of texts aligned once.
  const wordsOfBlock = new Map<string, Word[]>();
  const blockWordsOf = (text: string) => {
    let w = wordsOfBlock.get(text);
    if (!w) wordsOfBlock.set(text, (w = words(text)));
    return w;
  };
  const sectionsOfDoc: IndexedSection[][] = docs.map((doc) => {
    const group = idOf(groups, doc.group);
    return doc.sections.map((section) => {
      const blockWords = section.blocks.map((b) => blockWordsOf(b.text));
      const norms = blockWords.flat().map((w) => w.norm);
      const ids = Int32Array.from(norms, (n) => idOf(vocabulary, n));
      const keys = new Float64Array(Math.max(0, ids.length - minRun + 1));
      for (let i = 0; i < keys.length; i++) keys[i] = runKey(ids, i, minRun);
      return { doc: doc.id, group, section, norms, ids, keys, text: idOf(texts, ids.join(' ')), blockWords };
    });
  });
  const alignments = new Map<string, boolean[]>();
  const aligned = (a: IndexedSection, b: IndexedSection) => {
    const key = `${a.text} ${b.text}`;
    let mask = alignments.get(key);
    if (!mask) alignments.set(key, (mask = commonRunMask(a.norms, b.norms, minRun)));
    return mask;
  };
  const runs = (s: IndexedSection) => {
    if (!s.runs) {
      s.runs = new Set<number>(s.keys);
    }
    return s.runs;
  };

  // The index: run key → sections holding that run (bounded).
  const index = new Map<number, IndexedSection[]>();
  for (const s of sectionsOfDoc.flat()) {
    for (const key of s.keys) {
      const posting = index.get(key);
      if (!posting) index.set(key, [s]);
      else if (posting.length < POSTING_LIMIT && posting[posting.length - 1] !== s) posting.push(s);
    }
  }

  const analyse = (s: IndexedSection): SectionSharing => {
    const n = s.ids.length;
    // Which words some other municipality's text could share (an upper bound), and the best matches.
    const coverable = new Array<boolean>(n).fill(false);
    const hits = new Map<IndexedSection, number>();
    for (let i = 0; i + minRun <= n; i++) {
      let foreign = false;
      for (const other of index.get(s.keys[i]!) ?? []) {
        if (other.group === s.group) continue;
        foreign = true;
        hits.set(other, (hits.get(other) ?? 0) + 1);
      }
      if (foreign) coverable.fill(true, i, i + minRun);
    }
    const shared = new Array<boolean>(n).fill(false);
    // How many coverable words are not yet marked shared: `missed` without scanning the section.
    let open = coverable.reduce((count, c) => (c ? count + 1 : count), 0);
    const sharedWith: string[] = [];
    const mark = (other: IndexedSection, at: (i: number) => boolean, width: number) => {
      let found = false;
      for (let i = 0; i < n; i++) {
        if (!at(i)) continue;
        for (let k = i; k < Math.min(n, i + width); k++) {
          if (shared[k]) continue;
          shared[k] = found = true;
          if (coverable[k]) open--;
        }
      }
      if (found && !sharedWith.includes(other.doc)) sharedWith.push(other.doc);
    };
    const missed = () => open > 0;
    const candidates = [...hits.entries()].sort((x, y) => y[1] - x[1]).map(([other]) => other);
    for (const other of candidates.slice(0, MAX_ALIGNED_SECTIONS)) {
      if (!missed()) break;
      const mask = aligned(s, other);
      mark(other, (i) => mask[i] === true, 1);
    }
    // Runs the whole-section alignment could not place (moved text, or a repeated phrase that pulled
    // the alignment elsewhere) count when one of the best matches holds them word for word.
    for (const other of candidates.slice(0, 3)) {
      if (!missed()) break;
      const theirs = runs(other);
      mark(other, (i) => coverable[i] === true && i + minRun <= n && theirs.has(s.keys[i]!), minRun);
    }
    let offset = 0;
    const blocks = s.section.blocks.map((block, b) => {
      const bw = s.blockWords[b] ?? [];
      const segs = segments(block.text, bw, shared.slice(offset, offset + bw.length));
      offset += bw.length;
      return segs;
    });
    return { ...overlap(shared), blocks, sharedWith };
  };

  const result = new Map<string, DocumentSharing>();
  docs.forEach((doc, d) => {
    if (only && !only.has(doc.id)) return;
    const sections = (sectionsOfDoc[d] ?? []).map(analyse);
    const total = sections.reduce((sum, s) => sum + s.words, 0);
    const shared = sections.reduce((sum, s) => sum + s.shared, 0);
    result.set(doc.id, { id: doc.id, words: total, shared, share: total === 0 ? 0 : shared / total, sections });
  });
  return result;
}

/** A share (0–1) as a whole percentage, rounded down so that "100 %" means every word. */
export function percent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}
