/**
 * The Norwegian hyphenation patterns the importer asks (hyphen-patterns.ts): one set, as the `hyphen` package's
 * bokmål and nynorsk patterns are the same data; this file notices the day they are not. It reads the files as the
 * package ships them: the loaded patterns are no witness, as the hyphenator keeps words it has hyphenated in them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/**
 * A file of the `hyphen` package for `language`, the places it names its language made the same for both: the file its
 * module loads (`../patterns/nb.js`) and the global name the patterns' UMD wrapper gives them (`hyphenationPatternsNb`).
 */
const shipped = (path: (language: string) => string, language: 'nb' | 'nn') =>
  readFileSync(require.resolve(path(language)), 'utf8')
    .replace(/\.\.\/patterns\/n[bn]\.js/g, '../patterns/LANG.js')
    .replace(/\bhyphenationPatternsN[bn]\b/g, 'hyphenationPatternsLANG');

describe('the hyphenation patterns', () => {
  it('of bokmål and nynorsk are the same data, so hyphen-patterns.ts asks one (if this fails, it must ask both again)', () => {
    for (const path of [(l: string) => `hyphen/${l}/index.js`, (l: string) => `hyphen/patterns/${l}.js`]) {
      const same = shipped(path, 'nn') === shipped(path, 'nb');
      expect(same, `${path('nn')} is not ${path('nb')} but for the language's name: hyphen-patterns.ts must ask both`).toBe(true);
    }
  });
});
