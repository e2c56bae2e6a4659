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

/** What a Word file gave: its text, its headings, and what was carried over, for the review. */
export interface DocxText {
  text: string;
  /** The texts of the section-level headings (the most used heading level). */
  headings: string[];
  notes: string[];
}

/** True when the bytes are a ZIP archive (a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

interface ListState {
  ordered: boolean;
  next: number;
}

/**
 * mammoth's HTML (a small, regular subset: h1–h6, p, ul/ol/li, table/tr/td,
 * strong, em, a, br) to the importer's text.
 */
export function htmlToImportText(html: string): { text: string; headings: Array<{ level: number; text: string }>; lists: number; tables: number } {
  const blocks: string[] = [];
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
    // Spaces collapse; a tab stays (with the spaces around it gone): "Leiing:<tab>Kommunen" is two columns.
    const text = line.replace(/ +/g, ' ').replace(/ *\t[ \t]*/g, '\t').replace(/[ \t]*\n[ \t]*/g, '\n').trim().replace(/\*\*\s*\*\*/g, ' ');
    line = '';
    if (text === '') return;
    const flat = text.replace(/[\n\t]+/g, ' ');
    if (cellText) cellText.push(flat);
    else if (listBlock) {
      const depth = lists.length - 1;
      const list = lists.at(-1) as ListState;
      const marker = list.ordered ? `${list.next++}.` : '-';
      listBlock.push(`${'  '.repeat(depth)}${marker} ${flat}`);
      listItems++;
    } else if (heading !== undefined) {
      const plain = flat.replace(/\*\*/g, '');
      headings.push({ level: heading, text: plain });
      blocks.push(plain);
    } else if (text.split('\n').every((l) => isTableRow(l))) {
      // Paragraphs of label and value, one after the other, are one table, as the same lines of a text file are.
      if (tabRows !== undefined && tabRows === blocks.length - 1) blocks[tabRows] += `\n${text}`;
      else blocks.push(text);
      tabRows = blocks.length - 1;
    } else blocks.push(text);
  };
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>|([^<]+)/gi)) {
    const [, closing, rawTag, , text] = m;
    if (text !== undefined) {
      line += decode(text);
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const open = closing !== '/';
    switch (tag) {
      case 'br':
        line += '\n';
        break;
      case 'strong':
      case 'b':
        line += '**';
        break;
      case 'p':
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
        if (!open || line.trim() !== '') flushLine();
        heading = open && tag.startsWith('h') ? Number(tag.slice(1)) : undefined;
        break;
      case 'ul':
      case 'ol':
        flushLine();
        if (open) {
          if (lists.length === 0) listBlock = [];
          lists.push({ ordered: tag === 'ol', next: 1 });
        } else {
          lists.pop();
          if (lists.length === 0 && listBlock) {
            blocks.push(listBlock.join('\n'));
            listBlock = undefined;
          }
        }
        break;
      case 'li':
        flushLine();
        break;
      case 'table':
        flushLine();
        if (open) rows = [];
        else {
          if (rows.length > 0) blocks.push(rows.join('\n'));
          tables++;
        }
        break;
      case 'tr':
        if (open) cells = [];
        else if (cells) {
          if (cells.some((c) => c !== '')) rows.push(cells.join('\t'));
          cells = undefined;
        }
        break;
      case 'td':
      case 'th':
        if (open) cellText = [];
        else {
          flushLine();
          cells?.push((cellText ?? []).join(' '));
          cellText = undefined;
        }
        break;
      default:
        break;
    }
  }
  flushLine();
  return { text: `${blocks.join('\n\n')}\n`, headings, lists: listItems, tables };
}

/** The section-level headings: those of the highest heading level used more than once (a single one above it is the title). */
export function sectionHeadings(headings: ReadonlyArray<{ level: number; text: string }>): string[] {
  const counts = new Map<number, number>();
  for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  const level = [...counts].filter(([, n]) => n >= 2).map(([l]) => l).sort((a, b) => a - b)[0] ?? headings[0]?.level;
  return headings.filter((h) => h.level === level).map((h) => h.text);
}

/** Reads a .docx file; throws ImportError when it cannot be read. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocxText> {
  let html: string;
  try {
    // Loaded only for a Word file: text and PDF imports do without it.
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new ImportError(
      `${fileName} is not a readable Word file (${(e as Error).message.split('\n')[0]}): open it in Word or LibreOffice, save it again as .docx (or export it as PDF) and import that.`,
    );
  }
  const read = htmlToImportText(html);
  if (read.text.trim() === '') {
    throw new ImportError(`${fileName} is a Word file with no text in it: check that you picked the signed agreement.`);
  }
  const headings = sectionHeadings(read.headings);
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return {
    text: read.text,
    headings,
    notes: [
      `read the Word file: ${plural(read.headings.length, 'heading')} (${plural(headings.length, 'section heading')}), ${plural(read.lists, 'list item')} and ${plural(read.tables, 'table')} carried over as structure.`,
    ],
  };
}
