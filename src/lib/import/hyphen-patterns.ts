/**
 * The Norwegian hyphenation patterns (the `hyphen` package's, ISC): where a
 * word processor may break a word. The last step `joinHyphenated`
 * (hyphenation.ts) takes for a line-end hyphen that neither the document nor
 * the register decides. Reached as `#hyphen-patterns` (package.json
 * `imports`): Node (the importer, the tests) gets this module; the browser
 * gets `hyphen-patterns-browser.ts`, which loads it only when a draft asks, as
 * the patterns are about 85 kB gzip.
 */
// The package's bokmål (`nb`) and nynorsk (`nn`) patterns are the same data (in hyphen 1.14.1 the two files differ
// only in the global name their UMD wrapper gives it), so asking both asked the same question twice, and the
// browser's chunk and the build carried two copies. One is imported; tests/unit/hyphen-patterns.test.ts fails the day
// a version of `hyphen` makes them differ, and then both are to be asked again (a break either allows).
import nb from 'hyphen/nb/index.js';

/** True when the Norwegian (bokmål and nynorsk) hyphenation patterns allow a break in `word` after `at` characters. */
export function patternBreak(word: string, at: number): boolean {
  const marked = nb.hyphenateSync(word, { hyphenChar: '|', minWordLength: 4, html: false });
  let position = 0;
  for (const ch of marked) {
    if (ch === '|') {
      if (position === at) return true;
    } else position++;
  }
  return false;
}
