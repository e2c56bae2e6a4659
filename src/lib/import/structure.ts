/**
 * Step 3: the blocks of one document to its structure: the title lines
 * before the first section, the sections (## headings, with their canonical
 * key when they are one of the template's), sub-headings (###), paragraphs,
 * lists and tables, and the signature block at the end.
 *
 * Section headings are recognised in two ways:
 * - numbered: a line of its own, "N. Title", where N follows the previous
 *   section's number (so "10. Tidleg innsats" inside a list after section 6
 *   is a list item, not a heading);
 * - not numbered: a line of its own that is one of the template's titles
 *   (`sectionKeyOfTitle`), a title from the document's table of contents, or,
 *   in a case presentation (saksframlegg), one of its standard headings or a
 *   short line ending in a colon before a paragraph (`isCaseHeading`).
 * Other short lines of their own (at most six words, a capital, no digits,
 * no closing punctuation) inside a section are sub-headings. A Word file with
 * heading styles (two section headings or more) has its styled headings as
 * headings and no others: it says which lines are headings. Elsewhere a line
 * ending in a colon ("Faste medlemmer:") introduces what follows and stays a
 * paragraph.
 */
import { HeadingIds } from '../content/headings.ts';
import { NOTE_MARK_CHARACTERS, normaliseSectionTitle, sectionKeyOfTitle, type SectionKey } from '../content/sections.ts';
import { tocTitleKey, type Block } from './clean.ts';
import { DENSE_BLOCK } from './split.ts';
import {
  endsMidSentence,
  isListLine,
  isTableRow,
  joinLines,
  listLine,
  sentences,
  SIGNATORY_ROLE,
  startsLowerCase,
  wordCount,
} from './text.ts';

/** An item of a list, with the items under it. */
export interface ListItem {
  text: string;
  number?: number;
  children: string[];
}

/** A part of a section's text. */
export type Item =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[]; renumbered?: boolean }
  | { kind: 'table'; rows: Array<[string, string]> };

/** A section: its heading as written, its canonical key if it has one, its id, and its text. */
export interface Section {
  heading: string;
  key?: SectionKey;
  id: string;
  items: Item[];
}

/** One document's structure. */
export interface DocumentStructure {
  /** Blocks before the first section: title lines, the signing line, a received stamp. */
  front: Block[];
  sections: Section[];
  /** The signature block at the end: one block per signatory (or place and date line). */
  signatures: Block[];
  /** True when the sections are numbered "1.", "2.", … */
  numbered: boolean;
  /** Headings found whose key another heading already had: kept without a key. */
  duplicateKeys: Array<{ heading: string; key: SectionKey }>;
}

/**
 * The standard headings of a municipal case presentation (saksframlegg): not
 * sections of the agreement template, but the document's own sections.
 */
export const CASE_PRESENTATION_HEADINGS = [
  'vedlegg',
  'rådmannens innstilling',
  'kommunedirektørens innstilling',
  'kommunedirektøren si innstilling',
  'innstilling',
  'saksutredning',
  'saksopplysninger',
  'konsekvenser og vurderinger',
  'vurdering',
  'vurderinger',
  'anbefaling',
  'konklusjon',
];

/** A word of a line that introduces what follows rather than heads a section ("Partene er enige om følgende:", "Tiltaka er:"). */
const LEAD_IN_WORD = /(?<!\p{L})(?:følgende|følgjande|slik|sånn|disse|desse|dette|blant|bl\.a|er|var|har|skal|kan|vil|bør|må|blir|vert|om)(?!\p{L})/iu;

/**
 * A heading of a case presentation (saksframlegg), `next` the line after it: one of its standard headings
 * (`CASE_PRESENTATION_HEADINGS`, a colon after it or not: "Saksopplysninger:", "Vurdering"), or a line of its own,
 * as it writes its headings, ending in a colon and followed by a paragraph ("Økonomiske konsekvenser:" before running
 * text of more than ten words): at most four words and 40 characters, a capital first, no digit, and no word of a
 * line that introduces what follows ("følgende", "slik", "er", "skal" …: "Partene er enige om følgende:" stays a
 * paragraph), nor before a list or a table row, which such a line introduces.
 */
function isCaseHeading(line: string, next: string | undefined): boolean {
  if (!headingShaped(line, 10)) return false;
  if (CASE_PRESENTATION_HEADINGS.includes(normaliseSectionTitle(line))) return true;
  return (
    /:\s*(?:\*\*)?$/.test(line) &&
    wordCount(line) <= 4 &&
    line.length <= 40 &&
    !/\d/.test(line) &&
    !LEAD_IN_WORD.test(line) &&
    next !== undefined &&
    wordCount(next) > 10 &&
    !isListLine(next) &&
    !isTableRow(next)
  );
}

/** A line that is a block of its own. */
function soleLine(block: Block): string | undefined {
  return block.lines.length === 1 ? block.lines[0]?.trim() : undefined;
}

const NUMBERED_HEADING = /^(?<number>\d{1,2})\.?\s+(?<title>(?:\*\*)?\p{Lu}.*)$/u;

/** A note's mark at the end of a line, as a Word file's text has it ("saker.¹"): the line ends where it stands. */
const ENDS_BEFORE_MARK = String.raw`[${NOTE_MARK_CHARACTERS}]*\s*(?:\*\*)?$`;
/** A line ending a sentence or clause, a note's mark after it or not: never a heading, a sub-heading or a signature. */
const ENDS_CLAUSE = new RegExp(`[.;,!?]${ENDS_BEFORE_MARK}`);
const ENDS_CLAUSE_OR_COLON = new RegExp(`[.;,:!?]${ENDS_BEFORE_MARK}`);
const ENDS_SENTENCE_OR_COLON = new RegExp(`[.;:]${ENDS_BEFORE_MARK}`);
/** A footnote's text, as a Word file's text has it ("¹ Jf. veileder …"): a paragraph, never a heading or a signature. */
const NOTE_TEXT = new RegExp(`^[${NOTE_MARK_CHARACTERS}]+\\s`);

/** True when a line can be a heading at all: short, not a sentence, not a row of label and value ("Møter per år<tab>4"; "1.<tab>Formål" is a heading's number). */
function headingShaped(line: string, maxWords: number): boolean {
  return (
    wordCount(line) <= maxWords &&
    line.length <= 90 &&
    !ENDS_CLAUSE.test(line) &&
    /^(?:\*\*)?[\p{Lu}\d]/u.test(line) &&
    (!isTableRow(line) || /^(?:\*\*)?\d{1,2}\.?\t+[^\t]+$/.test(line))
  );
}

/** A sub-heading: a short line of its own with a capital, no digits and no closing punctuation. */
function isSubheading(line: string): boolean {
  return (
    wordCount(line) <= 6 &&
    line.length <= 60 &&
    /^(?:\*\*)?\p{Lu}/u.test(line) &&
    !/\d/.test(line) &&
    !ENDS_CLAUSE_OR_COLON.test(line) &&
    !isListLine(line) &&
    !isTableRow(line)
  );
}

/** A block that can be part of the signature block: short lines, no sentence, no list, no heading. */
function signatureShaped(block: Block): boolean {
  return block.lines.every((l) => wordCount(l) <= 5 && !ENDS_SENTENCE_OR_COLON.test(l.trim()) && !NOTE_TEXT.test(l.trim()) && !isListLine(l) && !isTableRow(l));
}

/** How many blocks at the end form the signature block (0 when there is none). */
function signatureCount(blocks: Block[], isHeading: (b: Block) => boolean): number {
  let n = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (!block || !signatureShaped(block) || isHeading(block)) break;
    n++;
  }
  const run = blocks.slice(blocks.length - n);
  const oneSignatory = n === 1 && (run[0]?.lines.length ?? 0) >= 2 && run[0]?.lines.some((l) => SIGNATORY_ROLE.test(l));
  return n >= 2 || oneSignatory ? n : 0;
}

/** Finds numbered section headings: block indexes whose "N." follows the previous heading's number. */
function numberedHeadings(blocks: Block[]): Set<number> {
  const found = new Set<number>();
  let expected = 1;
  blocks.forEach((block, i) => {
    const line = soleLine(block);
    if (!line || !headingShaped(line, 12)) return;
    const m = NUMBERED_HEADING.exec(line);
    if (m?.groups && Number(m.groups.number) === expected) {
      found.add(i);
      expected++;
    }
  });
  return found.size >= 2 ? found : new Set();
}

/**
 * Lists, tables and paragraphs of consecutive blocks of a section. A list
 * goes on across blank lines and page breaks until something else comes;
 * a numbered list ends where the numbering jumps (marked when rendered).
 */
function itemsOf(blocks: Block[], notes?: ReadonlySet<string>): Item[] {
  const items: Item[] = [];
  const lastList = () => {
    const last = items.at(-1);
    return last?.kind === 'list' ? last : undefined;
  };
  for (const block of blocks) {
    let paragraph: string[] = [];
    let table: Array<[string, string]> = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) items.push({ kind: 'paragraph', lines: paragraph });
      paragraph = [];
    };
    const flushTable = () => {
      if (table.length > 0) items.push({ kind: 'table', rows: table });
      table = [];
    };
    for (const raw of block.lines) {
      // A note's paragraph whose mark the document types ("* Vedtatt …") is no bullet.
      const item = notes?.has(raw.trim()) ? undefined : listLine(raw);
      if (item) {
        flushParagraph();
        flushTable();
        let list = lastList();
        const previous = list?.items.at(-1);
        if (item.level === 2 && list && !list.ordered && previous) {
          previous.children.push(item.text);
          continue;
        }
        const lastNumber = previous?.number;
        const continues =
          list !== undefined &&
          list.ordered === item.ordered &&
          (!item.ordered || (lastNumber !== undefined && item.number === lastNumber + 1));
        if (!continues || !list) {
          list = {
            kind: 'list',
            ordered: item.ordered,
            items: [],
            ...(item.ordered && list?.ordered && lastNumber !== undefined && (item.number ?? 0) > lastNumber + 1 ? { renumbered: true } : {}),
          };
          items.push(list);
        }
        list.items.push({ text: item.text, ...(item.number !== undefined ? { number: item.number } : {}), children: [] });
        continue;
      }
      if (isTableRow(raw)) {
        flushParagraph();
        const [label = '', ...rest] = raw.trim().split(/\t+/);
        table.push([label.trim(), rest.join(' ').trim()]);
        continue;
      }
      flushTable();
      paragraph.push(raw.trim());
    }
    flushParagraph();
    flushTable();
  }
  return items;
}

/** Joins blocks that a page break or a blank line cut in the middle of a sentence. */
function joinBrokenBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    const lastLine = previous?.lines.at(-1);
    const firstLine = block.lines[0];
    if (previous && lastLine !== undefined && firstLine !== undefined && endsMidSentence(lastLine) && startsLowerCase(firstLine) && !isTableRow(lastLine)) {
      previous.lines[previous.lines.length - 1] = joinLines(lastLine, firstLine);
      previous.lines.push(...block.lines.slice(1));
      continue;
    }
    out.push({ lines: [...block.lines], pageBreakBefore: block.pageBreakBefore });
  }
  return out;
}

/**
 * Text with no blank lines (copied out of a PDF viewer) has its section headings inside blocks of text: read
 * as it is, it has no section (documentStructure then tries this). A line that would be a heading as a block
 * of its own is made one, so it is read as it would be with blank lines around it. Tried in turn, the first that
 * finds any:
 * 1. numbered lines of a heading's shape whose number follows the last one so split, the first one's title one of
 *    the template's or of the table of contents ("1. Innleiing /formål", in the table of contents, then "2.
 *    Organiseringa til politiet i Sogn lensmannsdistrikt"); a colon at the end is allowed, as with blank lines
 *    (Moss: "1. Formål:", "2. Deltagelse:"); none followed by a line that starts in lower case (an item of a numbered
 *    list wrapped, as in 3: Luster's "9. Politirådet skal leggja til rette for effektiv" / "handsaming av saker …");
 * 2. unnumbered lines that are one of those titles ("Politikontakten"), in a block of DENSE_BLOCK lines or more
 *    (a shorter block is more likely a signature block or a list, whose lines are text), the first line of each
 *    section key only (a key marks one heading: in Oppegård's 2018 agreement the signatory "Politikontakt" after
 *    the section "Politikontakten" is text), none ending in a colon (a line that introduces what follows,
 *    "Politirådet i Oppegård har følgende fora / samarbeidsorganer:", stays a paragraph), nor followed by a line that
 *    starts in lower case (a wrapped line the reflow left: "Politiråd defineres som et samarbeidsforum på strategisk
 *    nivå" / "i kommunen og politiet …"); in a case presentation,
 *    its headings as well (`isCaseHeading`: "Saksopplysninger:", "Økonomiske konsekvenser:" before a paragraph);
 * 3. numbered lines as in 1 whose first title is none of those ("1. Bakgrunn", Oppegård's 2009 guidelines): a run
 *    of three or more with a sentence (more than ten words, ending in ".") or a bulleted list between each two (the
 *    items of a numbered list stand one after another, or with their wrapped lines between), none ending in a colon
 *    nor followed by a line that starts in lower case (an item wrapped: "1. Oppfølging av ungdom som står i fare /
 *    for å utvikle en kriminell løpebane").
 * Blocks of one line are left as they are.
 */
function headingsAsBlocks(blocks: Block[], isKnownTitle: (line: string) => boolean, casePresentation: boolean): Block[] {
  const split = (isHeading: (line: string, at: number, next: string | undefined) => boolean, minLines: number) => {
    let at = 0;
    return blocks.flatMap((block) => {
      if (block.lines.length < minLines) return [block];
      const out: Block[] = [];
      let lines: string[] = [];
      let pageBreakBefore = block.pageBreakBefore;
      const push = (part: string[]) => {
        if (part.length === 0) return;
        out.push({ lines: part, pageBreakBefore });
        pageBreakBefore = false;
      };
      for (const [i, line] of block.lines.entries()) {
        if (isHeading(line.trim(), at++, block.lines[i + 1]?.trim())) {
          push(lines);
          lines = [];
          push([line]);
        } else lines.push(line);
      }
      push(lines);
      return out;
    });
  };
  const introduces = (line: string) => /:\s*(?:\*\*)?$/.test(line);
  /** The lines of blocks of two lines or more, as `split` counts them (`at`). */
  const counted = blocks.filter((b) => b.lines.length >= 2).flatMap((b) => b.lines.map((l) => l.trim()));
  /** An item of a numbered list wrapped onto the next line ("1. Oppfølging av ungdom som står i fare / for å utvikle …"). */
  const continues = (at: number) => startsLowerCase(counted[at + 1] ?? '');
  /** The lines (by their place among the lines of blocks of two lines or more) of the numbered headings, in order. */
  const numberedRun = (knownFirst: boolean): number[] => {
    const found: number[] = [];
    split((line, at) => {
      const number = Number(NUMBERED_HEADING.exec(line)?.groups?.number);
      if (number !== found.length + 1 || !headingShaped(line, 12) || continues(at) || (knownFirst ? found.length === 0 && !isKnownTitle(line) : introduces(line))) return false;
      found.push(at);
      return false;
    }, 2);
    return found;
  };
  /**
   * True when the lines between two numbered lines hold a sentence (more than ten words, ending in ".") or a bulleted
   * list (Oppegård 2009's "4. Målsettinger"): a section's text, not the wrapped lines of a list's items.
   */
  const sentenceBetween = (from: number, to: number) => {
    const between = counted.slice(from + 1, to);
    return (
      between.some((l) => isListLine(l) && !NUMBERED_HEADING.test(l)) ||
      sentences(between.join(' ')).some((s) => wordCount(s) > 10 && /\.\s*(?:\*\*)?$/.test(s))
    );
  };
  const headingsAt = (run: number[]) => {
    const headings = new Set(run);
    return split((_, at) => headings.has(at), 2);
  };
  const known = numberedRun(true);
  if (known.length > 0) return headingsAt(known);
  const keys = new Set<SectionKey>();
  const unnumbered = split((line, _, next) => {
    if (casePresentation && isCaseHeading(line, next)) return true;
    if (!headingShaped(line, 10) || introduces(line) || NUMBERED_HEADING.test(line) || !isKnownTitle(line) || startsLowerCase(next ?? '')) return false;
    const key = sectionKeyOfTitle(line);
    if (key && keys.has(key)) return false;
    if (key) keys.add(key);
    return true;
  }, DENSE_BLOCK);
  if (unnumbered.length > blocks.length) return unnumbered;
  const unknownFirst = numberedRun(false);
  const apart = unknownFirst.every((at, k) => k === 0 || sentenceBetween(unknownFirst[k - 1] ?? 0, at));
  return unknownFirst.length >= 3 && apart ? headingsAt(unknownFirst) : blocks;
}

/** Options for reading one document's structure. */
export interface StructureOptions {
  /** Titles from the document's table of contents. */
  tocTitles: readonly string[];
  /** True for a case presentation, whose own headings are known. */
  casePresentation: boolean;
  /**
   * The headings a Word file's heading styles mark, the sections' and those below them: when given, a
   * line is a section heading only when it is one of the sections', a sub-heading only when it is one of
   * the others (a body line that starts like a template title, "Politikontakten følger opp saker", is text).
   */
  headingStyles?: { sections: readonly string[]; subheadings: readonly string[] };
  /** A Word file's notes as their paragraphs are written ("* Vedtatt i bystyret."): paragraphs, never list items. */
  notes?: ReadonlySet<string>;
}

/** The structure of one document's blocks. */
export function documentStructure(blocks: Block[], options: StructureOptions): DocumentStructure {
  const toc = new Set(options.tocTitles.map(tocTitleKey));
  const structure = structureOf(blocks, options, toc);
  if (structure.sections.length > 0 || options.headingStyles) return structure;
  // No heading as a line of its own: perhaps text with no blank lines, its headings inside blocks of text.
  const split = headingsAsBlocks(blocks, (line) => toc.has(tocTitleKey(line)) || sectionKeyOfTitle(line) !== undefined, options.casePresentation);
  return split.length > blocks.length ? structureOf(split, options, toc) : structure;
}

/** The structure of blocks as they are; `toc` holds the table of contents' titles as `tocTitleKey` writes them. */
function structureOf(blocks: Block[], options: StructureOptions, toc: ReadonlySet<string>): DocumentStructure {
  const styled = options.headingStyles && {
    sections: new Set(options.headingStyles.sections.map(tocTitleKey)),
    subheadings: new Set(options.headingStyles.subheadings.map(tocTitleKey)),
  };
  const isStyled = (block: Block, kind: 'sections' | 'subheadings') => {
    const line = soleLine(block);
    return line !== undefined && styled !== undefined && styled[kind].has(tocTitleKey(line));
  };
  const numbered = styled ? new Set([...numberedHeadings(blocks)].filter((i) => isStyled(blocks[i] as Block, 'sections'))) : numberedHeadings(blocks);
  /** `next`: the block after it, if any (a case presentation's heading ending in a colon needs a paragraph after it). */
  const isUnnumberedHeading = (block: Block, next?: Block) => {
    if (styled) return isStyled(block, 'sections');
    const line = soleLine(block);
    if (!line || !headingShaped(line, 10)) return false;
    if (numbered.size > 0) return sectionKeyOfTitle(line) === 'signaturer';
    return (
      sectionKeyOfTitle(line) !== undefined ||
      toc.has(tocTitleKey(line)) ||
      (options.casePresentation && isCaseHeading(line, next?.lines[0]?.trim()))
    );
  };
  const isHeadingAt = (i: number) => numbered.has(i) || isUnnumberedHeading(blocks[i] as Block, blocks[i + 1]);

  const firstHeading = blocks.findIndex((_, i) => isHeadingAt(i));
  const signatures = firstHeading < 0 ? 0 : signatureCount(blocks.slice(firstHeading + 1), (b) => isUnnumberedHeading(b));
  const bodyEnd = blocks.length - signatures;
  const front = firstHeading < 0 ? blocks.slice(0, bodyEnd) : blocks.slice(0, firstHeading);

  const ids = new HeadingIds();
  const usedKeys = new Set<SectionKey>();
  const duplicateKeys: DocumentStructure['duplicateKeys'] = [];
  const sections: Section[] = [];
  let current: { heading: string; key?: SectionKey; id: string; blocks: Block[] } | undefined;
  const closeSection = () => {
    if (!current) return;
    const isSub = styled ? (line: string) => styled.subheadings.has(tocTitleKey(line)) : isSubheading;
    sections.push({ heading: current.heading, ...(current.key ? { key: current.key } : {}), id: current.id, items: sectionItems(current.blocks, isSub, options.notes) });
  };
  for (let i = Math.max(firstHeading, 0); firstHeading >= 0 && i < bodyEnd; i++) {
    const block = blocks[i] as Block;
    if (isHeadingAt(i)) {
      closeSection();
      const heading = (soleLine(block) ?? '').replace(/^\*\*(.*)\*\*$/, '$1');
      let key = sectionKeyOfTitle(heading);
      if (key && usedKeys.has(key)) {
        duplicateKeys.push({ heading, key });
        key = undefined;
      }
      if (key) usedKeys.add(key);
      current = { heading, ...(key ? { key } : {}), id: ids.next(heading, key), blocks: [] };
      continue;
    }
    current?.blocks.push(block);
  }
  closeSection();
  return { front, sections, signatures: blocks.slice(bodyEnd), numbered: numbered.size > 0, duplicateKeys };
}

/** A section's blocks to items: sub-headings first, then broken sentences joined, then lists, tables and paragraphs. */
function sectionItems(blocks: Block[], isSub: (line: string) => boolean, notes?: ReadonlySet<string>): Item[] {
  const items: Item[] = [];
  let run: Block[] = [];
  const flush = () => {
    items.push(...itemsOf(joinBrokenBlocks(run), notes));
    run = [];
  };
  blocks.forEach((block) => {
    const line = soleLine(block);
    if (line && isSub(line)) {
      flush();
      items.push({ kind: 'subheading', text: line.replace(/^\*\*(.*)\*\*$/, '$1') });
      return;
    }
    run.push(block);
  });
  flush();
  return items;
}
