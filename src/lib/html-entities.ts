/**
 * Character references decoded: the Word file's XML (src/lib/import/docx-xml.ts) and mammoth's HTML of it (docx.ts,
 * which adds `nbsp`), and a page's Content-Security-Policy `<meta>` as Astro escapes it (`cspOfPage`). Pure.
 * The search page decodes its excerpts with a smaller function of its own (`excerptParts` in src/lib/search/state.ts),
 * which gives the same text for every excerpt: see there why it is not this one.
 */
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * `s` with its references decoded in one pass (`&amp;lt;` is the text «&lt;»): XML's five named ones, `more` (HTML's
 * `nbsp`), and numeric ones (`&#39;`, `&#x27;`). An unknown name, and a number beyond Unicode, are kept as written.
 */
export function decodeEntities(s: string, more: Readonly<Record<string, string>> = {}): string {
  return s.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) => {
    // Own names only: `constructor` or `toString` would be the prototype's, not a reference.
    if (e[0] !== '#') return Object.hasOwn(XML_ENTITIES, e) ? XML_ENTITIES[e]! : Object.hasOwn(more, e) ? more[e]! : m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
