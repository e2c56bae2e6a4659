/**
 * Hard-wrapped text made into paragraphs again. A text file saved from a
 * PDF viewer or `pdftotext`, or an e-mail, breaks every line at a width; the
 * register keeps a paragraph as one line and a line break only where the
 * document has one (an address, a signature, a table row).
 *
 * A text is hard-wrapped when its lines cluster below a width: few lines are
 * longer (at most 2 % of them), and most lines that are followed by another
 * in the same block fill at least 60 % of it. Then a line break inside a
 * block is the layout's, and goes, when the next line's first word would not
 * have fitted after the line (as the file has it: after a paragraph's short
 * last line the next line starts a paragraph, though the lines before were
 * joined); it stays when the word would have fitted (the
 * writer broke the line), before a list item and around a table row. A line
 * ending in a hyphen before a lower-case word is joined in any text
 * (`joinHyphenated` decides whether the hyphen stays); one ending in a soft
 * hyphen (U+00AD) before a word is joined without it, always. A block after a page
 * break continues the one before it when that one's last line was full and
 * ended mid-sentence (`endsSentence`, the PDF reader's rule too).
 *
 * A heading is a line of its own, though it may be as long as a full line
 * ("6. SLT (samordning av lokale kriminalitetsførebyggjande tiltak)" in text
 * wrapped at 65): joined to the first line of its text it would be no heading.
 * So a line that is a heading the document names (a title of its table of
 * contents, `isTitle`) or a section title of the template as a whole
 * ("Politikontakten", "SLT (samordning av lokale …)"; a case presentation's
 * standard headings too, "Anbefaling", "Vurdering:") is not joined to the
 * line after it unless that one starts in lower case (the title goes on);
 * and no such line is joined to the line before it, a template title only
 * after a sentence's end ("… kriminalitetsbekjempelse." / "Politikontakten":
 * elsewhere it may be a paragraph's last words, "… rapporterer til" /
 * "Politirådet"); a case presentation's standard heading with its colon
 * ("Vedlegg:", "Rådmannens innstilling:") after any line. After a sentence's end, a short line that begins with a
 * template title ("Spesielle fokusområder fra Bodø Kommune", heading-shaped,
 * at most four fifths of the width, the next word would have fitted after it) is not joined to it either: the
 * line stands as it would in the text unwrapped, where the structure step
 * decides whether it is a heading. In narrow text a numbered section title
 * can be too long for the next word to have fitted after it ("2. Politirådets
 * organer og oppgaver" at 45): after a sentence's end, a numbered title-shaped
 * line (not ending in a word a sentence goes on after, as a list item's first
 * line may: "… et samarbeid med") whose number follows one that began an
 * earlier line ("1. Bakgrunn") is not joined to a capitalised full line that
 * its paragraph goes on after.
 */
import { tocTitleKey, type Block } from './clean.ts';
import { documentVocabulary, endsWithSoftHyphen, joinAtSoftHyphen, joinHyphenated, type Vocabulary } from './hyphenation.ts';
import { normaliseSectionTitle, SECTION_TITLE_VARIANTS, sectionKeyOfTitle } from '../content/sections.ts';
import { CASE_PRESENTATION_HEADINGS } from './structure.ts';
import { endsFullSentence, endsSentence, isTableRow, startsListItem, startsLowerCase, wordCount } from './text.ts';

/** What reflowing did, for the review. */
export interface ReflowChanges {
  /** The width the text was wrapped at, when it was. */
  width?: number;
  /** Line breaks removed (lines joined to the one before). */
  linesJoined: number;
  /** Line-end hyphens removed (a word broken by the layout). */
  hyphensRemoved: number;
  /** Line-end hyphens kept (the document's own). */
  hyphensKept: number;
  /** Soft hyphens (U+00AD) at the end of a line that was not joined, removed (they are invisible). */
  softHyphens: number;
}

/** The width a text's lines were wrapped at, or undefined when they were not. */
export function wrapWidth(blocks: readonly Block[]): number | undefined {
  const lengths = blocks.flatMap((b) => b.lines.filter((l) => !isTableRow(l)).map((l) => l.trimEnd().length)).sort((a, b) => a - b);
  if (lengths.length < 10) return undefined;
  const p98 = lengths[Math.floor((lengths.length - 1) * 0.98)] ?? 0;
  const width = Math.max(p98, ...lengths.filter((n) => n <= p98 * 1.08));
  if (width > 200 || width < 25) return undefined;
  const continued = blocks.flatMap((b) => b.lines.slice(0, -1).filter((l) => !isTableRow(l)));
  if (continued.length < 5) return undefined;
  const full = continued.filter((l) => l.trimEnd().length >= width * 0.6).length;
  return full / continued.length >= 0.6 ? width : undefined;
}

const firstWord = (line: string) => /^\S+/.exec(line.trim())?.[0] ?? '';

const TEMPLATE_TITLES = new Set([...Object.values(SECTION_TITLE_VARIANTS).flat(), ...CASE_PRESENTATION_HEADINGS]);
/**
 * A line that is a section title of the template, or a standard heading of a case presentation ("Vurdering:"), as a
 * whole: a capital first, a parenthesis after it allowed ("SLT (samordning av lokale …)").
 */
function isTemplateTitle(line: string): boolean {
  return /^(?:\*\*)?\p{Lu}/u.test(line.trim()) && TEMPLATE_TITLES.has(normaliseSectionTitle(line).replace(/\s*\([^()]*\)$/, ''));
}
/** A case presentation's standard heading with its colon, as a whole line ("Vedlegg:", "Rådmannens innstilling:"): a heading wherever it stands. */
function isCaseHeadingLine(line: string): boolean {
  return /^(?:\*\*)?\p{Lu}/u.test(line.trim()) && /:\s*(?:\*\*)?$/.test(line) && CASE_PRESENTATION_HEADINGS.includes(normaliseSectionTitle(line));
}
/**
 * A line that begins with a section title of the template and can be a heading ("Spesielle fokusområder fra Bodø
 * Kommune"): a capital first, at most ten words, no closing punctuation.
 */
function startsTemplateTitle(line: string): boolean {
  const t = line.trim();
  return /^(?:\*\*)?\p{Lu}/u.test(t) && wordCount(t) <= 10 && !/[.;,:!?]\s*(?:\*\*)?$/.test(t) && sectionKeyOfTitle(t) !== undefined;
}
/** Words a title never ends with, a wrapped sentence's line often does (a preposition, conjunction, article or verb). */
const OPEN_ENDING = /\s(?:av|at|blant|de|dei|den|der|det|ei|eller|en|er|et|etter|for|fra|frå|før|hos|i|kan|med|mellom|mot|må|og|om|over|på|samt|skal|som|til|under|ved|vert|vil|å)(?:\*\*)?$/iu;
/** A line that begins as a numbered section title does ("1. Bakgrunn …"): its number in the first group. */
const NUMBERED_START = /^(?:\*\*)?(\d{1,2})\.\s+\p{Lu}/u;
/**
 * A numbered section title as a whole line ("2. Politirådets organer og oppgaver"): a number, a capital, at most eight
 * words, no closing punctuation, not ending in a word a sentence goes on after (a list item's first line, "2. Det skal
 * etableres et samarbeid med", its next line "Politiet og …"). Its number, or undefined.
 */
function numberedTitle(line: string): number | undefined {
  const m = NUMBERED_START.exec(line.trim());
  return m && wordCount(line.trim()) <= 8 && !/[.;,:!?]\s*(?:\*\*)?$/.test(line.trim()) && !OPEN_ENDING.test(line.trim()) ? Number(m[1]) : undefined;
}
const endsWithHyphen = (line: string) => /[\p{L}\p{N}]-$/u.test(line.trimEnd()) && !/\s-$/.test(line.trimEnd());

/**
 * Reflows blocks; `vocabulary` holds the words the document and the
 * register write (for line-end hyphens); `isTitle` says whether a line (as
 * joined so far) is a heading the document names.
 */
export function reflowBlocks(
  blocks: readonly Block[],
  vocabulary: Vocabulary,
  isTitle: (line: string) => boolean = () => false,
): { blocks: Block[]; changes: ReflowChanges } {
  const width = wrapWidth(blocks);
  const changes: ReflowChanges = { ...(width ? { width } : {}), linesJoined: 0, hyphensRemoved: 0, hyphensKept: 0, softHyphens: 0 };
  /**
   * True when `line`, followed by `after` in its block, ends where the writer broke it, well short of the width: at most
   * four fifths of it, and the next word would have fitted. (A full line can look a character short of the width: `fold
   * -s` keeps the space after a line's last word within it.)
   */
  const short = (line: string, after: string | undefined) =>
    width !== undefined && line.trimEnd().length <= width * 0.8 && (after === undefined || line.trimEnd().length + 1 + firstWord(after).length <= width);
  /** The numbers of the lines so far that begin as a numbered section title does ("1. Bakgrunn …"). */
  const numbersSeen = new Set<number>();
  /**
   * True when `line` (a line of the file, the line before it `before`) is the next numbered section title: a whole line
   * (`numberedTitle`) after a sentence's end, whose number follows one that began a line before it ("2." after "1.").
   * In narrow text its next word need not have fitted after it (a title of 35 characters at 45): it stands alone.
   */
  const nextNumberedTitle = (line: string, before: string | undefined) => {
    const n = numberedTitle(line);
    return n !== undefined && n >= 2 && numbersSeen.has(n - 1) && (before === undefined || endsFullSentence(before));
  };
  /** True when `line` is a full line of a paragraph and `after` goes on with it (no list item). */
  const goesOn = (line: string, after: string | undefined) =>
    width !== undefined && after !== undefined && !startsListItem(after) && !isTableRow(after) && line.trimEnd().length >= width * 0.6 && !endsFullSentence(line);
  /**
   * True when the layout, not the writer, broke the line between `prev` (the text so far, lines joined) and `next`
   * (`after` the line after `next` in its block, if any); `prevLine` is the last line of `prev` as the file has it,
   * whose length says whether the next word would have fitted.
   */
  const layoutBreak = (prev: string, next: string, after: string | undefined, prevLine: string, prevBefore?: string): boolean => {
    if (isTableRow(prev) || isTableRow(next) || startsListItem(next) || next.trim() === '') return false;
    if ((isTitle(prev) || isTemplateTitle(prev)) && !startsLowerCase(next)) return false;
    // A numbered title before a paragraph that goes on past the next line (a full line, another after it), not before
    // the last words of a list item's sentence ("5. Sogn barnevern er representert i" / "Familieforum.").
    if (prev === prevLine && !startsLowerCase(next) && nextNumberedTitle(prev, prevBefore) && goesOn(next, after)) return false;
    if (isTitle(next)) return false;
    if (endsFullSentence(prev) && (isTemplateTitle(next) || (startsTemplateTitle(next) && short(next, after)))) return false;
    if (isCaseHeadingLine(next)) return false;
    if (endsWithSoftHyphen(prev) && /^\s*[\p{L}\p{N}]/u.test(next)) return true;
    if (endsWithHyphen(prev) && /^\s*\p{Ll}/u.test(next)) return true;
    if (width === undefined) return false;
    return prevLine.trimEnd().length + 1 + firstWord(next).length > width;
  };
  const join = (prev: string, next: string): string => {
    changes.linesJoined++;
    // A soft hyphen is where the document allowed the word to break: the word is whole without it.
    if (endsWithSoftHyphen(prev)) {
      changes.hyphensRemoved++;
      return joinAtSoftHyphen(prev, next.trim());
    }
    if (endsWithHyphen(prev)) {
      const { text, reading } = joinHyphenated(prev, next, vocabulary);
      if (reading === 'joined') changes.hyphensRemoved++;
      else changes.hyphensKept++;
      return text;
    }
    return `${prev.trimEnd()} ${next.trim()}`;
  };
  const out: Block[] = [];
  /** The last line of the block before, as the file has it. */
  let lastLineBefore = '';
  for (const block of blocks) {
    const lines: string[] = [];
    for (const [i, line] of block.lines.entries()) {
      const prev = lines.at(-1);
      if (prev !== undefined && layoutBreak(prev, line, block.lines[i + 1], block.lines[i - 1] ?? prev, lines.at(-2))) lines[lines.length - 1] = join(prev, line);
      else lines.push(line);
      const number = NUMBERED_START.exec(line.trim())?.[1];
      if (number !== undefined) numbersSeen.add(Number(number));
    }
    const lastLine = lastLineBefore;
    lastLineBefore = block.lines.at(-1) ?? '';
    const before = out.at(-1);
    const last = before?.lines.at(-1);
    const first = lines[0];
    if (
      before &&
      last !== undefined &&
      first !== undefined &&
      block.pageBreakBefore &&
      width !== undefined &&
      !endsSentence(last) &&
      layoutBreak(last, first, block.lines[1], lastLine)
    ) {
      before.lines[before.lines.length - 1] = join(last, first);
      before.lines.push(...lines.slice(1));
      continue;
    }
    out.push({ lines, pageBreakBefore: block.pageBreakBefore });
  }
  // A soft hyphen at the end of a line that was not joined (a block's last line) is invisible: it goes.
  for (const block of out) {
    block.lines = block.lines.map((line) => {
      if (!endsWithSoftHyphen(line)) return line;
      changes.softHyphens++;
      return line.trimEnd().slice(0, -1);
    });
  }
  return { blocks: out, changes };
}

/**
 * Reflows a text's blocks (`blocks`, what `cleanText` made of `text`) as the importer does: the text's own words and
 * the register's (`register`) are the vocabulary for line-end hyphens, and a line that is one of `titles` (the
 * titles its table of contents names, a Word file's headings) is a heading the document names. The importer and the
 * draft check (src/lib/compare/draft-check.ts) both read a text so. The vocabulary is gathered when a line-end hyphen
 * first asks for it, and `register` called then: the draft check's register is every agreement's text, read into
 * words only for a draft that needs them.
 */
export function reflowText(
  text: string,
  blocks: readonly Block[],
  titles: readonly string[],
  register: () => Vocabulary | undefined = () => undefined,
): { blocks: Block[]; changes: ReflowChanges } {
  let gathered: Vocabulary | undefined;
  const vocabulary = () => (gathered ??= documentVocabulary(text, register()));
  const lazy: Vocabulary = {
    get words() {
      return vocabulary().words;
    },
    get names() {
      return vocabulary().names;
    },
  };
  const keys = new Set(titles.map(tocTitleKey));
  return reflowBlocks(blocks, lazy, (line) => keys.has(tocTitleKey(line)));
}
