/**
 * Marks an agreement's local text in its rendered HTML without touching a
 * character of it: runs of local words get `<span data-local>` around them,
 * nothing else changes. If the element's text is not exactly the text the
 * segments describe, the HTML comes back unchanged.
 */
import type { Segment } from './similarity.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities MDX text may contain (`&lt;`, `&#8211;`, …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A tag that starts a nested block: the element's own text ends there. */
const NESTED_BLOCK = /^<(ul|ol|p|div|table|section|blockquote)[\s>]/i;
const TOKEN = /<[^>]*>|&(?:#x[0-9a-f]+|#\d+|[a-z]+);|[^<&]+/gi;

/** Whitespace collapsed: how block texts are compared with rendered text. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The element's own text in rendered HTML: up to its first nested block, tags dropped, entities decoded, whitespace collapsed. */
export function ownText(html: string): string {
  let text = '';
  for (const [token] of html.matchAll(TOKEN)) {
    if (token[0] === '<') {
      if (NESTED_BLOCK.test(token)) break;
      continue;
    }
    text += decodeEntities(token);
  }
  return collapse(text);
}

/**
 * Wraps the local runs of an element's own text in `<span data-local>`. A span
 * never crosses a tag, so the markup stays well nested; the text is unchanged.
 */
export function markLocal(html: string, segments: readonly Segment[]): string {
  const target: boolean[] = [];
  const chars: string[] = [];
  for (const s of segments) {
    for (const ch of s.text) {
      if (/\s/.test(ch)) continue;
      chars.push(ch);
      target.push(s.local);
    }
  }
  if (!target.includes(true)) return html;
  let out = '';
  let pos = 0;
  let open = false;
  let done = false;
  /** Whitespace waiting to learn whether the run around it continues. */
  let pending = '';
  const close = () => {
    if (open) out += '</span>';
    open = false;
  };
  for (const [token] of html.matchAll(TOKEN)) {
    if (done) {
      out += token;
      continue;
    }
    if (token[0] === '<') {
      close();
      out += pending + token;
      pending = '';
      if (NESTED_BLOCK.test(token)) done = true;
      continue;
    }
    const entity = token[0] === '&';
    for (const piece of entity ? [token] : [...token]) {
      const decoded = entity ? decodeEntities(piece) : piece;
      if (/^\s+$/.test(decoded)) {
        pending += piece;
        continue;
      }
      for (const ch of decoded) {
        if (chars[pos] !== ch) return html;
        pos++;
      }
      const local = target[pos - 1];
      if (!local) close();
      out += pending;
      pending = '';
      if (local && !open) {
        out += '<span data-local>';
        open = true;
      }
      out += piece;
    }
  }
  close();
  out += pending;
  return pos === chars.length ? out : html;
}
