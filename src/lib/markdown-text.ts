import { xmlSafe } from './draft/typed-text.ts';

/**
 * Escapes what Markdown would read as markup (and a line break as a hard
 * break), so text comes out as written: emphasis, code, links, tags, tables,
 * `~~` strikethrough and `&` entities; control characters (but line breaks
 * and tabs) are removed. Pure.
 */
export function markdownText(text: string): string {
  return xmlSafe(text)
    .replace(/[\u007F-\u009F]/g, '')
    .replace(/([\\`*_[\]<>|~&])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/gm, (_, space: string, mark: string) => `${space}${mark.replace(/([#+.)-])/, '\\$1')}`)
    .replace(/\n/g, '\\\n');
}
