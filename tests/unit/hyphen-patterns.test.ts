/**
 * The Norwegian hyphenation patterns the importer asks (hyphen-patterns.ts): one set, as the `hyphen` package's
 * bokmål and nynorsk patterns are the same data; this file notices the day they are not.
 */
import { describe, expect, it } from 'vitest';
import nb from 'hyphen/nb/index.js';
import nn from 'hyphen/nn/index.js';

describe('the hyphenation patterns', () => {
  it('of bokmål and nynorsk are the same data, so hyphen-patterns.ts asks one (if this fails, it must ask both again)', () => {
    expect(nn.patterns).toEqual(nb.patterns);
  });
});
