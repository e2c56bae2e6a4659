/**
 * The importer: a signed agreement as PDF or plain text to one draft MDX
 * file per document in it, with a review of what to check. Steps, each a
 * module of its own: read (pdf.ts + pdf-text.ts, or decode.ts), clean
 * (clean.ts), split (split.ts), structure (structure.ts), body
 * (markdown.ts), facts (facts.ts), draft (draft.ts). Writing the files is
 * `write.ts`; the command line is scripts/import.ts.
 */
import { decodeText } from './decode.ts';
import { isZip, readDocx } from './docx.ts';
import { cleanText, furnitureLineNumbers, innerSoftHyphens, normaliseLines } from './clean.ts';
import { draftSlug, renderDraft } from './draft-file.ts';
import { ImportError } from './errors.ts';
import { countDropped, describeDropped, type DroppedFurniture } from './furniture.ts';
import { reflowText } from './reflow.ts';
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import { draftFacts } from './facts.ts';
import type { RegisterData } from './register-lookup.ts';
import type { Review } from './review.ts';
import { readDate } from './written-dates.ts';
import { renderBody } from './markdown.ts';
import { readPdfPages } from './pdf.ts';
import { hasNoText, pdfPagesToText } from './pdf-text.ts';
import { DOCUMENT_TITLE, possibleDocumentTitles, splitDocuments } from './split.ts';
import { documentStructure, type DocumentStructure } from './structure.ts';

export { ImportError } from './errors.ts';
export type { RegisterData } from './register-lookup.ts';

/** What the editor asked for on the command line. */
export interface ImportOptions {
  /** The municipality, by name or key, when the title does not name it (or names it wrongly). */
  municipality?: string;
  /** The police district, by name or key, when the text does not name it. */
  district?: string;
  /** The day the drafts are added to the register (`YYYY-MM-DD`), written as `added`. */
  added?: string;
}

/** What reading the file changed in its text: said in the review, so nothing happens silently. */
export interface ImportChanges {
  /** Line breaks of the layout removed (lines joined into paragraphs). */
  linesJoined: number;
  /** The width the text was wrapped at, when it was hard-wrapped. */
  wrapWidth?: number;
  /** Line-end hyphens removed (words the layout broke) and kept (the document's own). */
  hyphensRemoved: number;
  hyphensKept: number;
  /** Soft hyphens (U+00AD) removed inside lines, where they are invisible (one at a line's end joins its word: a hyphen removed). */
  softHyphens: number;
  /** Lines dropped as page furniture, each distinct text once with its count. */
  furniture: DroppedFurniture[];
  /** Table-of-contents entries dropped. */
  tocEntries: number;
  /** The entries dropped, each as the review quotes it ("1. Politiråd 2"; a wrapped one's lines with " / "). */
  tocLines?: string[];
  /** Letterhead lines ("POLITIET") dropped. */
  letterheads: number;
  /** What a reader of a structured file (a Word file, a two-column PDF) did, in a sentence each. */
  notes: string[];
}

/** What a reader (PDF, Word) hands the text step besides the text. */
export interface ReadText {
  /** Headings the file names as such (a table of contents, Word's heading styles). */
  tocTitles?: readonly string[];
  /** The headings of a Word file's heading styles: when there are two or more section headings, only they are headings. */
  headingStyles?: { sections: readonly string[]; subheadings: readonly string[] };
  /** A Word file's notes as their paragraphs are written: paragraphs, never list items ("* Vedtatt i bystyret."). */
  notes?: readonly string[];
  /** What the reader changed already. */
  changes?: Partial<ImportChanges>;
}

/** The changes as review lines: counts, and every furniture line dropped. */
export function changeLines(changes: ImportChanges): string[] {
  const lines: string[] = [...changes.notes];
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  if (changes.linesJoined > 0) {
    lines.push(
      `joined ${plural(changes.linesJoined, 'line break')} of the layout into paragraphs${changes.wrapWidth ? ` (the text was wrapped at ${changes.wrapWidth} characters)` : ''}.`,
    );
  }
  if (changes.hyphensRemoved + changes.hyphensKept > 0) {
    lines.push(`line-end hyphens: removed ${changes.hyphensRemoved} (a word broken by the layout), kept ${changes.hyphensKept} (the document's own, as in "SLT-koordinator", "for- og").`);
  }
  if (changes.softHyphens > 0) lines.push(`removed ${plural(changes.softHyphens, 'soft hyphen')} (U+00AD) inside lines, where they are invisible.`);
  const dropped = changes.furniture.reduce((n, f) => n + f.count, 0);
  if (dropped > 0) {
    lines.push(
      `dropped ${plural(dropped, 'line')} as page furniture (page numbers, and lines that recur at page breaks): ${describeDropped(changes.furniture)}.`,
    );
  }
  if (changes.tocEntries > 0) {
    const quoted = (changes.tocLines ?? []).map((l) => `"${l}"`).join(', ');
    lines.push(`dropped the table of contents (${plural(changes.tocEntries, 'entry', 'entries')}${quoted ? `: ${quoted}` : ''}).`);
  }
  if (changes.letterheads > 0) lines.push(`dropped the letterhead "POLITIET" (${changes.letterheads}×).`);
  return lines;
}

/**
 * For a file of several documents, what was dropped from each document's own lines (page furniture, the table of
 * contents, the letterhead), so a draft's review does not list what another document had: each document's lines
 * run from its first line in the text (back over the blank and dropped lines before it: the letterhead over its first
 * page) to the next one's. The file's changes for every document when a document's first line is not found, when
 * the reader dropped lines before (a PDF's), or when the documents' counts do not add up to the file's.
 */
function changesByDocument(text: string, firstLines: readonly string[], changes: ImportChanges, earlier: Partial<ImportChanges>): ImportChanges[] {
  const fileWide = firstLines.map(() => changes);
  if (firstLines.length < 2 || (earlier.tocEntries ?? 0) > 0 || (earlier.furniture ?? []).length > 0) return fileWide;
  const lines = normaliseLines(text.replace(/\r(?!\n)/g, ' '));
  const furniture = new Set([...furnitureLineNumbers(text)].map((n) => n - 1));
  const plain = (line: string) => line.replace(/\u00AD/g, '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const starts: number[] = [0];
  for (const first of firstLines.slice(1)) {
    const want = plain(first);
    let at = lines.findIndex((line, i) => i > (starts.at(-1) ?? 0) && plain(line) !== '' && want.startsWith(plain(line)));
    if (at < 0) return fileWide;
    while (at - 1 > (starts.at(-1) ?? 0) && (plain(lines[at - 1] ?? '') === '' || furniture.has(at - 1) || cleanText(lines[at - 1] ?? '').blocks.length === 0)) at--;
    starts.push(at);
  }
  const parts = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const cleaned = cleanText(lines.slice(start, end).join('\n'));
    const dropped = countDropped(lines.slice(start, end).filter((_, i) => furniture.has(start + i)));
    return { ...changes, furniture: dropped, tocEntries: cleaned.removed.tocEntries, letterheads: cleaned.removed.letterheads };
  });
  const sum = (get: (c: ImportChanges) => number) => parts.reduce((n, c) => n + get(c), 0);
  const furnitureCount = (c: ImportChanges) => c.furniture.reduce((n, f) => n + f.count, 0);
  const addsUp = sum((c) => c.tocEntries) === changes.tocEntries && sum((c) => c.letterheads) === changes.letterheads && sum(furnitureCount) === furnitureCount(changes);
  return addsUp ? parts : fileWide;
}

/** One draft: its file name (slug), its text, and the parts it was made of. */
export interface Draft {
  slug: string;
  mdx: string;
  frontmatter: DraftFrontmatter;
  review: Review;
  body: string;
  structure: DocumentStructure;
  /** What the importer changed in the file's text (in a file of several documents, what it dropped from this one's lines). */
  changes: ImportChanges;
}

/** The drafts of one file, and what the editor should be told about the file as a whole. */
export interface ImportResult {
  drafts: Draft[];
  notices: string[];
}

/**
 * A file's drafts with the text they were made from, for `content/sources/` under the name the drafts give
 * (`source.file`), UTF-8: a text file's bytes as they came (converted to UTF-8 when they were not); the text read
 * from a PDF, its running lines, page numbers and table of contents left out (the review lists them); the text
 * read from a Word file.
 */
export interface FileImport extends ImportResult {
  source: { file: string; bytes: Uint8Array };
}

/** The import of a file, with the text it was made from. */
function withSource(result: ImportResult, bytes: Uint8Array): FileImport {
  const file = result.drafts[0]?.frontmatter.source.file;
  if (file === undefined) throw new ImportError('the import made no draft, so there is no source text to keep.');
  return { ...result, source: { file, bytes } };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** True when the bytes start like a PDF file. */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A drafted document of a file, for the facts its documents share. */
interface Sibling {
  slug: string;
  frontmatter: DraftFrontmatter;
  review: Review;
}

/**
 * Facts that one document of a file states for the others: the police
 * district (the 2009 guidelines name none, the agreement in the same file
 * does), the archive number of the case presentation for the agreement it
 * presents, and which document may replace which. Each is marked for review.
 */
function shareFactsWithinFile(docs: Sibling[]): void {
  if (docs.length < 2) return;
  const districts = [...new Set(docs.flatMap((d) => (d.frontmatter.policeDistrict ? [d.frontmatter.policeDistrict] : [])))];
  const casePresentation = docs.find((d) => d.frontmatter.documentType === 'saksframlegg');
  for (const doc of docs) {
    const fm = doc.frontmatter;
    const drop = (field: string) => (doc.review.missing = doc.review.missing.filter((m) => m.field !== field));
    const [district] = districts;
    if (!fm.policeDistrict && districts.length === 1 && district) {
      fm.policeDistrict = district;
      drop('policeDistrict');
      doc.review.check.push({ field: 'policeDistrict', note: `"${district}": the text names no police district; the other documents of the same file do.` });
    }
    const archive = casePresentation?.frontmatter.source.archiveReference;
    if (archive && fm.related.includes(casePresentation.slug) && !fm.source.archiveReference) {
      fm.source.archiveReference = archive;
      drop('source.archiveReference');
      doc.review.check.push({ field: 'source.archiveReference', note: `"${archive}": the archive number of the case presentation ${casePresentation.slug} in the same file.` });
    }
    const later = docs.filter(
      (o) => o !== doc && o.frontmatter.documentType !== 'saksframlegg' && fm.documentType !== 'saksframlegg' && fm.signed && o.frontmatter.signed && o.frontmatter.signed.date > fm.signed.date,
    );
    for (const o of later) {
      doc.review.missing.push({
        field: 'supersededBy',
        note: `the same file holds ${o.slug}, signed later: if it replaces this document, set supersededBy: ${o.slug} here and supersedes: ${doc.slug} there.`,
      });
    }
  }
}

/** True when a document reads as one of the register's: its title says so, or two template sections are there. */
function isAgreementLike(doc: DocumentStructure, fm: DraftFrontmatter, text: string): boolean {
  const keys = doc.sections.filter((s) => s.key).length;
  return (fm.documentType !== undefined || keys >= 2) && /politi/i.test(text);
}

/**
 * Imports text (a .txt file's, or what was read from a PDF). Pure: throws
 * ImportError for input it cannot make a draft of.
 */
export function importText(text: string, fileName: string, register: RegisterData, options: ImportOptions = {}, read: ReadText = {}): ImportResult {
  const cleaned = cleanText(text);
  if (cleaned.blocks.length === 0) {
    throw new ImportError(`${fileName} has no text left once page headers, page numbers and the table of contents are taken out: there is nothing to import.`);
  }
  const tocTitles = [...(read.tocTitles ?? []), ...cleaned.tocTitles];
  const reflowed = reflowText(text, cleaned.blocks, tocTitles, () => register.vocabulary);
  const earlier = read.changes ?? {};
  const changes: ImportChanges = {
    linesJoined: (earlier.linesJoined ?? 0) + reflowed.changes.linesJoined,
    ...(reflowed.changes.width ? { wrapWidth: reflowed.changes.width } : {}),
    hyphensRemoved: (earlier.hyphensRemoved ?? 0) + reflowed.changes.hyphensRemoved,
    hyphensKept: (earlier.hyphensKept ?? 0) + reflowed.changes.hyphensKept,
    softHyphens: (earlier.softHyphens ?? 0) + innerSoftHyphens(text) + reflowed.changes.softHyphens,
    furniture: [...(earlier.furniture ?? []), ...cleaned.furniture],
    tocEntries: (earlier.tocEntries ?? 0) + cleaned.removed.tocEntries,
    tocLines: [...(earlier.tocLines ?? []), ...cleaned.tocLines],
    letterheads: cleaned.removed.letterheads,
    notes: earlier.notes ?? [],
  };
  const parts = splitDocuments(reflowed.blocks).map((blocks) => {
    const titleLine = blocks.find((b) => DOCUMENT_TITLE.test(b.lines[0] ?? ''))?.lines[0] ?? '';
    const structure = documentStructure(blocks, {
      tocTitles,
      casePresentation: /saksfr/i.test(titleLine),
      ...(read.headingStyles && read.headingStyles.sections.length >= 2 ? { headingStyles: read.headingStyles } : {}),
      ...(read.notes && read.notes.length > 0 ? { notes: new Set(read.notes) } : {}),
    });
    const body = renderBody(structure);
    return { blocks, structure, body };
  });
  const notAgreement = () =>
    new ImportError(
      `${fileName} does not look like a cooperation agreement between a municipality and the police: it has no title such as "Samarbeidsavtale", "Politirådsavtale" or "Avtale om tjenestetilbud", and none of the template's sections (Politiråd, SLT, Tjenestetilbud, Politikontakten …). Check that you picked the right file.`,
    );
  // A file with no police text and no section of the template is refused before its municipality is looked for.
  if (parts.every((p) => p.structure.sections.filter((s) => s.key).length < 2 && !DOCUMENT_TITLE.test(p.blocks.map((b) => b.lines.join(' ')).join(' ')))) throw notAgreement();

  const drafted = parts.map((part) => ({ ...part, ...draftFacts(part.structure, part.body, register, { fileName, ...options }) }));
  const documents = drafted.filter((d) => isAgreementLike(d.structure, d.frontmatter, d.blocks.map((b) => b.lines.join(' ')).join('\n')));
  if (documents.length === 0) throw notAgreement();

  // File names as the register names documents; a second document of the same name gets "-2".
  const taken = new Set<string>();
  const withSlugs = documents.map((doc) => {
    const base = draftSlug(doc.frontmatter, readDate(doc.blocks.map((b) => b.lines.join(' ')).join('\n'))?.iso.slice(0, 4));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return { ...doc, slug };
  });
  // A case presentation belongs with the agreement it presents.
  const agreements = withSlugs.filter((d) => d.frontmatter.documentType !== 'saksframlegg' && d.frontmatter.documentType !== 'retningslinjer');
  for (const d of withSlugs) {
    if (d.frontmatter.documentType === 'saksframlegg') d.frontmatter.related = agreements.map((a) => a.slug);
    else if (agreements.includes(d)) d.frontmatter.related = withSlugs.filter((o) => o.frontmatter.documentType === 'saksframlegg').map((o) => o.slug);
  }
  // The text they were made from, named after the file's agreement (as `oppegard-2018.txt` holds the agreement, its
  // case presentation and the guidelines it replaced), so two files of the same name do not share one.
  const sourceFile = `${(agreements[0] ?? withSlugs[0])?.slug ?? 'kilde'}.txt`;
  for (const d of withSlugs) {
    d.frontmatter.source.file = sourceFile;
    d.review.check.push({
      field: 'source.file',
      note: `"${sourceFile}": the text this draft was made from, which the import writes to content/sources/ (beside the draft with --out) with the draft. npm run check refuses a source file that is not there, and one that no document names.`,
    });
  }
  shareFactsWithinFile(withSlugs);
  if (options.added) for (const d of withSlugs) d.frontmatter.added = options.added;
  const notices: string[] = [];
  // A file read as one document with another document's title inside: said, so a file of several documents is not
  // published as one without a word.
  const titles = parts.length === 1 ? possibleDocumentTitles(reflowed.blocks) : [];
  if (titles.length > 0) {
    const note = `the file may hold more than one document: ${titles.map((t) => `"${t}"`).join(', ')} ${titles.length === 1 ? 'reads' : 'read'} as the title of another document, but no blank line or page break sets ${titles.length === 1 ? 'it' : 'them'} apart, so everything is in this one draft. If so, save each document as a file of its own (or put blank lines around the titles) and import each.`;
    notices.push(`${fileName}: ${note}`);
    for (const d of withSlugs) d.review.check.push({ field: 'documents', note });
  }
  if (parts.length > 1) {
    const skipped = drafted.length - documents.length;
    notices.push(
      `${fileName} holds ${parts.length} documents: ${withSlugs.map((d) => `"${d.frontmatter.title ?? d.slug}"`).join(', ')}. Each is written as its own draft${skipped > 0 ? `; ${skipped} part(s) that read as no agreement were left out` : ''}.`,
    );
  }
  const byPart = changesByDocument(text, parts.map((p) => p.blocks[0]?.lines[0] ?? ''), changes, earlier);
  const drafts = withSlugs.map((d) => {
    const own = byPart[parts.findIndex((p) => p.blocks === d.blocks)] ?? changes;
    return {
      slug: d.slug,
      mdx: renderDraft(d.frontmatter, d.review, d.body, fileName.replace(/^.*[\\/]/, ''), changeLines(own)),
      frontmatter: d.frontmatter,
      review: d.review,
      body: d.body,
      structure: d.structure,
      changes: own,
    };
  });
  return { drafts, notices };
}

/** What a file the importer does not read is, by its first bytes (RTF, an HTML page, an OpenDocument text), and how to save it. */
function unsupportedFormat(bytes: Uint8Array): { what: string; how: string } | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^(?:\xEF\xBB\xBF|\uFEFF)/, '').trimStart();
  if (head.startsWith('{\\rtf')) return { what: 'an RTF file', how: 'open it in Word or LibreOffice' };
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(head)) return { what: 'an HTML page', how: 'open it in a browser and print it to PDF, or copy its text into a text file' };
  if (isZip(bytes) && head.includes('application/vnd.oasis.opendocument')) return { what: 'an OpenDocument file (.odt)', how: 'open it in LibreOffice or Word' };
  return undefined;
}

/** Imports a file's bytes: a PDF through pdf.js, a Word file (.docx) through mammoth, anything else as text (UTF-8, else Windows-1252). */
export async function importAgreement(fileName: string, bytes: Uint8Array, register: RegisterData, options: ImportOptions = {}): Promise<FileImport> {
  if (isPdf(bytes)) {
    const pages = await readPdfPages(bytes, fileName);
    if (hasNoText(pages)) {
      throw new ImportError(
        `${fileName}: no text to read: the PDF is a scan (${pages.length} page${pages.length === 1 ? '' : 's'}, no text layer); run OCR first, then import the text (for example "ocrmypdf --language nor ${fileName.replace(/^.*[\\/]/, '')} ocr.pdf", check the text, and import ocr.pdf).`,
      );
    }
    const pdf = pdfPagesToText(pages, register.vocabulary);
    return withSource(importText(pdf.text, fileName, register, options, { tocTitles: pdf.tocTitles, changes: pdf.changes }), utf8(pdf.text));
  }
  const unsupported = unsupportedFormat(bytes);
  if (unsupported) {
    throw new ImportError(`${fileName}: format not supported: it is ${unsupported.what}. Save it as PDF, .docx or .txt (${unsupported.how}) and import that.`);
  }
  if (/\.docx$/i.test(fileName) || (isZip(bytes) && !/\.(?:txt|pdf)$/i.test(fileName))) {
    if (!isZip(bytes)) {
      throw new ImportError(
        `${fileName} is named .docx but is not a Word file (a .docx is a ZIP archive; this is not one): open it in Word or LibreOffice, save it as .docx and import that.`,
      );
    }
    const docx = await readDocx(bytes, fileName);
    const read = { tocTitles: docx.headings, headingStyles: { sections: docx.headings, subheadings: docx.subheadings }, notes: docx.noteParagraphs, changes: { notes: docx.notes } };
    return withSource(importText(docx.text, fileName, register, options, read), utf8(docx.text));
  }
  if (/\.doc$/i.test(fileName)) {
    throw new ImportError(`${fileName} is an old Word file (.doc), which the importer does not read: open it in Word or LibreOffice, save it as .docx and import that.`);
  }
  if (/\.pdf$/i.test(fileName)) {
    throw new ImportError(`${fileName} is named .pdf but is not a PDF file (it does not start with "%PDF-"): download it again.`);
  }
  const decoded = decodeText(bytes, fileName);
  const result = withSource(importText(decoded.text, fileName, register, options), decoded.encoding === 'utf-8' ? bytes : utf8(decoded.text));
  return decoded.notice ? { ...result, notices: [decoded.notice, ...result.notices] } : result;
}

/** The review of a draft as lines for the terminal. */
export function reviewLines(draft: Draft, path: string): string[] {
  const lines = [`Review ${path} before publishing it:`];
  if (draft.review.missing.length > 0) {
    lines.push('  Not established, left out:');
    for (const item of draft.review.missing) lines.push(`    - ${item.field}: ${item.note}`);
  }
  if (draft.review.check.length > 0) {
    lines.push('  Taken from the text, to check:');
    for (const item of draft.review.check) lines.push(`    - ${item.field}: ${item.note}`);
  }
  const changed = changeLines(draft.changes);
  if (changed.length > 0) {
    lines.push('  Changed by the importer:');
    for (const line of changed) lines.push(`    - ${line}`);
  }
  const keyed = draft.structure.sections.filter((s) => s.key).map((s) => s.key);
  lines.push(`  Sections: ${draft.structure.sections.length} headings, ${keyed.length} of them the template's (${keyed.join(', ') || 'none'}).`);
  return lines;
}
