/**
 * Bytes of a plain-text file to text. UTF-8 is tried first, strictly; a file
 * that is not valid UTF-8 is read as Windows-1252, the encoding Norwegian text
 * saved on Windows usually has, and the importer says so.
 */
import { ImportError } from './errors.ts';

/** The text of a file and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** Said to the editor when the file was not UTF-8. */
  notice?: string;
}

/** Code points Windows-1252 leaves undefined: TextDecoder passes them through as C1 controls. */
const UNDEFINED_IN_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;

/** Decodes a plain-text file; throws ImportError for an empty or binary file. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) {
    throw new ImportError(`${fileName} is empty: there is no text to import. Check that you picked the signed agreement (a PDF, or its text saved as a .txt file).`);
  }
  if (bytes.includes(0)) {
    throw new ImportError(
      `${fileName} is not a text file (it holds binary data). Import the PDF itself, or save the text as UTF-8 from your editor and import that.`,
    );
  }
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
    if (UNDEFINED_IN_1252.test(text)) {
      throw new ImportError(
        `${fileName} is neither UTF-8 nor Windows-1252 text. Open it in a text editor, save it as UTF-8 and import it again.`,
      );
    }
  }
  if (text.trim() === '') {
    throw new ImportError(`${fileName} holds only white space: there is no text to import. Check that you picked the signed agreement.`);
  }
  return encoding === 'utf-8'
    ? { text, encoding }
    : {
        text,
        encoding,
        notice: `${fileName} is not UTF-8: read it as Windows-1252 (the usual encoding of Norwegian text saved on Windows). Check that æ, ø and å look right in the draft.`,
      };
}
