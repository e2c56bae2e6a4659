/**
 * The Norwegian hyphenation patterns (the `hyphen` package's bokmål and
 * nynorsk patterns, ISC): where a word processor may break a word. The last
 * step `joinHyphenated` (hyphenation.ts) takes for a line-end hyphen that
 * neither the document nor the register decides. Reached as
 * `#hyphen-patterns` (package.json `imports`): Node (the importer, the tests)
 * gets this module; the browser gets `hyphen-patterns-browser.ts`, which
 * loads it only when a draft asks, as the two sets of patterns are about
 * 170 kB gzip.
 */
import nb from 'hyphen/nb/index.js';
import nn from 'hyphen/nn/index.js';

/** True when the hyphenation patterns of bokmål or nynorsk allow a break in `word` after `at` characters. */
export function patternBreak(word: string, at: number): boolean {
  return [nb, nn].some((lang) => {
    const marked = lang.hyphenateSync(word, { hyphenChar: '|', minWordLength: 4, html: false });
    let position = 0;
    for (const ch of marked) {
      if (ch === '|') {
        if (position === at) return true;
      } else position++;
    }
    return false;
  });
}
