/**
 * A Word file (.docx) opened once for the steps that read its XML beside mammoth (the numbers Word shows,
 * docx-numbering.ts; the marks of its notes, docx-notes.ts): the zip loaded, and its main part
 * (`word/document.xml`) read and parsed, so that each step reads the same one and none loads the file again.
 */
import type JSZip from 'jszip';
import { parseXml, type XmlElement } from './docx-xml.ts';

/** A Word file's package: its zip, and its main part's text and elements. */
export interface DocxPackage {
  /** The zip, for the parts besides the main one (`word/numbering.xml`, `word/styles.xml`, `word/settings.xml`). */
  zip: JSZip;
  /** `word/document.xml`, read and parsed (elements' offsets are into `xml`); undefined when the file has none. */
  document?: { xml: string; root: XmlElement };
}

/**
 * jszip, loaded for a Word file only, not with the module: the browser's draft check loads its work before it knows it
 * has one. Rejects when the code cannot be loaded (offline, a new deploy), which says nothing of the file.
 */
export async function loadZipReader(): Promise<typeof JSZip> {
  return ((await import('jszip')) as { default: typeof JSZip }).default;
}

/** Loads a .docx's zip with `Zip` (`loadZipReader`) and reads its main part; rejects when the bytes are not a zip that can be read. */
export async function openDocx(bytes: Uint8Array, Zip: typeof JSZip): Promise<DocxPackage> {
  const zip = await Zip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  return { zip, ...(xml !== undefined ? { document: { xml, root: parseXml(xml) } } : {}) };
}
