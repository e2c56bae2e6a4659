/**
 * Step 4: a document's structure to the MDX body CONTRIBUTING.md describes:
 * `##` section headings with their section marker, `###` sub-headings,
 * paragraphs with the document's line breaks as `<br />`, Markdown lists
 * (nested under "o" bullets, renumbered lists marked), tab-separated lines as
 * a table with row headers, and the signatures in `<Signatures>`.
 */
import type { Block } from './clean.ts';
import type { DocumentStructure, Item } from './structure.ts';

/** A sign `escapeMdx` escapes, or the end of the text, after its run of backslashes (the whole run: none before it). */
const ESCAPED_SIGN = /(?<!\\)(\\*)([{}`~<>]|$)/g;

/**
 * Escapes what MDX would read as code or markup: braces, angle brackets, backticks (a pair would be
 * inline code, which the checker refuses) and tildes (GFM strikes out the text between two, which the checker
 * refuses for single ones). A backslash escapes the sign after it, as Markdown reads it: a sign already
 * escaped (after an odd number of backslashes, as a pasted Markdown draft's text comes, draft-markdown.ts) is left as
 * it is, not escaped twice (`\\{` would be a backslash and an expression, `\\&lt;` the text "&lt;"); a backslash
 * ending the text is doubled, so that it stays text and escapes nothing after it (the `<br />` that ends a
 * paragraph's line, a table cell's closing tag).
 */
export function escapeMdx(text: string): string {
  return text.replace(ESCAPED_SIGN, (_, backslashes: string, sign: string) => {
    const escaped = backslashes.length % 2 === 1;
    if (sign === '') return escaped ? `${backslashes}\\` : backslashes;
    if (escaped) return `${backslashes}${sign}`;
    return `${backslashes}${sign === '<' ? '&lt;' : sign === '>' ? '&gt;' : `\\${sign}`}`;
  });
}

/**
 * Escapes a line (of a paragraph, or a list item's text) that Markdown would read as markup at its start, so it shows
 * as written: a heading ("# …"), a list item ("- …", "+ …", "1. …"), a setext underline that makes the line above a
 * heading ("=====", "-----"), a thematic break ("***", "___", "- - -"), a code fence ("```", "~~~") and a link
 * reference definition ("[1]: …", which Markdown would hide). (Quotes and HTML are escaped by `escapeMdx`.)
 */
export function escapeLineStart(line: string): string {
  if (/^(?:=+|-+|_+|\*+|(?:[-_*][ \t]*){3,})$/.test(line) || /^(?:`{3,}|~{3,})/.test(line) || /^\[[^\]]*\]:/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,2})([.)])(\s)/, '$1\\$2$3').replace(/^([#+]|\*(?!\*)|-(?=\s))/, '\\$1');
}

/** Lines of one paragraph, the document's line breaks kept as `<br />`. */
function paragraph(lines: readonly string[]): string {
  return lines.map((l) => escapeLineStart(escapeMdx(l.trim()))).join('<br />\n');
}

function table(rows: ReadonlyArray<[string, string]>): string {
  const body = rows.map(([label, value]) => `<tr><th scope="row">${escapeMdx(label)}</th><td>${escapeMdx(value)}</td></tr>`).join('');
  return `<table><tbody>${body}</tbody></table>`;
}

function items(list: readonly Item[]): string[] {
  const out: string[] = [];
  list.forEach((item, i) => {
    const previous = list[i - 1];
    switch (item.kind) {
      case 'paragraph':
        out.push(paragraph(item.lines));
        break;
      case 'subheading':
        out.push(`### ${escapeMdx(item.text)}`);
        break;
      case 'table':
        out.push(table(item.rows));
        break;
      case 'list': {
        if (previous?.kind === 'list' && previous.ordered === item.ordered) {
          // Two lists in a row would read as one: say why they are two.
          out.push(item.renumbered ? '{/* numbering as in the document */}' : '{/* a new list in the document */}');
        }
        const lines = item.items.flatMap((entry) => [
          `${item.ordered ? `${entry.number ?? 1}.` : '-'} ${escapeLineStart(escapeMdx(entry.text))}`,
          ...entry.children.map((child) => `  - ${escapeLineStart(escapeMdx(child))}`),
        ]);
        out.push(lines.join('\n'));
        break;
      }
    }
  });
  return out;
}

/** A signature block: one paragraph per signatory, lines broken as in the document. */
function signatures(blocks: readonly Block[]): string {
  return ['<Signatures>', ...blocks.map((b) => paragraph(b.lines)), '</Signatures>'].join('\n\n');
}

/** The MDX body of a document. */
export function renderBody(doc: DocumentStructure): string {
  const parts: string[] = doc.front.map((b) => paragraph(b.lines));
  for (const section of doc.sections) {
    parts.push(`## ${escapeMdx(section.heading)}${section.key ? ` {/* section: ${section.key} */}` : ''}`);
    parts.push(...items(section.items));
  }
  if (doc.signatures.length > 0) parts.push(signatures(doc.signatures));
  return `${parts.join('\n\n')}\n`;
}
