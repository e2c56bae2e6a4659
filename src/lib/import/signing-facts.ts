/**
 * When a document was signed (the date and the words that state it) and a
 * received stamp, from the title lines, the signature blocks and the last
 * section.
 */
import { datePrecision } from '../content/schema.ts';
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import { missing, type Review } from './review.ts';
import type { DocumentStructure } from './structure.ts';
import { blockText, passages } from './text-passages.ts';
import { readDate } from './written-dates.ts';

/**
 * The signing date (a line with "inngått", "signert", "vedtatt" … and a
 * date, or a place-and-date line by the signatures) and a received stamp,
 * each with its review item.
 */
export function signingOf(doc: DocumentStructure, review: Review): Pick<DraftFrontmatter, 'signed' | 'received'> {
  let signed: DraftFrontmatter['signed'];
  let received: string | undefined;
  const frontLines = doc.front.flatMap((b) => b.lines.map((l) => l.replace(/\*\*/g, '').trim()));
  for (const line of frontLines) {
    const date = readDate(line);
    if (date && line.replace(date.written, '').trim() === '' && !received) received = date.iso;
  }
  const lastSection = doc.sections.at(-1);
  const lastParagraphs = lastSection ? passages(lastSection).map((p) => p.text) : [];
  // A signatory's block may hold its place and date line over the name (a signature table's column): that line is the
  // date as written, not the block; a block whose date runs over its lines is read whole.
  const signatureLines = doc.signatures.flatMap((b) => [...b.lines.map((l) => l.replace(/\*\*/g, '').trim()), blockText(b)]);
  const signing = [...frontLines, ...signatureLines, ...lastParagraphs].find(
    (line) => readDate(line) && (/inngått|signert|underskrevet|undertegnet|vedtatt|vedteke|godkjent|inngått/iu.test(line) || signatureLines.includes(line)),
  );
  const date = signing ? readDate(signing) : undefined;
  if (signing && date) {
    signed = { date: date.iso, asWritten: signing };
    const precision = datePrecision(date.iso);
    review.check.push({
      field: 'signed.date',
      note:
        precision === 'day'
          ? `"${date.iso}", to the day, read from "${date.written}".`
          : `"${date.iso}": the document gives only the ${precision} ("${date.written}").`,
    });
    if (received === date.iso) received = undefined;
  } else {
    review.missing.push(missing('signed', 'no line says when it was signed or adopted ("Avtalen er inngått og signert …", "Vedtatt …"): add signed.date and signed.asWritten.'));
  }
  if (received) review.check.push({ field: 'received', note: `"${received}": a date stamp alone on a line above the title, read as the received stamp.` });
  return { ...(signed ? { signed } : {}), ...(received ? { received } : {}) };
}
