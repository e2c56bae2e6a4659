/** One reader for content files: CRLF and a byte-order mark read as LF; a file that is not UTF-8 is named, with a fix, and never crashes the checker. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource, normaliseText } from '../../src/lib/content/source-text.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixture, registerFiles, withAgreements } from './helpers.ts';
import { fixtureSource } from '../fixture-register.ts';
import { placeAfter } from '../text-place.ts';

const read = (name: string) => {
  const path = `tests/fixtures/encodings/${name}.mdx`;
  const { text, fault } = decodeSource(readFileSync(path));
  return { path, text, ...(fault ? { fault } : {}) };
};

describe('decodeSource', () => {
  it('reads CRLF and a byte-order mark as the LF file', () => {
    const lf = fixture('bad-agreements/valid-agreement.mdx').text;
    expect(read('crlf-line-endings').text).toBe(lf);
    expect(read('byte-order-mark').text).toBe(lf);
    expect(normaliseText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('names the first byte that is not UTF-8, with its line and column', () => {
    expect(read('windows-1252').fault).toEqual({ line: 2, column: 50, byte: 0xd8 });
    expect(decodeSource(new TextEncoder().encode('æøå\n')).fault).toBeUndefined();
    expect(decodeSource(new Uint8Array([0x61, 0x0a, 0x62, 0xe6])).fault).toEqual({ line: 2, column: 2, byte: 0xe6 });
  });
});

describe('checkRegister on line endings and encodings', () => {
  it('accepts the CRLF and BOM files as it accepts the LF one', () => {
    const problems = checkRegister(withAgreements(read('crlf-line-endings'), read('byte-order-mark'))).problems;
    expect(problems).toEqual([]);
  });

  it('accepts a CRLF or BOM text handed to it directly, not only through the reader', () => {
    const lf = fixture('bad-agreements/valid-agreement.mdx');
    const crlf = { path: 'tests/crlf.mdx', text: lf.text.replace(/\n/g, '\r\n') };
    const bom = { path: 'tests/bom.mdx', text: `\uFEFF${lf.text}` };
    expect(checkRegister(withAgreements(crlf, bom)).problems).toEqual([]);
  });

  it('refuses a Windows-1252 file by name, place and fix', () => {
    expect(checkRegister(withAgreements(read('windows-1252'))).problems.map(formatProblem)).toEqual([
      'tests/fixtures/encodings/windows-1252.mdx:2:50: the file is not UTF-8 (byte 0xd8 here is "Ø" in Windows-1252): save it as UTF-8 (in most editors: "Save with encoding" → UTF-8), then check its æ, ø and å.',
    ]);
  });

  it('refuses a source text that is not UTF-8, which the site would serve with its letters garbled', () => {
    const path = fixtureSource('luster-2019.txt');
    const text = readFileSync(path, 'utf8');
    // Latin-1 writes æ, ø and å as Windows-1252 does.
    const files = registerFiles();
    files.sources = files.sources.map((s) => (s.path === path ? { path, ...decodeSource(Buffer.from(text, 'latin1')) } : s));
    const first = [...text].find((c) => c.charCodeAt(0) > 0x7f) ?? '';
    expect(checkRegister(files).problems.map(formatProblem)).toEqual([
      `${path}:${placeAfter(text, '', first)}: the file is not UTF-8 (byte 0x${first.charCodeAt(0).toString(16)} here is "${first}" in Windows-1252): save it as UTF-8 (in most editors: "Save with encoding" → UTF-8), then check its æ, ø and å.`,
    ]);
  });

  it('refuses text another reader decoded with replacement characters', () => {
    const text = fixture('bad-agreements/valid-agreement.mdx').text.replace('Rusforebyggende', 'Rusforebyggende s\uFFFDrlig');
    const [problem] = checkRegister(withAgreements({ path: 'tests/broken.mdx', text })).problems.map(formatProblem);
    expect(problem).toMatch(/^tests\/broken\.mdx:28:18: the file is not UTF-8 \(here is U\+FFFD.*save it as UTF-8/);
  });
});
