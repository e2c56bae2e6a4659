/** The names build and browser share: the one script that spells them out (to stay inline) agrees with src/lib/contracts.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, SEARCH_VARIANTS_ATTRIBUTE } from '../../src/lib/contracts.ts';

describe('contracts', () => {
  it('search-highlight.ts reads the highlight parameter and skips the search forms by their contract names', () => {
    const script = readFileSync('src/scripts/search-highlight.ts', 'utf8').replace(/\/\*\*[\s\S]*?\*\//, '');
    expect(script).toContain(`has('${HIGHLIGHT_PARAM}')`);
    expect(script).toContain(`highlightParam: '${HIGHLIGHT_PARAM}'`);
    expect(script).toContain(`'[${SEARCH_VARIANTS_ATTRIBUTE}]'`);
  });
});
