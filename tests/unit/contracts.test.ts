/** The names build and browser share: the scripts that spell them out (to stay inline) agree with src/lib/contracts.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COPIED_MESSAGE,
  dataAttribute,
  COPY_LINK_ATTRIBUTE,
  COPY_STATUS_ATTRIBUTE,
  HIGHLIGHT_PARAM,
  PERMALINK_CLASS,
  SEARCH_HIGHLIGHT_CLASS,
  SEARCH_VARIANT_MATCH_CLASS,
  SEARCH_VARIANTS_ATTRIBUTE,
} from '../../src/lib/contracts.ts';
import { searchEngineUrl } from '../../src/lib/publish/routes.ts';

describe('contracts', () => {
  it('search-highlight.ts reads the highlight parameter and skips the search forms and permalinks by their contract names', () => {
    const script = readFileSync('src/scripts/search-highlight.ts', 'utf8').replace(/\/\*\*[\s\S]*?\*\//, '');
    expect(script).toContain(`has('${HIGHLIGHT_PARAM}')`);
    expect(script).toContain(`highlightParam: '${HIGHLIGHT_PARAM}'`);
    expect(script).toContain(`'[${SEARCH_VARIANTS_ATTRIBUTE}]'`);
    expect(script).toContain(`'.${PERMALINK_CLASS}'`);
    expect(script).toContain(`className: '${SEARCH_HIGHLIGHT_CLASS}'`);
    expect(script).toContain(`classList.add('${SEARCH_VARIANT_MATCH_CLASS}')`);
    expect(script).toContain(`querySelectorAll('[${SEARCH_VARIANTS_ATTRIBUTE}]')`);
    expect(script).toContain(`'${searchEngineUrl('pagefind-highlight.js')}'`);
    expect(readFileSync('src/styles/site.css', 'utf8')).toContain(`.${SEARCH_HIGHLIGHT_CLASS} {`);
    expect(readFileSync('src/styles/site.css', 'utf8')).toContain(`.${SEARCH_VARIANT_MATCH_CLASS} {`);
  });

  it('copy-link.ts finds the permalinks by their contract name', () => {
    const script = readFileSync('src/scripts/copy-link.ts', 'utf8').replace(/\/\*\*[\s\S]*?\*\//, '');
    expect(script).toContain(`closest<HTMLAnchorElement>('a[${COPY_LINK_ATTRIBUTE}]')`);
    expect(script).toContain(`querySelector<HTMLElement>('[${COPY_STATUS_ATTRIBUTE}]')`);
    expect(script).toContain(`status.dataset.${COPIED_MESSAGE}`);
  });
});

describe('dataAttribute', () => {
  it('writes a dataset key as the attribute the browser maps it to', () => {
    expect(dataAttribute('countFor')).toBe('data-count-for');
    expect(dataAttribute('filter')).toBe('data-filter');
    expect(dataAttribute('mn')).toBe('data-mn');
  });
});
