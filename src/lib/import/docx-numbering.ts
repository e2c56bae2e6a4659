/**
 * The numbers Word shows before numbered paragraphs, which are not in a Word
 * file's text but computed from its numbering (`word/numbering.xml`): each
 * paragraph's list (`w:numPr`: `w:numId`, `w:ilvl`, or its style's) and each
 * level's start, format ("%1.", "%1.%2.", a), i.) and restart. mammoth's HTML
 * loses them: it starts every list it writes at 1, where Word goes on counting
 * a list that a paragraph interrupted (4., 5.), and writes a heading Word
 * numbers without its number. So the numbers are computed here and written
 * into the document before mammoth reads it, each at the start of its
 * paragraph between two markers (`LABEL_START`, `LABEL_END`: noncharacters, never
 * in a document's text), which `htmlToImportText` reads and takes out.
 *
 * Counting follows Word: one counter per list, a level's counter restarts
 * when a level above it is used (or as `w:lvlRestart` says), a list instance
 * with a start override (`w:lvlOverride`/`w:startOverride`) counts on its
 * own, the instances of one list definition without one share its counter.
 * The XML is read by namespace (`docx-xml.ts`), so a file that binds
 * WordprocessingML to another prefix than "w:" is numbered the same.
 *
 * The importer has mammoth keep empty paragraphs (they group a signature
 * block's lines), but mammoth closes a list at an empty paragraph and opens the
 * next item's level anew, wrongly nested; Word shows a list whose items empty
 * paragraphs space out as one list. So the empty paragraphs between two
 * paragraphs of a list (bullets too) are taken out here, as mammoth's default
 * leaves them out.
 */
import { child, parseXml, prefixOf, textOf, val, type XmlElement } from './docx-xml.ts';
import type { DocxPackage } from './docx-package.ts';
import { escapeHtml } from '../escape-html.ts';

export const LABEL_START = '\uFDD0';
export const LABEL_END = '\uFDD1';

/** A level of a list definition. */
interface Level {
  start: number;
  format: string;
  text: string;
  /** The level (1-based) after whose use this one restarts; 0: never; undefined: after any level above it. */
  restart?: number;
  legal: boolean;
  /** The paragraph style this level is linked to. */
  style?: string;
}

function readLevel(lvl: XmlElement, base?: Level): Level {
  const start = val(child(lvl, 'w:start'));
  const restart = val(child(lvl, 'w:lvlRestart'));
  const legal = child(lvl, 'w:isLgl');
  const style = val(child(lvl, 'w:pStyle')) ?? base?.style;
  return {
    // ECMA-376 17.9.25: no w:start is 0.
    start: start !== undefined ? Number(start) : (base?.start ?? 0),
    format: val(child(lvl, 'w:numFmt')) ?? base?.format ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? base?.text ?? '',
    ...(restart !== undefined ? { restart: Number(restart) } : base?.restart !== undefined ? { restart: base.restart } : {}),
    legal: legal ? val(legal) !== '0' && val(legal) !== 'false' : (base?.legal ?? false),
    ...(style !== undefined ? { style } : {}),
  };
}

/** The numbering of a file: its list definitions and their instances. */
interface Numbering {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string }>;
  nums: Map<string, { abstract: string; starts: Map<number, number>; levels: Map<number, XmlElement> }>;
}

function readNumbering(xml: string): Numbering {
  const root = child(parseXml(xml), 'w:numbering');
  const abstracts: Numbering['abstracts'] = new Map();
  const nums: Numbering['nums'] = new Map();
  for (const e of root?.children ?? []) {
    if (e.name === 'w:abstractNum') {
      const levels = new Map<number, Level>();
      for (const lvl of e.children.filter((c) => c.name === 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl));
      const styleLink = val(child(e, 'w:numStyleLink'));
      abstracts.set(e.attrs['w:abstractNumId'] ?? '', { levels, ...(styleLink !== undefined ? { styleLink } : {}) });
    } else if (e.name === 'w:num') {
      const starts = new Map<number, number>();
      const levels = new Map<number, XmlElement>();
      for (const o of e.children.filter((c) => c.name === 'w:lvlOverride')) {
        const ilvl = Number(o.attrs['w:ilvl'] ?? 0);
        const start = val(child(o, 'w:startOverride'));
        if (start !== undefined) starts.set(ilvl, Number(start));
        const lvl = child(o, 'w:lvl');
        if (lvl) levels.set(ilvl, lvl);
      }
      nums.set(e.attrs['w:numId'] ?? '', { abstract: val(child(e, 'w:abstractNumId')) ?? '', starts, levels });
    }
  }
  return { abstracts, nums };
}

/** A paragraph style: its parent, and the list it puts its paragraphs in. */
interface Style {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (xml === undefined) return styles;
  for (const e of child(parseXml(xml), 'w:styles')?.children ?? []) {
    if (e.name !== 'w:style') continue;
    const numPr = child(child(e, 'w:pPr'), 'w:numPr');
    const basedOn = val(child(e, 'w:basedOn'));
    const numId = val(child(numPr, 'w:numId'));
    const ilvl = val(child(numPr, 'w:ilvl'));
    styles.set(e.attrs['w:styleId'] ?? '', {
      ...(basedOn !== undefined ? { basedOn } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
    });
  }
  return styles;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];
const roman = (n: number) => {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
};
/** Word's letters: a … z, then aa … zz. */
const letters = (n: number) => (n <= 0 ? String(n) : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1));

/** Word's symbols for notes ("chicago"): *, †, ‡, §, then each doubled, tripled … */
const CHICAGO = ['*', '†', '‡', '§'];

/** A counter's value as a level's (or a note's) format writes it ("lowerRoman": 3 → "iii"). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chicago': return n <= 0 ? String(n) : (CHICAGO[(n - 1) % 4] ?? '*').repeat(Math.floor((n - 1) / 4) + 1);
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none': return '';
    default: return String(n);
  }
}

/** What writing the numbers did, for the review. */
/** What may stand between a list's paragraphs without ending it: places marked in the text (bookmarks, comments' ranges, proofing marks). */
const PLACE_MARKERS = /^w:(?:bookmarkStart|bookmarkEnd|commentRangeStart|commentRangeEnd|proofErr|permStart|permEnd)$/;
/** What a paragraph shows besides its text. */
const SHOWN = /^w:(?:tab|br|cr|sym|drawing|pict|object|footnoteReference|endnoteReference|noBreakHyphen|softHyphen|fldSimple|ptab)$/;

/** True when a paragraph shows nothing (no text but spaces, nothing drawn, no note's mark) and ends no section. */
function isEmptyParagraph(p: XmlElement, xml: string): boolean {
  const shows = (e: XmlElement): boolean =>
    e.name === 'w:sectPr' || SHOWN.test(e.name) || (e.name === 'w:t' && textOf(e, xml).trim() !== '') || e.children.some(shows);
  return !p.children.some(shows);
}

export interface NumberLabels {
  /** The file with the numbers written in. */
  bytes: Uint8Array;
  /** How many paragraphs got their number. */
  labelled: number;
}

/**
 * The file with the number Word shows written at the start of each numbered paragraph (between
 * `LABEL_START` and `LABEL_END`), or undefined when it has no numbering to compute. The numbered
 * `word/document.xml` is written into the package's zip (its `document` stays the file's own).
 */
export async function withNumberLabels(docx: DocxPackage): Promise<NumberLabels | undefined> {
  const { zip } = docx;
  const numberingFile = zip.file('word/numbering.xml');
  if (!docx.document || !numberingFile) return undefined;
  const { xml, root } = docx.document;
  const numbering = readNumbering(await numberingFile.async('string'));
  const styles = readStyles(await zip.file('word/styles.xml')?.async('string'));

  /** A list definition, following a numbering style's link (`w:numStyleLink`) to the definition it names. */
  const definition = (numId: string) => {
    let num = numbering.nums.get(numId);
    for (let hops = 0; num && hops < 4; hops++) {
      const abstract = numbering.abstracts.get(num.abstract);
      if (!abstract?.styleLink) return { num, abstract };
      const linked = styles.get(abstract.styleLink)?.numId;
      num = linked !== undefined ? numbering.nums.get(linked) : undefined;
    }
    return undefined;
  };
  /** The list and level of a paragraph: its own `w:numPr`, else its style's (through `w:basedOn`), else a level linked to its style. */
  const listOf = (pPr: XmlElement | undefined): { numId: string; ilvl: number } | undefined => {
    const numPr = child(pPr, 'w:numPr');
    const styleId = val(child(pPr, 'w:pStyle'));
    let numId = val(child(numPr, 'w:numId'));
    let ilvl = val(child(numPr, 'w:ilvl')) !== undefined ? Number(val(child(numPr, 'w:ilvl'))) : undefined;
    const seen = new Set<string>();
    for (let s = styleId; s !== undefined && !seen.has(s) && (numId === undefined || ilvl === undefined); s = styles.get(s)?.basedOn) {
      seen.add(s);
      const style = styles.get(s);
      if (numId === undefined && style?.numId !== undefined) numId = style.numId;
      if (ilvl === undefined && style?.ilvl !== undefined && numId === style.numId) ilvl = style.ilvl;
    }
    if (numId === undefined && styleId !== undefined) {
      // A level linked to the style (w:pStyle in the list definition), as mammoth reads it.
      for (const [id, num] of numbering.nums) {
        const level = [...(numbering.abstracts.get(num.abstract)?.levels ?? [])].find(([, l]) => l.style === styleId);
        if (level) return { numId: id, ilvl: level[0] };
      }
    }
    if (numId === undefined || numId === '0') return undefined;
    if (ilvl === undefined) {
      const linked = [...(definition(numId)?.abstract?.levels ?? [])].find(([, l]) => styleId !== undefined && l.style === styleId);
      ilvl = linked?.[0] ?? 0;
    }
    return { numId, ilvl };
  };

  const counters = new Map<string, Array<number | undefined>>();
  const inserts: Array<{ at: number; text: string; w: string }> = [];
  /** Empty paragraphs between two of a list's paragraphs, to take out. */
  const spacers: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    // As mammoth reads the file: an alternative's fallback only, deleted text not at all.
    if (e.name === 'mc:Choice' || e.name === 'w:del' || e.name === 'w:moveFrom') return;
    if (e.name === 'w:p' && e.closeEnd !== -1) label(e);
    /** The empty paragraphs since the last paragraph of a list, among `e`'s children (undefined after any other). */
    let gap: XmlElement[] | undefined;
    for (const c of e.children) {
      visit(c);
      if (c.name === 'w:p' && listOf(child(c, 'w:pPr'))) {
        spacers.push(...(gap ?? []));
        gap = [];
      } else if (c.name === 'w:p' && isEmptyParagraph(c, xml)) gap?.push(c);
      else if (c.name === 'w:p' || !PLACE_MARKERS.test(c.name)) gap = undefined;
    }
  };
  const label = (p: XmlElement) => {
    const pPr = child(p, 'w:pPr');
    const list = listOf(pPr);
    const found = list && definition(list.numId);
    if (!list || !found?.abstract) return;
    const { num, abstract } = found;
    const levelOf = (i: number): Level | undefined => {
      const own = num.levels.get(i);
      const base = abstract.levels.get(i);
      return own ? readLevel(own, base) : base;
    };
    const level = levelOf(list.ilvl);
    if (!level) return;
    // Instances of a definition share its counter, unless one starts anew (a start override).
    const key = num.starts.size > 0 || num.levels.size > 0 ? `num:${list.numId}` : `abstract:${num.abstract}`;
    const values = counters.get(key) ?? [];
    counters.set(key, values);
    const startOf = (i: number) => num.starts.get(i) ?? levelOf(i)?.start ?? 0;
    const current = values[list.ilvl];
    values[list.ilvl] = current === undefined ? startOf(list.ilvl) : current + 1;
    for (let deeper = list.ilvl + 1; deeper < 9; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && list.ilvl < restart)) values[deeper] = undefined;
    }
    if (level.format === 'bullet') return;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const at = levelOf(i);
      const value = values[i] ?? startOf(i);
      // Legal numbering (w:isLgl) writes every level's number in digits.
      return formatNumber(value, level.legal ? 'decimal' : (at?.format ?? 'decimal'));
    });
    if (text.trim() === '') return;
    // A run written with the paragraph's own prefix for WordprocessingML ("w:", another, or none for the default namespace).
    const w = prefixOf(p) === '' ? '' : `${prefixOf(p)}:`;
    inserts.push({ at: pPr && pPr.closeEnd !== -1 ? pPr.closeEnd : pPr ? pPr.openEnd : p.openEnd, text: `${LABEL_START}${text.trim()}${LABEL_END}`, w });
  };
  if (!root.children.some((e) => e.name === 'w:document')) return undefined;
  visit(root);
  if (inserts.length === 0 && spacers.length === 0) return undefined;
  // Each edit at its place: a number written in (`to` undefined), or an empty paragraph taken out (up to `to`).
  const edits = [
    ...inserts.map((i) => ({ at: i.at, to: undefined, text: `<${i.w}r><${i.w}t xml:space="preserve">${escapeHtml(i.text)}</${i.w}t></${i.w}r>` })),
    ...spacers.map((p) => ({ at: p.start, to: p.closeEnd === -1 ? p.openEnd : p.closeEnd, text: '' })),
  ];
  let out = '';
  let from = 0;
  for (const edit of edits.sort((a, b) => a.at - b.at)) {
    out += `${xml.slice(from, edit.at)}${edit.text}`;
    from = edit.to ?? edit.at;
  }
  zip.file('word/document.xml', out + xml.slice(from));
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), labelled: inserts.length };
}
