/**
 * decodeEntities (src/lib/html-entities.ts), the decoder of the Word file's XML and of a page's
 * Content-Security-Policy <meta>; and the search page's own decoder of excerpts (excerptParts), which
 * gives the same text on every text Astro writes into a page, numeric references and all.
 */
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escape-html.ts';
import { decodeEntities } from '../../src/lib/html-entities.ts';
import { cspOfPage } from '../../src/lib/publish/security-headers.ts';
import { excerptParts } from '../../src/lib/search/state.ts';
import { signStrings as strings } from '../sign-strings.ts';


// The signs of references (named and numeric: `&#39;`, `&#x27;`, `&lt;`) and those escaped.
const SIGNS = ['&', '#', 'x', '3', '9', 'lt', ';', "'", '"', '<', '>'];

describe('decodeEntities', () => {
  it("decodes XML's five, numeric references and the caller's own, in one pass; keeps what it does not know", () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &apos; &#39; &#x27; &#X2F; &#229;')).toBe(`& < > " ' ' ' / å`);
    expect(decodeEntities('&amp;lt; &amp;#39;')).toBe('&lt; &#39;');
    expect(decodeEntities('a&nbsp;b', { nbsp: '\u00a0' })).toBe('a\u00a0b');
    expect(decodeEntities('&nbsp; &copy; &#x110000; & a;')).toBe('&nbsp; &copy; &#x110000; & a;');
    // A name of every object's prototype is no reference either.
    expect(decodeEntities('&constructor; &toString; &__proto__;', { nbsp: ' ' })).toBe('&constructor; &toString; &__proto__;');
  });

  it('gives back the text Astro and escapeHtml escaped, whatever references it spells', () => {
    const texts = strings(4, SIGNS);
    expect(texts.filter((t) => decodeEntities(escapeHTML(t)) !== t || decodeEntities(escapeHtml(t)) !== t)).toEqual([]);
  });

  it("reads a page's policy as Astro writes it into the <meta>", () => {
    const policy = "script-src 'self' 'sha256-a+b/c='; style-src 'self'";
    expect(cspOfPage(`<meta http-equiv="content-security-policy" content="${escapeHTML(policy)}">`)).toBe(policy);
    expect(cspOfPage('<meta charset="utf-8">')).toBeUndefined();
  });
});

describe("the search page's decoder of excerpts", () => {
  it('reads what Astro wrote as decodeEntities does: the text of the page', () => {
    const texts = strings(4, SIGNS);
    const shown = (t: string) => excerptParts(`${escapeHTML(t)} <mark>x</mark>`).map((p) => ('text' in p ? p.text : '')).join('');
    expect(texts.filter((t) => shown(t) !== `${decodeEntities(escapeHTML(t))} x`)).toEqual([]);
  });
});
