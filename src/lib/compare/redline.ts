/**
 * What changed between two texts: the redline. One pure module that the
 * build (the «Hva er endret» page of a document that supersedes another) and
 * the browser (any two documents on /sammenlign/endringer/) both call.
 *
 * Sections are paired by their canonical key; a section without a key (or
 * whose key the other text lacks) is paired by content with the most similar
 * section left over on the other side (Dice coefficient of their content
 * words, at least `SIMILAR_SECTIONS`). A section left unpaired is new or removed as a
 * whole. Inside a pair, paragraphs and list items are lined up with
 * `alignBlocks` (align.ts), and each pair of blocks is diffed word by word with
 * jsdiff's `diffWords`; a block with no counterpart is inserted or deleted whole.
 *
 * Counts are words as `words()` (similarity.ts) counts them: letters and
 * digits, punctuation aside. The share of words changed is
 * (words inserted + words deleted) / (words in the old text + words in the new).
 */
import { diffWords } from 'diff';
import type { Language } from '../content/schema.ts';
import type { SectionKey } from '../content/sections.ts';
import { alignBlocks, dice } from './align.ts';
import type { TextBlock } from './sections-text.ts';
import { words } from './similarity.ts';

/**
 * How alike two sections without a common key must be to count as one
 * section changed: the Dice coefficient (0–1) of their distinct words of four
 * letters or more. Unrelated sections of these texts score 0.05–0.22 (the
 * 2009 guidelines against the 2018 agreement); a revised section far more.
 */
export const SIMILAR_SECTIONS = 0.35;

/** One section of a text as the redline reads it: `splitSections` output and `/data/tekst/<slug>.json` both fit. */
export interface RedlineSectionInput {
  key?: SectionKey | undefined;
  id?: string | undefined;
  heading?: string | undefined;
  blocks: readonly TextBlock[];
}

/** A document as the redline reads it. */
export interface RedlineDocument {
  slug: string;
  /** A short name for the reader: "Oppegård 2018". */
  label: string;
  title: string;
  /** The document's page, e.g. `/avtaler/oppegard-2018/`. */
  url: string;
  language: Language;
  sections: readonly RedlineSectionInput[];
}

/** A stretch of text: unchanged, inserted (only in the new text) or deleted (only in the old). */
export interface Piece {
  change: 'same' | 'ins' | 'del';
  text: string;
}

/** A paragraph, list item, sub-heading or table row of the redline. */
export interface RedlineBlock {
  kind: TextBlock['kind'];
  depth: number;
  number?: number;
  /** `same`: unchanged; `changed`: words inserted or deleted; `ins`/`del`: the whole block. */
  change: 'same' | 'changed' | 'ins' | 'del';
  pieces: Piece[];
}

/** Where a section stands in one of the texts. */
export interface SectionRef {
  /** Its position among the text's sections (0-based). */
  index: number;
  key?: SectionKey;
  id?: string;
  heading?: string;
}

/** Word counts of a section or a whole redline. */
export interface WordCounts {
  /** Words in the old text. */
  old: number;
  /** Words in the new text. */
  new: number;
  inserted: number;
  deleted: number;
}

/** One section of the redline. */
export interface SectionChange {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** How the two sides were paired; absent for a section added or removed. */
  matchedBy?: 'key' | 'similarity';
  /** For a pair made by content: its Dice coefficient (0–1). */
  similarity?: number;
  old?: SectionRef;
  new?: SectionRef;
  blocks: RedlineBlock[];
  words: WordCounts;
}

/** The figures on top of the redline. */
export interface RedlineSummary {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  words: WordCounts;
  /** (inserted + deleted) / (old + new), 0–1. */
  changedShare: number;
}

/** The redline of two documents. */
export interface Redline {
  from: Omit<RedlineDocument, 'sections'>;
  to: Omit<RedlineDocument, 'sections'>;
  sections: SectionChange[];
  summary: RedlineSummary;
}

const countWords = (text: string) => words(text).length;

/** Word-level changes between two blocks' texts. */
export function diffText(oldText: string, newText: string): Piece[] {
  const pieces: Piece[] = [];
  for (const part of diffWords(oldText, newText)) {
    const change: Piece['change'] = part.added ? 'ins' : part.removed ? 'del' : 'same';
    const last = pieces[pieces.length - 1];
    if (last && last.change === change) last.text += part.value;
    else if (part.value !== '') pieces.push({ change, text: part.value });
  }
  return pieces;
}

function wholeBlock(block: TextBlock, change: 'ins' | 'del'): RedlineBlock {
  const out: RedlineBlock = { kind: block.kind, depth: block.depth, change, pieces: block.text === '' ? [] : [{ change, text: block.text }] };
  if (block.number !== undefined) out.number = block.number;
  return out;
}

function countPieces(pieces: readonly Piece[], counts: WordCounts): void {
  for (const p of pieces) {
    const n = countWords(p.text);
    if (p.change !== 'ins') counts.old += n;
    if (p.change !== 'del') counts.new += n;
    if (p.change === 'ins') counts.inserted += n;
    if (p.change === 'del') counts.deleted += n;
  }
}

/** The redline of two sections' blocks: aligned paragraph by paragraph, then word by word. */
export function diffBlocks(oldBlocks: readonly TextBlock[], newBlocks: readonly TextBlock[]): { blocks: RedlineBlock[]; words: WordCounts } {
  const rows = alignBlocks([oldBlocks.map((b) => b.text), newBlocks.map((b) => b.text)]);
  const blocks: RedlineBlock[] = [];
  for (const [o, n] of rows) {
    const before = o === null || o === undefined ? undefined : oldBlocks[o];
    const after = n === null || n === undefined ? undefined : newBlocks[n];
    if (before && after) {
      const pieces = diffText(before.text, after.text);
      const out: RedlineBlock = { kind: after.kind, depth: after.depth, change: pieces.every((p) => p.change === 'same') ? 'same' : 'changed', pieces };
      if (after.number !== undefined) out.number = after.number;
      blocks.push(out);
    } else if (after) {
      blocks.push(wholeBlock(after, 'ins'));
    } else if (before) {
      blocks.push(wholeBlock(before, 'del'));
    }
  }
  const counts: WordCounts = { old: 0, new: 0, inserted: 0, deleted: 0 };
  for (const b of blocks) countPieces(b.pieces, counts);
  return { blocks, words: counts };
}

const sectionText = (s: RedlineSectionInput) => s.blocks.map((b) => b.text).join('\n');
/** A section's distinct words of four letters or more: what content similarity compares (short words say little). */
const contentWords = (s: RedlineSectionInput) => [...new Set(words(sectionText(s)).map((w) => w.norm).filter((w) => w.length >= 4))];

/** The text before the first heading: no key, no heading. */
const isPreamble = (s: RedlineSectionInput) => !s.key && !s.heading && !s.id;

function ref(s: RedlineSectionInput, index: number): SectionRef {
  const out: SectionRef = { index };
  if (s.key) out.key = s.key;
  if (s.id) out.id = s.id;
  if (s.heading) out.heading = s.heading;
  return out;
}

/**
 * Pairs the sections of two texts: by canonical key, the preambles with each
 * other, then by content. Returns, per new section, the index of its old
 * section (or undefined) and how it was paired.
 */
export function pairSections(
  oldSections: readonly RedlineSectionInput[],
  newSections: readonly RedlineSectionInput[],
): Array<{ old?: number; matchedBy?: 'key' | 'similarity'; similarity?: number }> {
  const pairs: Array<{ old?: number; matchedBy?: 'key' | 'similarity'; similarity?: number }> = newSections.map(() => ({}));
  const oldTaken = new Set<number>();
  newSections.forEach((s, n) => {
    const o = oldSections.findIndex((x, i) => !oldTaken.has(i) && ((s.key !== undefined && x.key === s.key) || (isPreamble(s) && isPreamble(x))));
    if (o >= 0) {
      oldTaken.add(o);
      pairs[n] = { old: o, matchedBy: 'key' };
    }
  });
  // By content: every left-over pair where at least one side has no key (two different keys are two different sections).
  const newWords = newSections.map(contentWords);
  const oldWords = oldSections.map(contentWords);
  const candidates: Array<{ n: number; o: number; score: number }> = [];
  newSections.forEach((s, n) => {
    if (pairs[n]?.old !== undefined) return;
    oldSections.forEach((x, o) => {
      if (oldTaken.has(o) || (s.key && x.key)) return;
      const score = dice(oldWords[o] ?? [], newWords[n] ?? []);
      if (score >= SIMILAR_SECTIONS) candidates.push({ n, o, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.n - b.n || a.o - b.o);
  for (const c of candidates) {
    if (oldTaken.has(c.o) || pairs[c.n]?.old !== undefined) continue;
    oldTaken.add(c.o);
    pairs[c.n] = { old: c.o, matchedBy: 'similarity', similarity: c.score };
  }
  return pairs;
}

const addCounts = (total: WordCounts, part: WordCounts) => {
  total.old += part.old;
  total.new += part.new;
  total.inserted += part.inserted;
  total.deleted += part.deleted;
};

/**
 * The redline from `from` (the old text) to `to` (the new): sections in the
 * new text's order, each removed section placed after the section that came
 * before it in the old text.
 */
export function redline(from: RedlineDocument, to: RedlineDocument): Redline {
  const pairs = pairSections(from.sections, to.sections);
  const pairedOld = new Map<number, number>();
  pairs.forEach((p, n) => {
    if (p.old !== undefined) pairedOld.set(p.old, n);
  });
  const removed = (o: number): SectionChange => {
    const s = from.sections[o]!;
    const { blocks, words: counts } = diffBlocks(s.blocks, []);
    return { status: 'removed', old: ref(s, o), blocks, words: counts };
  };
  const sections: SectionChange[] = [];
  const placed = new Set<number>();
  // Old sections that are removed and come before the first paired one lead.
  const placeRemovedAfter = (o: number) => {
    for (let k = o + 1; k < from.sections.length && !pairedOld.has(k); k++) {
      if (!placed.has(k)) {
        placed.add(k);
        sections.push(removed(k));
      }
    }
  };
  placeRemovedAfter(-1);
  to.sections.forEach((s, n) => {
    const pair = pairs[n]!;
    if (pair.old === undefined) {
      const { blocks, words: counts } = diffBlocks([], s.blocks);
      sections.push({ status: 'added', new: ref(s, n), blocks, words: counts });
      return;
    }
    const before = from.sections[pair.old]!;
    const { blocks, words: counts } = diffBlocks(before.blocks, s.blocks);
    const renamed = (before.heading ?? '') !== (s.heading ?? '');
    const change: SectionChange = {
      status: counts.inserted + counts.deleted > 0 || renamed || blocks.some((b) => b.change !== 'same') ? 'changed' : 'unchanged',
      matchedBy: pair.matchedBy!,
      old: ref(before, pair.old),
      new: ref(s, n),
      blocks,
      words: counts,
    };
    if (pair.similarity !== undefined) change.similarity = pair.similarity;
    sections.push(change);
    placeRemovedAfter(pair.old);
  });
  for (let o = 0; o < from.sections.length; o++) {
    if (!pairedOld.has(o) && !placed.has(o)) sections.push(removed(o));
  }

  const total: WordCounts = { old: 0, new: 0, inserted: 0, deleted: 0 };
  for (const s of sections) addCounts(total, s.words);
  const count = (status: SectionChange['status']) => sections.filter((s) => s.status === status).length;
  const { sections: _f, ...fromMeta } = from;
  const { sections: _t, ...toMeta } = to;
  return {
    from: fromMeta,
    to: toMeta,
    sections,
    summary: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      words: total,
      changedShare: total.old + total.new === 0 ? 0 : (total.inserted + total.deleted) / (total.old + total.new),
    },
  };
}
