/**
 * A seed text as a municipality's text export has it: every paragraph
 * hard-wrapped at a width, long words hyphenated at the line end where the
 * Norwegian hyphenation patterns allow (as a word processor does), words
 * with their own hyphen broken after it, a running header and a "Side N av M"
 * footer on every page, CRLF line endings. Two layouts: `pdftotext` (a form
 * feed between pages, list items' continuation lines indented) and text
 * copied out of a PDF viewer (no form feed, continuation lines flush left).
 */
import nb from 'hyphen/nb/index.js';
import nn from 'hyphen/nn/index.js';

export interface RewrapOptions {
  width: number;
  layout: 'pdftotext' | 'viewer';
  /** Lines of text per page. */
  pageLines: number;
  header: string;
  language: 'nb' | 'nn';
}

/** The places a word can be broken at a line end: pattern points and after its own hyphens. */
function breakPoints(word: string, language: 'nb' | 'nn'): Array<{ head: string; tail: string }> {
  const out: Array<{ head: string; tail: string }> = [];
  const m = /^([^\p{L}]*)([\p{L}-]+)([^\p{L}]*)$/u.exec(word);
  if (!m) return out;
  const [, lead = '', core = '', trail = ''] = m;
  // After a hyphen of the word's own: "SLT-" + "koordinator".
  for (let i = core.indexOf('-'); i > 0 && i < core.length - 1; i = core.indexOf('-', i + 1)) {
    out.push({ head: lead + core.slice(0, i + 1), tail: core.slice(i + 1) + trail });
  }
  // Inside a part of at least six letters, at the patterns' syllable breaks.
  const marked = (language === 'nn' ? nn : nb).hyphenateSync(core, { hyphenChar: '|', minWordLength: 6, html: false });
  let plain = '';
  for (const ch of marked) {
    if (ch === '|') {
      const before = plain.replace(/^.*-/, '');
      const after = core.slice(plain.length).replace(/-.*$/, '');
      if (before.length >= 2 && after.length >= 2 && !plain.endsWith('-')) out.push({ head: `${lead}${plain}-`, tail: core.slice(plain.length) + trail });
    } else plain += ch;
  }
  return out.sort((a, b) => b.head.length - a.head.length);
}

/** Wraps one paragraph to `width`; `indent` starts its continuation lines. */
function wrapParagraph(text: string, width: number, indent: string, language: 'nb' | 'nn'): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/ +/).filter((w) => w !== '');
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= width || line.trim() === '') {
      line = candidate;
      continue;
    }
    const fit = breakPoints(word, language).find((p) => `${line} ${p.head}`.length <= width);
    if (fit) {
      lines.push(`${line} ${fit.head}`);
      line = indent + fit.tail;
    } else {
      lines.push(line);
      line = indent + word;
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

/** The seed as a wrapped text export (see the module comment). */
export function rewrap(seed: string, options: RewrapOptions): string {
  const wrapped: string[] = [];
  for (const raw of seed.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.includes('\t')) {
      wrapped.push(line);
      continue;
    }
    const marker = /^(\s*(?:(?:[-–•❖]|o)\s+)+|\s*\d{1,2}[.)]\s+)/u.exec(line)?.[0] ?? '';
    const indent = options.layout === 'pdftotext' ? ' '.repeat(marker.length) : '';
    wrapped.push(...wrapParagraph(line, options.width, indent, options.language));
  }
  // Pages: the header on top, the footer under the last line; the page break between.
  const pages: string[][] = [];
  for (let i = 0; i < wrapped.length; i += options.pageLines) pages.push(wrapped.slice(i, i + options.pageLines));
  const out: string[] = [];
  pages.forEach((page, n) => {
    const footer = `Side ${n + 1} av ${pages.length}`;
    out.push(options.header, '', ...page, '', footer);
    if (n < pages.length - 1) out.push(options.layout === 'pdftotext' ? '\f' : '');
  });
  return out.join('\r\n').replace(/\r\n\f\r\n/g, '\r\n\f');
}
