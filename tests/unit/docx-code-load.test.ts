/**
 * A Word file read while the code that reads it cannot be loaded (a chunk the browser could not fetch: offline, or a
 * new deploy that replaced it): the failure is the code's, not the file's. `wordHtml` rejects with it, where it said
 * the file was no Word file (mammoth) or read it without Word's numbering (jszip), and the draft check fails
 * (the page says `draftCheck.broken`) instead of telling the reader «x.docx» is not a Word file; a file mammoth cannot read is still
 * called one. The modules are made to fail with `vi.doMock`, undone after each case (the unit files share a process).
 */
import * as docx from 'docx';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnreadableWordFile, wordHtml } from '../../src/lib/import/docx.ts';
import { runDraftCheck } from '../../src/scripts/draft-check-run.ts';
import { draftCheck } from '../../src/strings.ts';

/** What the browser's import() rejects with for a chunk it could not fetch. */
const NOT_LOADED = 'Failed to fetch dynamically imported module: /_astro/chunk.js';
const notLoaded = (name: string) =>
  vi.doMock(name, () => {
    throw new TypeError(NOT_LOADED);
  });

/** The failure a read rejects with, as the module's import gave it (Vitest wraps a mock's error, as its `cause`). */
async function failure(read: Promise<unknown>): Promise<unknown> {
  const e = await read.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(e, 'rejected').toBeInstanceOf(Error);
  expect(e).not.toBeInstanceOf(UnreadableWordFile);
  return (e as Error).cause ?? e;
}

/** A small Word file, with a heading and a paragraph. */
async function wordFile(): Promise<Uint8Array> {
  const { Document, Paragraph, HeadingLevel, Packer } = docx;
  const children = [new Paragraph({ text: 'Formål', heading: HeadingLevel.HEADING_1 }), new Paragraph('Avtalen gjelder samarbeidet.')];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A zip that is no Word file (no word/document.xml). */
async function notWord(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('notes.txt', 'not a Word file');
  return zip.generateAsync({ type: 'uint8array' });
}

const asNode = (b: Uint8Array) => ({ buffer: Buffer.from(b) });

afterEach(() => {
  vi.doUnmock('mammoth');
  vi.doUnmock('jszip');
});

describe('a Word file while the code that reads it cannot be loaded', () => {
  it('reads as a Word file when the code loads (the cases below change only that)', async () => {
    const word = await wordHtml(await wordFile(), asNode);
    expect(word.html).toContain('Formål');
    expect(word.unnumbered).toBeUndefined();
  });

  it('rejects with the failure to load mammoth, not as a file mammoth cannot read', async () => {
    notLoaded('mammoth');
    expect(await failure(wordHtml(await wordFile(), asNode))).toEqual(new TypeError(NOT_LOADED));
  });

  it('rejects with the failure to load jszip, not reading the file without Word\'s numbering', async () => {
    notLoaded('jszip');
    expect(await failure(wordHtml(await wordFile(), asNode))).toEqual(new TypeError(NOT_LOADED));
  });

  it('still calls a zip mammoth cannot read an unreadable Word file', async () => {
    await expect(wordHtml(await notWord(), asNode)).rejects.toBeInstanceOf(UnreadableWordFile);
  });

  it('makes the draft check fail (the page then says draftCheck.broken), not say the file is no Word file; a zip that is none still gets that message', async () => {
    const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    notLoaded('mammoth');
    expect(await failure(runDraftCheck({ file: file(await wordFile(), 'utkast.docx') }, '[]'))).toEqual(new TypeError(NOT_LOADED));
    vi.doUnmock('mammoth');
    const outcome = await runDraftCheck({ file: file(await notWord(), 'falsk.docx') }, '[]');
    expect(outcome.messages).toEqual([draftCheck.notDocx('falsk.docx')]);
    expect(outcome.html).toBeUndefined();
  });
});
