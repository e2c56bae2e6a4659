/** The assembled draft as Markdown: a title, a note, then each section with its source note. Pure. */
import type { AssembledDraft, DraftBlock, SourceNote } from './assemble.ts';
import { blockText } from './assemble.ts';

/** Escapes what Markdown would read as markup, so the text comes out as written. */
function markdownText(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s)/gm, (_, space: string, mark: string) => `${space}${mark.replace(/([#+.)-])/, '\\$1')}`)
    .replace(/\n/g, '\\\n');
}

/** The draft as Markdown: a title, a note, then each section with its source note. */
export function draftToMarkdown(draft: AssembledDraft, intro: string, note: SourceNote, origin: string): string {
  const lines: string[] = [`# ${markdownText(draft.title)}`, '', `*${markdownText(intro)}*`];
  for (const s of draft.sections) {
    lines.push('', `## ${s.number}. ${markdownText(s.title)}`, '', `*${markdownText(note(s))}* <${origin}${s.source.url}>`, '');
    let previous: DraftBlock | undefined;
    for (const b of s.blocks) {
      const text = markdownText(blockText(b));
      const inList = b.kind === 'item' && previous?.kind === 'item';
      if (previous && !inList) lines.push('');
      if (b.kind === 'heading') lines.push(`### ${text}`);
      else if (b.kind === 'item') lines.push(`${'  '.repeat(b.depth)}${b.number !== undefined ? `${b.number}.` : '-'} ${text.replace(/\\\n/g, '\\\n  ')}`);
      else if (b.kind === 'row') lines.push(text.replace(/\t/g, ' '));
      else lines.push(text);
      previous = b;
    }
  }
  return `${lines.join('\n')}\n`;
}

