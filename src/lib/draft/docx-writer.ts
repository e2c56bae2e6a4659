/**
 * The assembled draft as a Word document. Pure: the `docx` library is handed
 * in (the page loads it only on demand).
 */
import type * as Docx from 'docx';
import type { Language } from '../content/schema.ts';
import type { AssembledDraft, DraftBlock, SourceNote } from './assemble.ts';
import { xmlSafe } from './typed-text.ts';
import { site } from '../../strings.ts';

/** The draft as a Word document, built with the `docx` library handed in. */
export function draftToDocx(draft: AssembledDraft, docx: typeof Docx, intro: string, note: SourceNote, origin: string): Docx.Document {
  const { Document, Paragraph, TextRun, HeadingLevel, ExternalHyperlink } = docx;
  // Every string goes through xmlSafe: a character XML forbids (U+FFFE, a control character) makes a .docx Word refuses to open.
  const title = xmlSafe(draft.title);
  const language = (lang: Language) => ({ value: lang === 'nn' ? 'nn-NO' : 'nb-NO' });
  const runs = (block: DraftBlock, lang: Language) =>
    block.pieces.flatMap((piece) =>
      xmlSafe(piece.text).split(/(\n|\t)/).flatMap((part, i): Docx.TextRun[] => {
        if (part === '\n') return [new TextRun({ text: '', break: 1, language: language(lang) })];
        if (part === '\t') return [new TextRun({ children: [new docx.Tab()] })];
        if (part === '' && i > 0) return [];
        return [new TextRun({ text: part, language: language(lang) })];
      }),
    );
  const children: Docx.Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title, language: language('nb') })] }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(intro), italics: true })] }),
  ];
  for (const s of draft.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(`${s.number}. ${s.title}`))] }),
      new Paragraph({
        children: [
          new TextRun({ text: `${xmlSafe(note(s))} `, italics: true }),
          new ExternalHyperlink({ link: xmlSafe(`${origin}${s.source.url}`), children: [new TextRun({ text: xmlSafe(`${origin}${s.source.url}`), style: 'Hyperlink' })] }),
        ],
      }),
    );
    for (const b of s.blocks) {
      if (b.kind === 'heading') {
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(b, s.language) }));
      } else if (b.kind === 'item' && b.number === undefined) {
        children.push(new Paragraph({ bullet: { level: Math.min(b.depth, 8) }, children: runs(b, s.language) }));
      } else if (b.kind === 'item') {
        children.push(
          new Paragraph({
            indent: { left: 720 * (b.depth + 1), hanging: 360 },
            children: [new TextRun({ text: `${b.number}.`, language: language(s.language) }), new TextRun({ children: [new docx.Tab()] }), ...runs(b, s.language)],
          }),
        );
      } else {
        children.push(new Paragraph({ children: runs(b, s.language) }));
      }
    }
  }
  return new Document({
    title,
    description: xmlSafe(intro),
    creator: site.name,
    sections: [{ children }],
  });
}
