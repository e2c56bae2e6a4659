/** How an agreement is evaluated and how long it applies, each from one sentence of the document. */
import type { Language } from '../content/schema.ts';
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import type { DocumentStructure } from './structure.ts';
import { sectionsWith, sentencesOf } from './text-passages.ts';
import { readDate } from './written-dates.ts';
import { modalityOf } from './modality.ts';

const ANNUAL = /årlig|årleg|hvert år|kvart år|ved årets slutt|ved slutten av året/iu;
const ONGOING = /fortløpende|løpende|fortløpande|løpande|undervegs|underveis/iu;

/** How and how often the agreement is evaluated. */
export function evaluationOf(doc: DocumentStructure, language: Language): DraftFrontmatter['evaluation'] {
  const own = sentencesOf(sectionsWith(doc, ['evaluering']));
  const pool = own.length > 0 ? own : sentencesOf(doc.sections).filter((p) => /evaluer/iu.test(p.text));
  const annual = pool.filter((p) => ANNUAL.test(p.text)).at(-1);
  const ongoing = pool.filter((p) => ONGOING.test(p.text)).at(-1);
  const chosen = annual ?? ongoing;
  if (!chosen) return undefined;
  const frequency = annual ? (language === 'nn' ? 'årleg' : 'årlig') : (ONGOING.exec(chosen.text)?.[0] ?? '').toLocaleLowerCase('nb');
  return { how: chosen.text, ...(frequency ? { frequency } : {}), modality: modalityOf(chosen.text).modality, clause: chosen.section.id };
}

const VALIDITY = /^(?:avtalen|denne avtalen|ny avtale|samarbeidsavtalen|avtala)(?![\p{L}])[^.]*?(?<![\p{L}])(?:gjeld|gjelder|revideres|reviderast|revidert|inngås|fornyes|varer|løper)(?![\p{L}])/iu;

/** How long the agreement applies or when it is renewed. */
export function validityOf(doc: DocumentStructure): DraftFrontmatter['validity'] {
  const hit = sentencesOf(doc.sections).find((p) => VALIDITY.test(p.text));
  if (!hit) return undefined;
  const until = /(?:fram til|frem til|til og med|ut)\s+(.+)$/iu.exec(hit.text);
  const date = until ? readDate(until[1] ?? '') : undefined;
  return { terms: hit.text, ...(date ? { validUntil: date.iso } : {}), modality: modalityOf(hit.text).modality, clause: hit.section.id };
}
