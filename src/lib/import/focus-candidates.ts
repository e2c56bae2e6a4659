/** Focus-area candidates: the taxonomy's words found in a document, each with the sentence that suggested it. */
import type { FocusCandidate } from './draft-frontmatter.ts';
import { FOCUS_AREA_TERMS, FOCUS_SECTION_TERMS } from './focus-terms.ts';
import type { RegisterData } from './register-lookup.ts';
import type { DocumentStructure } from './structure.ts';
import { sentencesOf } from './text-passages.ts';

/** Focus-area candidates: the first sentence with each key's words, the focus section read first. */
export function focusCandidates(doc: DocumentStructure, register: RegisterData): FocusCandidate[] {
  const focusFirst = [...doc.sections.filter((s) => s.key === 'fokusomrader'), ...doc.sections.filter((s) => s.key !== 'fokusomrader')];
  const all = sentencesOf(focusFirst);
  const out: FocusCandidate[] = [];
  for (const area of register.focusAreas) {
    const terms = FOCUS_AREA_TERMS[area.id];
    const focusTerms = FOCUS_SECTION_TERMS[area.id];
    const hit = all.find(
      (p) => (terms?.test(p.text.toLocaleLowerCase('nb')) ?? false) || (p.section.key === 'fokusomrader' && (focusTerms?.test(p.text.toLocaleLowerCase('nb')) ?? false)),
    );
    if (hit) out.push({ key: area.id, clause: hit.section.id, sentence: hit.text });
  }
  const order = new Map(doc.sections.map((s, i) => [s.id, i]));
  return out.sort((a, b) => (a.clause === 'fokusomrader' ? -1 : 0) - (b.clause === 'fokusomrader' ? -1 : 0) || (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
}
