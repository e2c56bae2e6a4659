/** Reading CBOR item by item (src/lib/search/cbor-items.ts) agrees with cborg, the encoder the index's other files go through. */
import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { arrayHead, CborError, CborItems } from '../../src/lib/search/cbor-items.ts';

const values: unknown[] = [
  0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, Number.MAX_SAFE_INTEGER, -1, -25, -300, -(2 ** 40), 1.5, true, false, null,
  '', 'å', 'x'.repeat(23), 'x'.repeat(24), 'ø'.repeat(200), new Uint8Array([1, 2, 3]),
  [], [1, [2, [3, []]]], Array.from({ length: 300 }, (_, i) => i), { a: 1, b: ['c'] },
  ['politiråd', [[0, [-25, 119, 90], []], [3, [], [-3, 0]]], [['politirådet', [[1, [4], []]]]]],
];

describe('CborItems', () => {
  it('finds where each item ends, in a list of every kind', () => {
    const bytes = encode(values);
    const items = new CborItems(bytes);
    const { length, next } = items.array(0, 'the list');
    expect(length).toBe(values.length);
    let at = next;
    for (const value of values) {
      const end = items.skip(at);
      expect(decode(bytes.subarray(at, end))).toEqual(value);
      at = end;
    }
    expect(at).toBe(bytes.length);
  });

  it('reads text strings and tells integers from other items', () => {
    const bytes = encode(['politiråd', -3, 7, 'x']);
    const items = new CborItems(bytes);
    const first = items.array(0, 'the list').next;
    expect(items.string(first, 'a word')).toEqual({ value: 'politiråd', next: items.skip(first) });
    const second = items.skip(first);
    expect(items.isInteger(second)).toBe(true);
    expect(items.isInteger(first)).toBe(false);
  });

  it('refuses what it cannot read, saying where', () => {
    expect(() => new CborItems(encode([1])).string(0, 'a word')).toThrow(new CborError('a word is not a text string at byte 0'));
    expect(() => new CborItems(encode('a')).array(0, 'the chunk')).toThrow(/the chunk is not an array at byte 0/);
    // An array of indefinite length (0x9f … 0xff), which Pagefind does not write.
    expect(() => new CborItems(Uint8Array.of(0x9f, 0x01, 0xff)).skip(0)).toThrow(/indefinite or reserved length/);
    expect(() => new CborItems(encode([1, 2]).subarray(0, 2)).skip(0)).toThrow(/the data ends early at byte 2/);
    expect(() => new CborItems(Uint8Array.of(0x62, 0xc3, 0x28)).string(0, 'a word')).toThrow(/a word is not UTF-8/);
  });
});

describe('arrayHead', () => {
  it('is the head cborg writes for an array of that length', () => {
    for (const length of [0, 1, 23, 24, 255, 256, 65535, 65536]) {
      const whole = encode(new Array(length).fill(0));
      expect(arrayHead(length), String(length)).toEqual(whole.subarray(0, whole.length - length));
    }
  });
});
