/** The assembled draft as Markdown: a title, a note, then each section with its source note. Pure. */
import type { AssembledDraft, DraftBlock, SourceNote } from './assemble.ts';
import { blockText } from './assemble.ts';
import { markdownText } from '../markdown-text.ts';
import { quotedText } from '../quoted.ts';


/** The draft as Markdown: a title, a note, then each section with its source note. */
export function draftToMarkdown(draft: AssembledDraft, intro: string, note: SourceNote, origin: string): string {
  const lines: string[] = [`# ${markdownText(draft.title)}`, '', `*${markdownText(intro)}*`];
  for (const s of draft.sections) {
    lines.push('', `## ${s.number}. ${markdownText(s.title)}`, '', `*${markdownText(quotedText(note(s)))}* <${origin}${s.source.url}>`, '');
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

