/**
 * The draft check's work, loaded only when the reader asks: reads the draft
 * (pasted text; a text or Markdown file as the same text pasted; a .docx
 * as the importer reads it, through jszip and mammoth, loaded only for a
 * Word file),
 * fetches the register's texts from this site, and holds the draft against
 * them with src/lib/compare/draft-check.ts (the register's words, and the
 * hyphenation patterns, loaded only then, also read a hard-wrapped draft's
 * line-end hyphens, as the importer's do). Returns the HTML to show and the
 * messages to give; bad input gets a message and no result.
 */
import { checkDraft, draftCheckHtml, draftInputProblem, draftSections, MAX_DRAFT_CHARACTERS, type RegisterText, type WordStyles } from '../lib/compare/draft-check.ts';
import { decodeText } from '../lib/import/decode.ts';
import { htmlToImportText, isZip, sectionHeadings, subHeadings, UnreadableWordFile, wordHtml, type WordHtml } from '../lib/import/docx.ts';
import { HyphenPatternsNotLoaded, loadHyphenPatterns, mayAskForPatterns } from '../lib/import/hyphen-patterns-browser.ts';
import { registerVocabulary, type Vocabulary } from '../lib/import/hyphenation.ts';
import { agreementUrl } from '../lib/publish/routes.ts';
import { draftCheck } from '../strings.ts';
import { loadText } from './agreement-texts.ts';

/** What the page shows after a check. */
export interface DraftCheckOutcome {
  html?: string;
  messages: string[];
  status: string;
}

/** The largest .docx the page opens (pictures make files large; the text is what counts). */
const MAX_DOCX_BYTES = 10_000_000;

/** A file read as text, by its name or type: a text file, or Markdown (the builder's download). */
const isTextFile = (file: File) => /\.(?:txt|text|md|markdown)$/i.test(file.name) || (file.type.startsWith('text/') && !/\.docx$/i.test(file.name));

/**
 * Reads a text or Markdown file as the importer reads a text file (UTF-8,
 * else Windows-1252); a message for one that is not text. An empty file is
 * read as empty text, which the check then calls empty.
 */
async function fileText(file: File): Promise<{ text?: string; headings?: string[]; problem?: string }> {
  // Four bytes a character at most: a larger file cannot be within the limit.
  if (file.size > 4 * MAX_DRAFT_CHARACTERS) return { problem: draftCheck.tooLarge(draftCheck.megabytes(file.size), draftCheck.characters(MAX_DRAFT_CHARACTERS)) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { text: decodeText(bytes, file.name).text };
  } catch {
    // An empty file, or one of white space only, is empty; anything else the importer refuses is no text.
    return new TextDecoder('latin1').decode(bytes).trim() === '' ? { text: '' } : { problem: draftCheck.notText(file.name) };
  }
}

/**
 * Reads a .docx as the importer reads it (`wordHtml`, `htmlToImportText`: Word's list and heading numbers written in,
 * empty paragraphs kept, note marks as Word prints them; heading styles kept as headings); a message for a file that
 * is not one. Rejects when the code that reads it (mammoth, jszip) cannot be loaded (offline, a new deploy): the check
 * fails (the page says `draftCheck.broken`), where calling the file no Word file would send the reader to save it again.
 */
async function docxText(file: File): Promise<{ text?: string; headings?: string[]; word?: WordStyles; problem?: string }> {
  if (file.size > MAX_DOCX_BYTES) return { problem: draftCheck.tooLarge(draftCheck.megabytes(file.size), draftCheck.megabytes(MAX_DOCX_BYTES)) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!/\.docx$/i.test(file.name)) return { problem: draftCheck.notReadable(file.name) };
  if (!isZip(bytes)) return { problem: draftCheck.notDocx(file.name) };
  let word: WordHtml;
  try {
    // mammoth's browser build takes an ArrayBuffer of the file's own bytes.
    word = await wordHtml(bytes, (b) => ({ arrayBuffer: new Uint8Array(b).buffer }));
  } catch (e) {
    if (e instanceof UnreadableWordFile) return { problem: draftCheck.notDocx(file.name) };
    throw e;
  }
  const read = htmlToImportText(word.html, word.notes?.marks);
  if (read.text.trim() === '') return { problem: draftCheck.docxEmpty(file.name) };
  return { text: read.text, headings: sectionHeadings(read.headings), word: { subheadings: subHeadings(read.headings), notes: read.noteParagraphs } };
}

/**
 * What `read` gives, the hyphenation patterns loaded first if it asks for them: a line-end hyphen that neither the
 * draft's words nor the register's decide (hyphen-patterns-browser.ts). Most drafts never ask, and so never load them;
 * a hard-wrapped one has them loaded before it is read (`mayAskForPatterns`), and this is the fallback.
 */
async function withHyphenPatterns<T>(read: () => T): Promise<T> {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof HyphenPatternsNotLoaded)) throw e;
    await loadHyphenPatterns();
    return read();
  }
}

/** Checks the draft the reader gave against the register (`registerJson`: the page's list of documents). */
export async function runDraftCheck(input: { text: string } | { file: File }, registerJson: string): Promise<DraftCheckOutcome> {
  let text: string;
  let headings: string[] = [];
  let word: WordStyles | undefined;
  const docx = 'file' in input && !isTextFile(input.file);
  if ('file' in input) {
    const read: { text?: string; headings?: string[]; word?: WordStyles; problem?: string } = docx ? await docxText(input.file) : await fileText(input.file);
    if (read.problem || read.text === undefined) return { messages: [read.problem ?? draftCheck.notDocx(input.file.name)], status: read.problem ?? '' };
    text = read.text;
    headings = read.headings ?? [];
    word = read.word;
  } else {
    text = input.text;
  }
  const problem = draftInputProblem(text);
  if (problem) {
    const message = problem.kind === 'empty' ? draftCheck.empty : draftCheck.tooLarge(draftCheck.characters(problem.characters), draftCheck.characters(MAX_DRAFT_CHARACTERS));
    return { messages: [message], status: message };
  }
  // A draft whose line-end hyphens may ask for the patterns (a hard-wrapped paste) has them loaded beside the register's
  // texts, so that it is read once, not read until a hyphen asks and then again; withHyphenPatterns stays for a hyphen
  // this does not foresee, and loads them again if loading them here failed (the check then fails only if one asks).
  const patterns = mayAskForPatterns(text) ? loadHyphenPatterns().catch(() => undefined) : undefined;
  const list = JSON.parse(registerJson) as Array<{ slug: string; label: string; municipality: string }>;
  const register: RegisterText[] = await Promise.all(
    list.map(async (d) => {
      const text = await loadText(d.slug);
      return { ...d, language: text.language, sections: text.sections };
    }),
  );
  // The register's words tell a line-end hyphen of the layout from the document's own, as the importer's do (gathered
  // once, though the draft may be read twice).
  let words: Vocabulary | undefined;
  const vocabulary = () => (words ??= registerVocabulary(register.flatMap((d) => d.sections.map((s) => [s.heading ?? '', ...s.blocks.map((b) => b.text)].join('\n')))));
  const read = () => draftSections(text, headings, docx ? 'docx' : 'paste', vocabulary, word);
  await patterns;
  const draft = await withHyphenPatterns(read);
  const result = checkDraft(draft, register);
  const html = draftCheckHtml(result, draftCheck, (slug, id) => agreementUrl(slug, id));
  return { html, messages: draft.headings ? [] : [draftCheck.noHeadings], status: draftCheck.ready(result.sections.length) };
}
