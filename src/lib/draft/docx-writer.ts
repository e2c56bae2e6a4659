/**
 * The assembled draft as a Word document. Pure: the `docx` library is handed
 * in (the page loads it only on demand).
 */
import type * as Docx from 'docx';
import type { Language } from '../content/schema.ts';
import type { AssembledDraft, DraftBlock, DraftSection, SourceNote } from './assemble.ts';
import { xmlSafe } from './typed-text.ts';
import { draftBuilder } from '../../strings.ts';

/** Word's name of a language: proofing and hyphenation follow it. */
const wordLanguage = (lang: Language) => ({ value: lang === 'nn' ? 'nn-NO' : 'nb-NO' });

/** The site's own text (the title, the note, the template's section titles, the source notes) is bokmål. */
const SITE_LANGUAGE: Language = 'nb';

/**
 * The draft as a Word document, built with the `docx` library handed in.
 * Every run carries its language (an agreement's text its document's, the
 * site's own text bokmål, a title quoted in a source note its document's), and
 * bokmål is the document's default, so Word proofreads none of it in the
 * reader's own language.
 */
export function draftToDocx(draft: AssembledDraft, docx: typeof Docx, intro: string, note: SourceNote, origin: string): Docx.Document {
  const { Document, Paragraph, TextRun, HeadingLevel, ExternalHyperlink } = docx;
  // Every string goes through xmlSafe: a character XML forbids (U+FFFE, a control character) makes a .docx Word refuses to open.
  const title = xmlSafe(draft.title);
  const siteLanguage = wordLanguage(SITE_LANGUAGE);
  const runs = (block: DraftBlock, lang: Language) =>
    block.pieces.flatMap((piece) =>
      xmlSafe(piece.text).split(/(\n|\t)/).flatMap((part, i): Docx.TextRun[] => {
        if (part === '\n') return [new TextRun({ text: '', break: 1, language: wordLanguage(lang) })];
        if (part === '\t') return [new TextRun({ children: [new docx.Tab()], language: wordLanguage(lang) })];
        if (part === '' && i > 0) return [];
        return [new TextRun({ text: part, language: wordLanguage(lang) })];
      }),
    );
  // The source note in the site's words, the title and heading it quotes in their document's language.
  const noteRuns = (s: DraftSection) =>
    [...note(s), ' '].map((part) =>
      typeof part === 'string'
        ? new TextRun({ text: xmlSafe(part), italics: true, language: siteLanguage })
        : new TextRun({ text: xmlSafe(part.quoted), italics: true, language: wordLanguage(s.language) }),
    );
  const children: Docx.Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title, language: siteLanguage })] }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(intro), italics: true, language: siteLanguage })] }),
  ];
  for (const s of draft.sections) {
    const link = xmlSafe(`${origin}${s.source.url}`);
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: xmlSafe(`${s.number}. ${s.title}`), language: siteLanguage })] }),
      new Paragraph({
        children: [...noteRuns(s), new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink', language: siteLanguage })] })],
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
            children: [
              new TextRun({ text: `${b.number}.`, language: wordLanguage(s.language) }),
              new TextRun({ children: [new docx.Tab()], language: wordLanguage(s.language) }),
              ...runs(b, s.language),
            ],
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
    creator: draftBuilder.creator,
    styles: { default: { document: { run: { language: siteLanguage } } } },
    sections: [{ children }],
  });
}
