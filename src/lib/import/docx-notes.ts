/**
 * The marks Word prints for a Word file's footnotes and endnotes, which mammoth's HTML does not give (it numbers every
 * note 1, 2, … as "[1]"): a note's own mark when its reference says one follows (`w:customMarkFollows`, "*" typed
 * after it), else its number in the format of the note's section (`w:sectPr`) or of the document (`settings.xml`):
 * `w:footnotePr`/`w:endnotePr`, `w:numFmt` and `w:numStart`. Without a format, footnotes are numbered 1, 2, … and
 * endnotes i, ii, … (Word's default for endnotes: [MS-OI29500] 2.1.306, where the standard says decimal). A note
 * with its own mark takes no number.
 */
import { child, parseXml, textOf, val, type XmlElement } from './docx-xml.ts';
import { formatNumber } from './docx-numbering.ts';
import type { DocxPackage } from './docx-package.ts';

export type NoteKind = 'footnote' | 'endnote';

/** A note's mark as Word prints it. */
export interface NoteMark {
  /** The mark's text as Word shows it ("1", "iv", "*"); for a note's own mark, the text after the reference. */
  text: string;
  /** True when the document types the mark itself (it is in the text after the reference). */
  custom: boolean;
}

/** A note's key: its kind and its id in the file (mammoth's "footnote-3" is `footnote:3`). */
export const noteKey = (kind: NoteKind, id: string) => `${kind}:${id}`;

/** Numbering properties of notes (`w:footnotePr`, `w:endnotePr`), each field where given. */
interface NoteProperties {
  format?: string;
  start?: number;
  restart?: string;
}

function noteProperties(pr: XmlElement | undefined): NoteProperties {
  const format = val(child(pr, 'w:numFmt'));
  const start = val(child(pr, 'w:numStart'));
  const restart = val(child(pr, 'w:numRestart'));
  return { ...(format !== undefined ? { format } : {}), ...(start !== undefined ? { start: Number(start) } : {}), ...(restart !== undefined ? { restart } : {}) };
}

/** The marks of a Word file's notes, by `noteKey`, and the ways of numbering Word uses that are not followed here. */
export async function noteMarks({ zip, document }: DocxPackage): Promise<{ marks: Map<string, NoteMark>; unfollowed: string[] }> {
  const marks = new Map<string, NoteMark>();
  const unfollowed: string[] = [];
  if (document === undefined) return { marks, unfollowed };
  const documentXml = document.xml;
  const settings = child(parseXml((await zip.file('word/settings.xml')?.async('string')) ?? ''), 'w:settings');
  const documentWide: Record<NoteKind, NoteProperties> = { footnote: noteProperties(child(settings, 'w:footnotePr')), endnote: noteProperties(child(settings, 'w:endnotePr')) };

  // The references and the section ends in document order, as mammoth reads the file (an alternative's fallback only,
  // deleted text not at all).
  const refs: Array<{ kind: NoteKind; id: string; custom: boolean; after: string; section: number }> = [];
  const sections: XmlElement[] = [];
  /** The text typed after a reference in its run (or, if none, in the next run of its paragraph): a note's own mark. */
  const textAfter = (ref: XmlElement): string => {
    const runText = (run: XmlElement | undefined, from = 0) =>
      (run?.children.slice(from) ?? []).filter((c) => c.name === 'w:t').map((t) => textOf(t, documentXml)).join('');
    const run = ref.parent;
    const own = runText(run, (run?.children.indexOf(ref) ?? 0) + 1);
    if (own.trim() !== '' || !run?.parent) return own;
    const runs = run.parent.children.filter((c) => c.name === 'w:r');
    return runText(runs[runs.indexOf(run) + 1]);
  };
  const visit = (e: XmlElement) => {
    if (e.name === 'mc:Choice' || e.name === 'w:del' || e.name === 'w:moveFrom') return;
    if (e.name === 'w:footnoteReference' || e.name === 'w:endnoteReference') {
      const custom = ['1', 'true', 'on'].includes(e.attrs['w:customMarkFollows'] ?? '');
      refs.push({ kind: e.name === 'w:footnoteReference' ? 'footnote' : 'endnote', id: e.attrs['w:id'] ?? '', custom, after: custom ? textAfter(e) : '', section: sections.length });
    }
    if (e.name === 'w:sectPr') sections.push(e);
    for (const c of e.children) visit(c);
  };
  visit(document.root);

  const counters: Record<NoteKind, number | undefined> = { footnote: undefined, endnote: undefined };
  const lastSection: Record<NoteKind, number> = { footnote: -1, endnote: -1 };
  for (const ref of refs) {
    const own = noteProperties(child(sections[ref.section], ref.kind === 'footnote' ? 'w:footnotePr' : 'w:endnotePr'));
    const props = { ...documentWide[ref.kind], ...own };
    const start = props.start ?? 1;
    // Numbered anew in each section: the kind's counter starts again in a section after the last one it counted in.
    if (ref.section !== lastSection[ref.kind] && props.restart === 'eachSect') counters[ref.kind] = undefined;
    lastSection[ref.kind] = ref.section;
    if (props.restart === 'eachPage' && !unfollowed.includes(`${ref.kind}s numbered anew on each page`)) unfollowed.push(`${ref.kind}s numbered anew on each page`);
    if (ref.custom) {
      const text = ref.after.trim();
      marks.set(noteKey(ref.kind, ref.id), { text, custom: true });
      continue;
    }
    const n = counters[ref.kind] === undefined ? start : (counters[ref.kind] ?? 0) + 1;
    counters[ref.kind] = n;
    const format = props.format ?? (ref.kind === 'endnote' ? 'lowerRoman' : 'decimal');
    // Word prints a bullet format as decimal (MS-OI29500 2.1.306).
    marks.set(noteKey(ref.kind, ref.id), { text: formatNumber(n, format === 'bullet' ? 'decimal' : format), custom: false });
  }
  return { marks, unfollowed };
}
