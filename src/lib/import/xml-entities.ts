/**
 * Entities and character references decoded, for the Word file's XML (docx-numbering.ts) and mammoth's
 * HTML of it (docx.ts, which adds `nbsp`). A character reference beyond Unicode is kept as written.
 */
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `s` with its entities decoded: XML's five, and `more` (HTML's `nbsp`); an unknown entity is kept as written. */
export function decodeEntities(s: string, more: Readonly<Record<string, string>> = {}): string {
  return s.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e] ?? more[e] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
