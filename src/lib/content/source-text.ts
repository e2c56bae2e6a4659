/**
 * The one way a content file's bytes become text: UTF-8, without a byte-order
 * mark, with LF line endings. The reader (register-files.ts), the checker and
 * the data layer (a body Astro read itself) all go through here, so a file
 * saved on Windows (CRLF, BOM) reads exactly as the same file saved with LF.
 */

/** Where a file stops being UTF-8: the first byte that cannot be decoded. */
export interface EncodingFault {
  line: number;
  column: number;
  /** The offending byte, e.g. 0xf8 (Windows-1252 "ø"). */
  byte: number;
}

/** A 1-based line and column of a file's text as normalised (LF line ends, no BOM). */
export interface TextPlace {
  line: number;
  column: number;
}

/** A file's text, the first encoding fault when its bytes are not UTF-8, and the first line ended by a lone CR. */
export interface DecodedSource {
  text: string;
  fault?: EncodingFault;
  loneCr?: TextPlace;
}

/** A letter written as its decomposed characters (`a` and a combining ring for `å`), where the text is not in Unicode NFC. */
export interface Decomposed {
  /** The 0-based offset of the first one. */
  offset: number;
  /** The letter as written (two or more characters) and as one (NFC). */
  written: string;
  composed: string;
  /** How many letters of the text are written so. */
  count: number;
}

/**
 * The letters of `text` that are not written as Unicode NFC composes them: `å` as `a` and a combining ring
 * (NFD, as macOS and some PDF readers copy text). The page shows the same letter, but the search index
 * keeps the word as written, apart from the same word typed, and heading ids and comparisons read it so.
 */
export function decomposedLetters(text: string): Decomposed | undefined {
  if (text === text.normalize('NFC')) return undefined;
  let first: Decomposed | undefined;
  let count = 0;
  for (const m of text.matchAll(/\P{M}\p{M}*/gu)) {
    const composed = m[0].normalize('NFC');
    if (composed === m[0]) continue;
    count++;
    first ??= { offset: m.index, written: m[0], composed, count: 0 };
  }
  return first ? { ...first, count } : undefined;
}

/** The line and column of a 0-based offset in a normalised text (columns count characters, as editors do). */
export function placeAt(text: string, offset: number): TextPlace {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}

/**
 * Where `text` (as read, before `normaliseText`) first ends a line with a CR alone, as old Mac OS
 * editors save: the end of that line. Astro's frontmatter reader finds the frontmatter by LF (a
 * CRLF has one), so a document saved with CR line ends checks out here and has no frontmatter in
 * the build; the checker refuses it.
 */
export function loneCarriageReturn(text: string): TextPlace | undefined {
  const index = text.search(/\r(?!\n)/);
  if (index < 0) return undefined;
  const before = normaliseText(text.slice(0, index));
  return placeAt(before, before.length);
}

/** Text with any byte-order mark removed and CRLF / CR line endings turned into LF. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * A data file's JSON, from its text as Node's UTF-8 reading gives it (a byte-order mark kept, which
 * JSON.parse refuses): read as the checker reads it, so a file saved with a BOM builds as it checks.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(normaliseText(text));
}

/** The first byte of `bytes` that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a content file. Never throws: bytes that are not UTF-8 become U+FFFD
 * in the text and the first of them is reported as `fault`, with its line and
 * column, for the checker to name.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const read = new TextDecoder('utf-8').decode(bytes);
  const text = normaliseText(read);
  const cr = loneCarriageReturn(read);
  const loneCr = cr ? { loneCr: cr } : {};
  const bad = firstInvalidByte(bytes);
  if (bad < 0) return { text, ...loneCr };
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad)).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = before.split('\n');
  return {
    text,
    fault: { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1, byte: bytes[bad] as number },
    ...loneCr,
  };
}

/** What a byte that is not UTF-8 most likely was, for the message: Windows-1252 "ø" for 0xf8. */
export function guessWindows1252(byte: number): string | undefined {
  if (byte < 0x80) return undefined;
  const char = new TextDecoder('windows-1252').decode(new Uint8Array([byte]));
  return /\p{L}|\p{P}|\p{S}/u.test(char) ? char : undefined;
}
