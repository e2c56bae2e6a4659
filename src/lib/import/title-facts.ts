/**
 * A document's title and kind (samarbeidsavtale, saksframlegg …) from its
 * title lines.
 */
import type { DocumentType } from '../content/schema.ts';
import { restoreNames, type RegisterData } from './register-lookup.ts';
import { DOCUMENT_TITLE } from './split.ts';
import type { DocumentStructure } from './structure.ts';
import { isAllCaps, sentenceCase } from './text.ts';
import { blockText } from './text-passages.ts';

const KIND_TO_TYPE: Array<[RegExp, DocumentType]> = [
  [/^samarbeidsavtale/i, 'samarbeidsavtale'],
  [/^politirådsavtale/i, 'politiradsavtale'],
  [/^avtale om/i, 'avtale-om-tjenestetilbud'],
  [/^retningsli/i, 'retningslinjer'],
  [/^saksfr/i, 'saksframlegg'],
];

/** The document's kind from its title line. */
export function documentTypeOf(titleLine: string): DocumentType | undefined {
  const kind = DOCUMENT_TITLE.exec(titleLine.trim())?.groups?.kind ?? '';
  return KIND_TO_TYPE.find(([re]) => re.test(kind))?.[1];
}

/** The title and kind of a document from its title lines. */
export function titleOf(doc: DocumentStructure, register: RegisterData): { title?: string; sourceTitle?: string; documentType?: DocumentType } {
  const front = doc.front;
  const index = front.findIndex((b) => DOCUMENT_TITLE.test((b.lines[0] ?? '').trim()));
  const block = front[index];
  if (!block) return {};
  const documentType = documentTypeOf(block.lines[0] ?? '');
  const tidy = (t: string) => {
    const one = t.replace(/\s+/g, ' ').trim();
    return isAllCaps(one) ? restoreNames(sentenceCase(one), register) : one;
  };
  if (documentType === 'saksframlegg') {
    const subject = front.slice(index + 1).find((b) => DOCUMENT_TITLE.test(blockText(b)) || /kommune|politi/i.test(blockText(b)));
    if (!subject) return { title: tidy(blockText(block)), documentType };
    const subjectTitle = tidy(blockText(subject));
    return { title: `${tidy(blockText(block))}: ${subjectTitle}`, sourceTitle: subjectTitle, documentType };
  }
  let title = blockText(block);
  const next = front[index + 1];
  const nextText = next ? blockText(next) : '';
  if (next && block.lines.length === 1 && (/^mellom\s/i.test(nextText) || /kommune og .*politidistrikt|politidistrikt og .*kommune/i.test(nextText)) && !/\d/.test(nextText)) {
    title = `${title} ${nextText}`;
  }
  return { title: tidy(title), ...(documentType ? { documentType } : {}) };
}
