/**
 * Small predicates on lines of Norwegian text that the importer's steps
 * share: list markers, sentence ends, hyphenation, sentences, names.
 */
import { escapeRegExp } from '../regexp.ts';

/** A signatory's role, as signature blocks name it (the structure step finds the block, the split step a document's end by it). */
export const SIGNATORY_ROLE = /ordfør|rådmann|kommunedirektør|kommunalsjef|politimester|politistasjonssjef|lensmann|politikontakt|inspektør|\bleder\b|\bleiar\b|sjef\b/iu;

/** Number of words in a line. */
export function wordCount(line: string): number {
  const t = line.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

/** True when the line ends a sentence or a clause: full stop, question or exclamation mark, semicolon or comma. */
export function endsWithPunctuation(line: string): boolean {
  return /[.;,!?]\s*(?:\*\*)?\s*$/.test(line);
}

/** A bullet, possibly doubled ("- ❖", "- o"), with the white space before it. */
const BULLET = /^(?<indent>\s*)(?<markers>(?:[-–•❖▪➢*]|o(?=\s))(?:\s+(?:[-–•❖▪➢]|o(?=\s)))*)\s+(?<text>\S.*)$/u;
/** A numbered item: "1. Text", "10) Text"; the text begins with a capital, a digit, a quote or bold. */
const NUMBERED = /^(?<indent>\s*)(?<number>\d{1,2})[.)]\s+(?<text>(?:\*\*|[«"(]|\p{Lu}|\d).*)$/u;

/** A line of a list, as the importer reads it. */
export interface ListLine {
  ordered: boolean;
  number?: number;
  /** 1 for a top-level item, 2 for an item under one ("o" bullet, or indented). */
  level: 1 | 2;
  /** True when the level came from an explicit sign ("o" bullet or indent), not from position. */
  nested: boolean;
  text: string;
}

/** The line as a list item, or undefined when it is not one. */
export function listLine(line: string): ListLine | undefined {
  const bullet = BULLET.exec(line);
  if (bullet?.groups) {
    const markers = bullet.groups.markers?.split(/\s+/) ?? [];
    const indented = (bullet.groups.indent ?? '').length > 0;
    const nested = indented || markers.includes('o');
    // "- 20 %" is text that wrapped, not a bullet: a dash bullet needs a word after it.
    return { ordered: false, level: nested ? 2 : 1, nested, text: bullet.groups.text ?? '' };
  }
  const numbered = NUMBERED.exec(line);
  if (numbered?.groups) {
    const nested = (numbered.groups.indent ?? '').length > 0;
    return { ordered: true, number: Number(numbered.groups.number), level: 1, nested, text: numbered.groups.text ?? '' };
  }
  return undefined;
}

/** True when the line begins with a list marker. */
export function isListLine(line: string): boolean {
  return listLine(line) !== undefined;
}

/**
 * True when the line starts a list item: one the text reader reads as a list line (`isListLine`: a bullet, "1.",
 * "2)"), or an item lettered in lower case ("a) koordinere …", "b. følge opp …"), which begins lower-case and so
 * looks like a line that goes on from the one before. A line that starts an item is never joined to the line before.
 */
export function startsListItem(line: string): boolean {
  return isListLine(line) || /^\s*(?:\*\*)?\p{Ll}\)\s/u.test(line) || /^\s*(?:\*\*)?\p{Ll}\.\s/u.test(line);
}

/** True when the line is a tab-separated row ("Leiing:\tKommunen/Politiet"). */
export function isTableRow(line: string): boolean {
  return /\S\t+\S/.test(line);
}

/** Words after which a line-end hyphen is the document's own ("rus- og kriminalitetsforebyggende"). */
export const KEEPS_HYPHEN = new Set(['og', 'eller', 'samt', 'til', 'and', 'både']);

/**
 * Joins a line and the line after it, the way a reader would: a hyphen
 * between lower-case letters is a word broken across lines and goes
 * ("kriminalitets-" + "forebyggende"); a hyphen before "og"/"eller" keeps its
 * space ("rus- og"); one after a capital or a digit, or before a capital, is
 * the document's own and stays ("SLT-koordinator", "Sør-Øst"). A word the
 * document itself hyphenates at a line end ("rus-politisk") cannot be told
 * from a broken one and loses its hyphen.
 */
export function joinLines(before: string, after: string): string {
  const a = before.replace(/\s+$/, '');
  const b = after.replace(/^\s+/, '');
  const hyphen = /([\p{L}\p{N}])-$/u.exec(a);
  if (hyphen) {
    const next = /^[\p{L}]+/u.exec(b)?.[0] ?? '';
    if (KEEPS_HYPHEN.has(next.toLocaleLowerCase('nb'))) return `${a} ${b}`;
    const lowerNext = next !== '' && next === next.toLocaleLowerCase('nb');
    if (lowerNext && /\p{Ll}/u.test(hyphen[1] ?? '')) return a.slice(0, -1) + b;
    return a + b;
  }
  return `${a} ${b}`;
}

/**
 * True when a line ends a sentence or introduces what follows: a full stop, a question or exclamation mark, a colon
 * (bold markers after it allowed). A paragraph does not run on after such a line over a page or column break: what
 * follows the break is a new paragraph or a heading (the text-file and the PDF readers share this rule).
 */
export function endsSentence(line: string): boolean {
  return /[.!?:]\s*(?:\*\*)?\s*$/.test(line);
}

/**
 * True when a line ends a full sentence: a full stop, a question or exclamation mark (bold markers after it allowed),
 * not a colon, which introduces what follows (unlike `endsSentence`).
 */
export function endsFullSentence(line: string): boolean {
  return /[.!?]\s*(?:\*\*)?\s*$/.test(line);
}

/** True when a line starts with a lower-case letter (so it continues the line before). */
export function startsLowerCase(line: string): boolean {
  return /^\s*\p{Ll}/u.test(line) && !/^\s*o\s/.test(line);
}

/** True when a paragraph's last line stops where a sentence cannot end: a lower-case word, a comma or a hyphen. */
export function endsMidSentence(line: string): boolean {
  return /[\p{Ll},-]\s*$/u.test(line);
}

const ABBREVIATIONS = /(?:^|[\s(])(?:pr|nr|jf|ca|bl\.a|b\.la|m\.m|mm|hhv|evt|st|prp|mv|osv|ift|dvs|etc|tlf|pob|ev|kl|etg|vedr|iht|ref|f\.eks|t\.d|m\.a|o\.a)\.$/i;

/** The sentences of a paragraph, split at . ! ? before a capital, abbreviations and dates left whole. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["«(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = text.slice(start, m.index + 1);
    // "10. klasse", "1. mai": an ordinal, not a sentence end; "01.01.2020." is one.
    if (ABBREVIATIONS.test(candidate) || /(?:^|[\s(])\d{1,2}\.$/.test(candidate)) continue;
    out.push(candidate.trim());
    start = m.index + 1;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** A RegExp for a phrase as a whole word (Unicode-aware: "Øst" does not match inside "Sør-Øst"). */
export function wholeWord(phrase: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, flags);
}

/** Title case removed from an all-capitals line: "RETNINGSLINJER FOR OPPEGÅRD" → "Retningslinjer for oppegård". */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('nb');
  return lower.charAt(0).toLocaleUpperCase('nb') + lower.slice(1);
}

/** True when a text has letters and none of them is lower-case. */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}
