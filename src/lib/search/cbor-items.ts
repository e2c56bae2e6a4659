/**
 * Reads CBOR (RFC 8949) item by item without decoding it into values: where
 * an item starts and ends, an array's length, a text's string. For the word
 * index (index-chunks.ts), which moves Pagefind's encoded words between
 * chunks as they are, byte for byte, instead of decoding and encoding them
 * again. Definite lengths only (Pagefind writes no other); anything else is
 * refused (CborError).
 */

/** An item's head: its major type (0–7), its argument (a length, a number), and where its content starts. */
export interface ItemHead {
  major: number;
  argument: number;
  next: number;
}

/** Bytes that are not the CBOR expected: what, and at which byte (the caller names the file). */
export class CborError extends Error {}

/** A reader over CBOR bytes. */
export class CborItems {
  private static readonly text = new TextDecoder('utf-8', { fatal: true });
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private fail(at: number, what: string): never {
    throw new CborError(`${what} at byte ${at}`);
  }

  /** The head of the item at `at`. */
  head(at: number): ItemHead {
    if (at >= this.bytes.length) this.fail(at, 'the data ends early');
    const initial = this.bytes[at]!;
    const major = initial >> 5;
    const info = initial & 0x1f;
    if (info < 24) return { major, argument: info, next: at + 1 };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) this.fail(at, `an item of indefinite or reserved length (additional information ${info})`);
    if (at + 1 + size > this.bytes.length) this.fail(at, 'the data ends early');
    let argument: number;
    if (size === 1) argument = this.view.getUint8(at + 1);
    else if (size === 2) argument = this.view.getUint16(at + 1);
    else if (size === 4) argument = this.view.getUint32(at + 1);
    else {
      const big = this.view.getBigUint64(at + 1);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(at, 'a number too large');
      argument = Number(big);
    }
    return { major, argument, next: at + 1 + size };
  }

  /** Where the item at `at` ends (the next item's start). */
  skip(at: number): number {
    const { major, argument, next } = this.head(at);
    switch (major) {
      case 0:
      case 1:
      case 7:
        return next;
      case 2:
      case 3:
        if (next + argument > this.bytes.length) this.fail(at, 'the data ends early');
        return next + argument;
      case 4: {
        let end = next;
        for (let i = 0; i < argument; i++) end = this.skip(end);
        return end;
      }
      case 5: {
        let end = next;
        for (let i = 0; i < 2 * argument; i++) end = this.skip(end);
        return end;
      }
      default:
        // 6: a tag, then its item.
        return this.skip(next);
    }
  }

  /** The array at `at`: its length and where its first element starts; an error saying `what` was expected otherwise. */
  array(at: number, what: string): { length: number; next: number } {
    const { major, argument, next } = this.head(at);
    if (major !== 4) this.fail(at, `${what} is not an array`);
    return { length: argument, next };
  }

  /** The text string at `at` and where it ends. */
  string(at: number, what: string): { value: string; next: number } {
    const { major, argument, next } = this.head(at);
    if (major !== 3 || next + argument > this.bytes.length) this.fail(at, `${what} is not a text string`);
    let value: string;
    try {
      value = CborItems.text.decode(this.bytes.subarray(next, next + argument));
    } catch {
      this.fail(at, `${what} is not UTF-8`);
    }
    return { value, next: next + argument };
  }

  /** Whether the item at `at` is an integer. */
  isInteger(at: number): boolean {
    const { major } = this.head(at);
    return major === 0 || major === 1;
  }
}

/** The head of an array of `length` items, as CBOR writes it in its shortest form (as Pagefind and cborg do). */
export function arrayHead(length: number): Uint8Array {
  if (length < 24) return Uint8Array.of(0x80 | length);
  if (length < 0x100) return Uint8Array.of(0x98, length);
  if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
  if (length < 0x100000000) return Uint8Array.of(0x9a, length >>> 24, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff);
  throw new Error(`an array of ${length} items is too long for this index`);
}
