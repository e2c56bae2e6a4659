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
 * escaped (after an odd number of backslashes, as a pasted Markdown draft's text comes, draft-markdown.ts, and as
 * `documentBackslashes` writes a sign after a document's own backslash) is left as
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

/** A run of backslashes, with the ASCII punctuation after it (none: the text's end, ''; another sign: undefined). */
const BACKSLASH_RUN = /(\\+)([!-/:-@[-`{-~]|$)?/g;

/**
 * How the structure's text holds backslashes. `plain`: each is a character of the document (a .txt, PDF or Word
 * file's text, as the importer reads it), which the page must show; `markdown`: one before punctuation is an escape
 * already (a pasted Markdown draft's text, which draft-markdown.ts writes escaped for the draft check).
 */
export type BodyText = 'plain' | 'markdown';

/**
 * The document's own backslashes written so that Markdown reads each as a backslash: doubled where Markdown would
 * read one as an escape (before punctuation, another backslash among them, and at the text's end), and the sign
 * after them escaped, so it stays the sign it was beside the backslash (`\*vedlegg\*` is not emphasis:
 * `\\\*vedlegg\\\*`; `og\/eller` as `og\\\/eller`). A backslash before a letter (`C:\Users`) is text in
 * Markdown already and stays single. `escapeMdx` leaves a sign after an odd run as it is.
 */
function documentBackslashes(text: string): string {
  return text.replace(BACKSLASH_RUN, (_, run: string, sign: string | undefined) => {
    if (sign === undefined) return `${'\\\\'.repeat(run.length - 1)}\\`;
    return `${'\\\\'.repeat(run.length)}${sign === '' ? '' : `\\${sign}`}`;
  });
}

/** Text as MDX: `escapeMdx`, after `documentBackslashes` for `plain` text. */
function escapeText(text: string, from: BodyText): string {
  return escapeMdx(from === 'plain' ? documentBackslashes(text) : text);
}

/**
 * Escapes a line (of a paragraph, or a list item's text) that Markdown would read as markup at its start, so it shows
 * as written: a heading ("# …"), a list item ("- …", "+ …", "1. …", "2019. …": a number of up to nine digits, as
 * Markdown takes one, and a number alone on its line, "1.", an empty item), a setext underline that makes the line above a
 * heading ("=====", "-----"), a thematic break ("***", "___", "- - -"), a code fence ("```", "~~~") and a link
 * reference definition ("[1]: …", which Markdown would hide). (Quotes and HTML are escaped by `escapeMdx`.)
 */
export function escapeLineStart(line: string): string {
  if (/^(?:=+|-+|_+|\*+|(?:[-_*][ \t]*){3,})$/.test(line) || /^(?:`{3,}|~{3,})/.test(line) || /^\[[^\]]*\]:/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([#+]|\*(?!\*)|-(?=\s))/, '\\$1');
}

/** Lines of one paragraph, the document's line breaks kept as `<br />`. */
function paragraph(lines: readonly string[], from: BodyText): string {
  return lines.map((l) => escapeLineStart(escapeText(l.trim(), from))).join('<br />\n');
}

function table(rows: ReadonlyArray<[string, string]>, from: BodyText): string {
  const body = rows.map(([label, value]) => `<tr><th scope="row">${escapeText(label, from)}</th><td>${escapeText(value, from)}</td></tr>`).join('');
  return `<table><tbody>${body}</tbody></table>`;
}

function items(list: readonly Item[], from: BodyText): string[] {
  const out: string[] = [];
  list.forEach((item, i) => {
    const previous = list[i - 1];
    switch (item.kind) {
      case 'paragraph':
        out.push(paragraph(item.lines, from));
        break;
      case 'subheading':
        out.push(`### ${escapeText(item.text, from)}`);
        break;
      case 'table':
        out.push(table(item.rows, from));
        break;
      case 'list': {
        if (previous?.kind === 'list' && previous.ordered === item.ordered) {
          // Two lists in a row would read as one: say why they are two.
          out.push(item.renumbered ? '{/* numbering as in the document */}' : '{/* a new list in the document */}');
        }
        const lines = item.items.flatMap((entry) => [
          `${item.ordered ? `${entry.number ?? 1}.` : '-'} ${escapeLineStart(escapeText(entry.text, from))}`,
          ...entry.children.map((child) => `  - ${escapeLineStart(escapeText(child, from))}`),
        ]);
        out.push(lines.join('\n'));
        break;
      }
    }
  });
  return out;
}

/** A signature block: one paragraph per signatory, lines broken as in the document. */
function signatures(blocks: readonly Block[], from: BodyText): string {
  return ['<Signatures>', ...blocks.map((b) => paragraph(b.lines, from)), '</Signatures>'].join('\n\n');
}

/** The MDX body of a document whose text is `from` (`plain` for the importer: `BodyText`). */
export function renderBody(doc: DocumentStructure, from: BodyText = 'plain'): string {
  const parts: string[] = doc.front.map((b) => paragraph(b.lines, from));
  for (const section of doc.sections) {
    parts.push(`## ${escapeText(section.heading, from)}${section.key ? ` {/* section: ${section.key} */}` : ''}`);
    parts.push(...items(section.items, from));
  }
  if (doc.signatures.length > 0) parts.push(signatures(doc.signatures, from));
  return `${parts.join('\n\n')}\n`;
}
