/** Reads a .docx back, as the tests of the draft builder do: unzipped, its document's text runs joined. */
import JSZip from 'jszip';

export interface DocxContents {
  zip: JSZip;
  /** `word/document.xml` as written. */
  xml: string;
  /** The text of every run, in order, XML entities decoded. */
  text: string;
}

export async function readDocx(data: Buffer | Uint8Array | ArrayBuffer): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(data);
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('no word/document.xml in the file: not a Word document');
  const xml = await document.async('string');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { zip, xml, text };
}
