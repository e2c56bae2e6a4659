/**
 * Reads a Word file (.docx) with `mammoth` (BSD-2-Clause) into the plain
 * text the importer's other steps read, carrying the document's structure
 * over: a heading style is a line of its own and is named to the structure
 * step as a heading (as a table of contents would), list paragraphs become
 * "-" or "N." items (nested lists indented), a table's rows become
 * tab-separated rows, bold stays bold, a line break inside a paragraph stays,
 * and so does a tab in a paragraph (a label and its value in two columns,
 * which the structure step makes a table as it does a text file's).
 * Word's page headers and footers are not part of the text mammoth reads.
 */
import { ImportError } from './errors.ts';
import { isTableRow } from './text.ts';
import { decodeEntities } from '../html-entities.ts';
import { SUPERSCRIPT_DIGITS, SUPERSCRIPT_ROMAN } from '../content/sections.ts';
import { noteKey, noteMarks, type NoteMark } from './docx-notes.ts';
import { loadZipReader, openDocx } from './docx-package.ts';
import { signatureBlocks, type WordTable } from './docx-signatures.ts';
import { LABEL_END, LABEL_START, withNumberLabels } from './docx-numbering.ts';

/** A number `withNumberLabels` wrote at the start of a paragraph. */
const LABEL = new RegExp(`${LABEL_START}([^${LABEL_END}]*)${LABEL_END}[ \\t]*`);

/** What a Word file gave: its text, its headings, and what was carried over, for the review. */
export interface DocxText {
  text: string;
  /** The texts of the section-level headings (the most used heading level). */
  headings: string[];
  /** The texts of the headings of the levels below the sections'. */
  subheadings: string[];
  /** The paragraphs of its footnotes and endnotes, as written ("¹ Jf. veileder.", "* Vedtatt i bystyret."). */
  noteParagraphs: string[];
  notes: string[];
}

/** True when the bytes are a ZIP archive (a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** mammoth's HTML's entities decoded: XML's, and `&nbsp;` as a plain space. */
const decode = (s: string) => decodeEntities(s, { nbsp: ' ' });

interface ListState {
  ordered: boolean;
  next: number;
  /** Items read so far (mammoth's number of the next one is this plus one). */
  items: number;
}

/** A footnote or endnote of a Word file, as the text shows it. */
export interface DocxNote {
  kind: 'footnote' | 'endnote';
  /** Its mark as the text has it ("¹", "ⁱⁱ", "*"; footnotes and endnotes are numbered apart). */
  mark: string;
  /** True when the document types the mark itself (`w:customMarkFollows`). */
  custom: boolean;
  /** The text just before its mark, to find it by. */
  after: string;
}

/**
 * A note's mark as Word prints it, raised: digits and lower-case Roman numerals in their superscript letters ("ⁱⁱ");
 * a mark with any other character (a letter, "A", "†") as it is.
 */
export function superscriptMark(mark: string): string {
  const raised = [...mark].map((c) => (/\d/.test(c) ? SUPERSCRIPT_DIGITS[Number(c)] : SUPERSCRIPT_ROMAN[c]));
  return raised.every((c) => c !== undefined) ? raised.join('') : mark;
}

/** The id of a note's reference (its mark) in mammoth's HTML ("footnote-ref-1"), with any prefix. */
const NOTE_REF_ID = /(?:^|-)(footnote|endnote)-ref-(-?\d+)$/;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The notes mammoth puts at the end of its HTML (`<ol><li id="footnote-1">…</li></ol>`, each with a
 * back-link "↑" that is not in the document): the HTML before them, and each note's text by its id.
 */
function splitNotes(html: string): { body: string; notes: Map<string, string> } {
  const start = /<ol><li id="[^"]*(?:footnote|endnote)-[^"]*">/.exec(html);
  const notes = new Map<string, string>();
  if (!start) return { body: html, notes };
  let depth = 0;
  let open: { id: string; from: number } | undefined;
  const tail = html.slice(start.index + '<ol>'.length);
  for (const m of tail.matchAll(/<(\/?)li\b([^>]*)>/gi)) {
    if (m[1] !== '/') {
      if (depth === 0) open = { id: attribute(m[2] ?? '', 'id') ?? '', from: m.index + m[0].length };
      depth++;
      continue;
    }
    depth--;
    if (depth === 0 && open) {
      const inner = tail.slice(open.from, m.index).replace(/<a href="#[^"]*(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>/g, '');
      notes.set(open.id, htmlToImportText(inner).text.trim().split(/\n\n+/).join('\n'));
      open = undefined;
    }
  }
  return { body: html.slice(0, start.index), notes };
}

/**
 * mammoth's HTML (a small, regular subset: h1–h6, p, ul/ol/li, table/tr/td,
 * strong, em, a, br, sup) to the importer's text. A footnote or endnote is
 * written as Word prints it: its mark a superscript number in the text
 * ("saker.¹", not mammoth's "[1]" link), its text a paragraph "¹ …" after the
 * paragraph, list or table that holds the mark (Word prints it at the foot of
 * that page; at the end of the text it would run into the signature block),
 * without mammoth's back-link "↑".
 */
export function htmlToImportText(html: string, marks?: ReadonlyMap<string, NoteMark>): {
  text: string;
  headings: Array<{ level: number; text: string }>;
  lists: number;
  tables: number;
  notes: DocxNote[];
  /** The notes' paragraphs as written. */
  noteParagraphs: string[];
  /** What writing the signature block in the register's shape did (`signatureBlocks`), for the review. */
  signatureNotes: string[];
  /**
   * What Word's numbering gave: list items numbered, how many of them go on counting where mammoth started again
   * at 1, the headings Word numbers (as written, their number first) and other paragraphs it numbers.
   */
  numbering: { items: number; continued: number; headings: string[]; paragraphs: number };
} {
  const split = splitNotes(html);
  const noteTexts = split.notes;
  const notes: DocxNote[] = [];
  const noteParagraphs: string[] = [];
  /** Blocks that are no signature's lines (headings, lists, notes); blocks an empty paragraph stands before; the tables. */
  const fixed = new Set<number>();
  const blankBefore = new Set<number>();
  const wordTables: WordTable[] = [];
  let grid: string[][][] = [];
  let gridRow: string[][] | undefined;
  /** Notes whose mark is in the block being read: written after it. */
  let pending: Array<{ id: string; mark: string }> = [];
  /** Inside a note's reference, whose text (mammoth's "[1]") is not the document's. */
  let inReference = false;
  const blocks: string[] = [];
  /** A block of the text, then the notes whose marks it holds. */
  const pushBlock = (text: string) => {
    blocks.push(text);
    pushNotes();
  };
  function pushNotes() {
    for (const note of pending) {
      const body = noteTexts.get(note.id);
      // A note whose mark the document types has it in its own text too, as Word writes such a note.
      if (body !== undefined && body !== '') {
        const paragraph = `${note.mark} ${body.startsWith(note.mark) ? body.slice(note.mark.length).trimStart() : body}`;
        fixed.add(blocks.length);
        blocks.push(paragraph);
        noteParagraphs.push(...paragraph.split('\n'));
      }
    }
    pending = [];
  }
  const headings: Array<{ level: number; text: string }> = [];
  const lists: ListState[] = [];
  let listItems = 0;
  let tables = 0;
  let line = '';
  let rows: string[] = [];
  let cells: string[] | undefined;
  let cellText: string[] | undefined;
  let listBlock: string[] | undefined;
  let heading: number | undefined;
  /** The index in `blocks` of the last paragraph made of tab-separated lines, which the next such paragraph joins. */
  let tabRows: number | undefined;
  const flushLine = () => {
    // The number Word shows before the paragraph, when `withNumberLabels` wrote it in.
    const labelled = LABEL.exec(line);
    const label = labelled?.[1]?.trim();
    if (labelled) line = line.slice(0, labelled.index) + line.slice(labelled.index + labelled[0].length);
    // Spaces collapse; a tab stays (with the spaces around it gone): "Leiing:<tab>Kommunen" is two columns.
    const text = line.replace(/ +/g, ' ').replace(/ *\t[ \t]*/g, '\t').replace(/[ \t]*\n[ \t]*/g, '\n').trim().replace(/\*\*\s*\*\*/g, ' ');
    line = '';
    if (text === '') return;
    const flat = text.replace(/[\n\t]+/g, ' ');
    // Outside a list, Word's number is written before the text, as Word shows it ("1. Formål").
    const shownBefore = (t: string) => (label === undefined ? t : `${label} ${t}`);
    if (label !== undefined && !(listBlock && !cellText)) {
      if (heading !== undefined && !cellText) numbering.headings.push(`${label} ${flat.replace(/\*\*/g, '')}`);
      else numbering.paragraphs++;
    }
    if (cellText) cellText.push(shownBefore(flat));
    else if (listBlock) {
      const depth = lists.length - 1;
      const list = lists.at(-1) as ListState;
      let marker = '-';
      if (list.ordered) {
        // Word's number, which goes on counting where a paragraph interrupted the list; mammoth's lists start at 1.
        const shown = label === undefined ? undefined : /^(\d{1,4})[.)]?$/.exec(label);
        const number = shown ? Number(shown[1]) : list.next;
        if (label !== undefined) numbering.items++;
        const mammothNumber = ++list.items;
        if (shown && number !== mammothNumber) numbering.continued++;
        marker = label !== undefined && !shown ? label : `${number}.`;
        list.next = number + 1;
      }
      listBlock.push(`${'  '.repeat(depth)}${marker} ${flat}`);
      listItems++;
    } else if (heading !== undefined) {
      const plain = shownBefore(flat.replace(/\*\*/g, ''));
      headings.push({ level: heading, text: plain });
      fixed.add(blocks.length);
      pushBlock(plain);
    } else if (label !== undefined) pushBlock(shownBefore(text));
    else if (text.split('\n').every((l) => isTableRow(l))) {
      // Paragraphs of label and value, one after the other, are one table, as the same lines of a text file are.
      if (tabRows !== undefined && tabRows === blocks.length - 1) blocks[tabRows] += `\n${text}`;
      else blocks.push(text);
      tabRows = blocks.length - 1;
      pushNotes();
    } else pushBlock(text);
  };
  const counts = { footnote: 0, endnote: 0 };
  const numbering = { items: 0, continued: 0, headings: [] as string[], paragraphs: 0 };
  for (const m of split.body.matchAll(/<(\/?)([a-z][a-z0-9]*)\b([^>]*?)(\/?)>|([^<]+)/gi)) {
    const [, closing, rawTag, attrs = '', , text] = m;
    if (text !== undefined) {
      if (!inReference) line += decode(text);
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const open = closing !== '/';
    switch (tag) {
      case 'a': {
        if (!open) {
          inReference = false;
          break;
        }
        const ref = NOTE_REF_ID.exec(attribute(attrs, 'id') ?? '');
        const href = attribute(attrs, 'href') ?? '';
        if (ref && href.startsWith('#')) {
          const kind = ref[1] as DocxNote['kind'];
          const number = ++counts[kind];
          // The mark Word prints (`noteMarks`); without the file's, the note's place among its kind, in digits.
          const known = marks?.get(noteKey(kind, ref[2] ?? ''));
          const custom = known?.custom === true && known.text !== '';
          const mark = custom ? (known?.text ?? '') : superscriptMark(known?.text ?? String(number));
          const before = line.replace(LABEL, '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
          notes.push({ kind, mark, custom, after: before.length > 40 ? `…${before.slice(-40).trimStart()}` : before });
          pending.push({ id: href.slice(1), mark });
          // A mark the document types is in its text after the reference: not written twice.
          if (!custom) line += mark;
          inReference = true;
        }
        break;
      }
      case 'br':
        line += '\n';
        break;
      case 'strong':
      case 'b':
        line += '**';
        break;
      case 'p':
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
        // An empty paragraph (mammoth writes it when asked to) stands between blocks, as a text file's blank line.
        if (!open && tag === 'p' && line.trim() === '' && !cellText && !listBlock) blankBefore.add(blocks.length);
        if (!open || line.trim() !== '') flushLine();
        heading = open && tag.startsWith('h') ? Number(tag.slice(1)) : undefined;
        break;
      case 'ul':
      case 'ol':
        flushLine();
        if (open) {
          if (lists.length === 0) listBlock = [];
          lists.push({ ordered: tag === 'ol', next: 1, items: 0 });
        } else {
          lists.pop();
          if (lists.length === 0 && listBlock) {
            fixed.add(blocks.length);
            pushBlock(listBlock.join('\n'));
            listBlock = undefined;
          }
        }
        break;
      case 'li':
        flushLine();
        break;
      case 'table':
        flushLine();
        if (open) {
          rows = [];
          grid = [];
        } else {
          if (rows.length > 0) {
            wordTables.push({ block: blocks.length, grid });
            pushBlock(rows.join('\n'));
          }
          tables++;
        }
        break;
      case 'tr':
        if (open) {
          cells = [];
          gridRow = [];
        } else if (cells) {
          if (cells.some((c) => c !== '')) {
            rows.push(cells.join('\t'));
            if (gridRow) grid.push(gridRow);
          }
          cells = undefined;
          gridRow = undefined;
        }
        break;
      case 'td':
      case 'th':
        if (open) cellText = [];
        else {
          flushLine();
          cells?.push((cellText ?? []).join(' '));
          gridRow?.push(cellText ?? []);
          cellText = undefined;
        }
        break;
      default:
        break;
    }
  }
  flushLine();
  pushNotes();
  const signed = signatureBlocks(blocks, wordTables, fixed, blankBefore);
  return { text: `${signed.blocks.join('\n\n')}\n`, headings, lists: listItems, tables, notes, noteParagraphs, signatureNotes: signed.notes, numbering };
}

/** The level of the section headings: the highest heading level used more than once (a single one above it is the title). */
function sectionLevel(headings: ReadonlyArray<{ level: number; text: string }>): number | undefined {
  const counts = new Map<number, number>();
  for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([l]) => l).sort((a, b) => a - b)[0] ?? headings[0]?.level;
}

/** The section-level headings: those of the highest heading level used more than once (a single one above it is the title). */
export function sectionHeadings(headings: ReadonlyArray<{ level: number; text: string }>): string[] {
  const level = sectionLevel(headings);
  return headings.filter((h) => h.level === level).map((h) => h.text);
}

/** The headings of the levels below the sections' (sub-headings). */
export function subHeadings(headings: ReadonlyArray<{ level: number; text: string }>): string[] {
  const level = sectionLevel(headings) ?? Infinity;
  return headings.filter((h) => h.level > level).map((h) => h.text);
}

/**
 * The review's lines on a Word file's footnotes and endnotes: how they are written, and where each mark is;
 * `marked` is false when the file's note marks could not be read (the notes are then numbered 1, 2, … by kind).
 */
function noteLines(notes: readonly DocxNote[], marked: boolean): string[] {
  const lines: string[] = [];
  const where = (these: readonly DocxNote[]) =>
    these.map((n) => `${n.mark}${n.custom ? ' (its own mark, typed in the document)' : ''} ${n.after === '' ? 'at the start of a paragraph' : `after "${n.after}"`}`).join('; ');
  const footnotes = notes.filter((n) => n.kind === 'footnote');
  const endnotes = notes.filter((n) => n.kind === 'endnote');
  const how = `each mark in the text as Word prints it (a number raised: "¹", "ⁱⁱ"; a mark the document types itself, such as "*", as it is), each note as a paragraph "¹ …" after the paragraph, list or table that holds its mark`;
  const unread = marked ? '' : ': the file\'s note marks could not be read, so they are numbered 1, 2, …: check them against the document';
  if (footnotes.length > 0) {
    lines.push(
      `the Word file has ${footnotes.length === 1 ? 'a footnote, written as Word prints it' : `${footnotes.length} footnotes, written as Word prints them`} (${how}; Word prints a footnote at the foot of that page: move it if the document shows it elsewhere${unread}): ${where(footnotes)}.`,
    );
  }
  if (endnotes.length > 0) {
    lines.push(
      `the Word file has ${endnotes.length === 1 ? 'an endnote' : `${endnotes.length} endnotes`} (${how}, not at the end, where the signature block is: Word prints endnotes at the end of the document; marked as the file numbers them, i, ii, … where it names no format, as Word does${unread}): ${where(endnotes)}.`,
    );
  }
  return lines;
}

/** How mammoth is handed a file's bytes: as a Buffer by its Node build, as an ArrayBuffer by its browser build. */
export type MammothInput = { buffer: Buffer } | { arrayBuffer: ArrayBuffer };

/** A Word file's HTML as the importer reads it (`wordHtml`). */
export interface WordHtml {
  html: string;
  /** The marks its notes print (docx-notes.ts), when they could be read: mammoth's HTML numbers them 1, 2, … */
  notes?: Awaited<ReturnType<typeof noteMarks>>;
  /** Why Word's numbering could not be read, when it could not: the HTML then has no numbers Word shows. */
  unnumbered?: string;
}

/**
 * Why `wordHtml` could not read a Word file: mammoth could not (not a Word file, or a damaged one); the message is
 * mammoth's. A failure to load the code that reads it is not one: it rejects as it is, as it says nothing of the file.
 */
export class UnreadableWordFile extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'UnreadableWordFile';
  }
}

/**
 * A Word file's HTML as the importer reads it: mammoth's, of the file with the numbers Word shows written in
 * (`withNumberLabels`, docx-numbering.ts: mammoth's HTML loses them) and its empty paragraphs kept (they group a
 * signature block's lines, as a text file's blank lines do), with the marks its notes print (docx-notes.ts); the zip
 * opened once for both (docx-package.ts, jszip). The importer (Node) and the draft check (the browser) read a Word
 * file so; `input` hands mammoth the bytes as its build there takes them. A file whose numbering or notes cannot be
 * read is read without them; rejects with `UnreadableWordFile` when mammoth cannot read the file, and with the error
 * itself when mammoth or jszip cannot be loaded.
 */
export async function wordHtml(bytes: Uint8Array, input: (bytes: Uint8Array) => MammothInput): Promise<WordHtml> {
  let unnumbered: string | undefined;
  /** Notes why Word's numbering could not be read. */
  const withoutNumbers = (e: unknown) => {
    unnumbered = (e as Error).message.split('\n')[0];
    return undefined;
  };
  // The code, loaded only for a Word file (text and PDF imports do without it), and outside the catches below: a module
  // that cannot be loaded is no fault of the file's, so it neither passes for a file mammoth cannot read nor leaves
  // Word's numbering out unsaid.
  const [Zip, { default: mammoth }] = await Promise.all([loadZipReader(), import('mammoth')]);
  // The zip loaded and document.xml parsed once, for both steps below (mammoth opens the file on its own); if it cannot be, neither is taken.
  const docx = await openDocx(bytes, Zip).catch(withoutNumbers);
  // The marks Word prints for its notes, which mammoth's HTML numbers 1, 2, … (the file is read without them if they cannot be read).
  const notes = docx && (await noteMarks(docx).catch(() => undefined));
  // The numbers Word shows before numbered paragraphs, which mammoth's HTML loses (it writes them into the zip, last).
  const labelled = docx && (await withNumberLabels(docx).catch(withoutNumbers));
  // Empty paragraphs kept (`<p></p>`): those that only space out a list's items withNumberLabels took out (mammoth would close the list at each).
  const converted = await mammoth.convertToHtml(input(labelled?.bytes ?? bytes), { ignoreEmptyParagraphs: false }).catch((e: unknown) => {
    throw new UnreadableWordFile(e);
  });
  const html = converted.value;
  return { html, ...(notes ? { notes } : {}), ...(unnumbered !== undefined ? { unnumbered } : {}) };
}

/** Reads a .docx file; throws ImportError when it cannot be read. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocxText> {
  let word: WordHtml;
  try {
    word = await wordHtml(bytes, (b) => ({ buffer: Buffer.from(b) }));
  } catch (e) {
    // A mammoth or jszip that cannot be loaded is the installation's fault, not the file's: it stays as it is.
    if (!(e instanceof UnreadableWordFile)) throw e;
    throw new ImportError(
      `${fileName} is not a readable Word file (${(e as Error).message.split('\n')[0]}): open it in Word or LibreOffice, save it again as .docx (or export it as PDF) and import that.`,
    );
  }
  const { html, notes: noted, unnumbered } = word;
  const read = htmlToImportText(html, noted?.marks);
  if (read.text.trim() === '') {
    throw new ImportError(`${fileName} is a Word file with no text in it: check that you picked the signed agreement.`);
  }
  const headings = sectionHeadings(read.headings);
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const notes = [
    `read the Word file: ${plural(read.headings.length, 'heading')} (${plural(headings.length, 'section heading')}), ${plural(read.lists, 'list item')} and ${plural(read.tables, 'table')} carried over as structure.`,
  ];
  if (unnumbered !== undefined) {
    notes.push(
      `Word's numbering could not be read (${unnumbered}): numbered lists are numbered from 1 in each list and headings Word numbers have no number: check the numbers against the document.`,
    );
  }
  if (read.numbering.continued > 0) {
    notes.push(
      `numbered lists: ${plural(read.numbering.continued, 'item')} numbered as Word shows ${read.numbering.continued === 1 ? 'it' : 'them'}, going on from the list before the paragraph that interrupted it (Word's numbering, not in the text: check the numbers).`,
    );
  }
  const numberedHeadings = read.numbering.headings;
  if (numberedHeadings.length > 0) {
    const shown = numberedHeadings.length <= 2 ? numberedHeadings.map((h) => `"${h}"`).join(' and ') : `"${numberedHeadings[0]}" … "${numberedHeadings.at(-1)}"`;
    notes.push(
      `Word numbers ${plural(numberedHeadings.length, 'heading')} itself (its numbering, not their text): written with the number Word shows, ${shown}: check them against the document.`,
    );
  }
  for (const way of noted?.unfollowed ?? []) {
    notes.push(`the Word file has ${way}: the marks are numbered on through the document, not so: check them against the document.`);
  }
  if (read.numbering.paragraphs > 0) {
    notes.push(`Word numbers ${plural(read.numbering.paragraphs, 'other paragraph')} itself: written with the number Word shows before the text.`);
  }
  return { text: read.text, headings, subheadings: subHeadings(read.headings), noteParagraphs: read.noteParagraphs, notes: [...notes, ...read.signatureNotes, ...noteLines(read.notes, noted !== undefined)] };
}
