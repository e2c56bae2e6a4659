/** Escapes what Markdown would read as markup (and a line break as a hard break), so text comes out as written. Pure. */
export function markdownText(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/gm, (_, space: string, mark: string) => `${space}${mark.replace(/([#+.)-])/, '\\$1')}`)
    .replace(/\n/g, '\\\n');
}
