/** The SLT facts (the coordinator, the clause on SLT) and what the review must say about SLT. */
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import { missing, type Review } from './review.ts';
import type { DocumentStructure } from './structure.ts';
import { sentencesOf } from './text-passages.ts';

/** The SLT facts, and review items for what the text does not give (the model is always the editor's). */
export function sltOf(doc: DocumentStructure, review: Review): DraftFrontmatter['slt'] {
  let slt: DraftFrontmatter['slt'];
  const sltSection = doc.sections.find((s) => s.key === 'slt');
  const coordinator = sentencesOf(doc.sections)
    .map((p) => /(?:er|vert)\s+(?:det\s+)?(?<who>[^.,]+?)\s+som\s+fungerer\s+som\s+SLT[\s-]*koordinator/iu.exec(p.text)?.groups?.who)
    .find(Boolean);
  const coordinatorSection = sentencesOf(doc.sections).find((p) => coordinator && p.text.includes(coordinator))?.section;
  const sltClause = sltSection ?? coordinatorSection;
  if (sltClause) {
    // A coordinator named outside the SLT section (Luster's «Administrative forhold») cites its own clause.
    const own = coordinator && coordinatorSection && coordinatorSection.id !== sltClause.id ? coordinatorSection.id : undefined;
    slt = { ...(coordinator ? { coordinator } : {}), clause: sltClause.id, ...(own ? { clauseFor: { coordinator: own } } : {}) };
  }
  else {
    const mention = sentencesOf(doc.sections).find((p) => /(?<![\p{L}])SLT(?![\p{L}])/u.test(p.text));
    review.missing.push(missing('slt', mention ? `no SLT section; the text speaks of SLT in "${mention.section.heading}": describe it (slt.model) with that clause if it says how SLT is organised.` : 'the text does not mention SLT.'));
  }
  if (!coordinator) review.missing.push(missing('slt.coordinator', 'no sentence names who is the SLT coordinator ("… fungerer som SLT-koordinator").'));
  review.missing.push(missing('slt.model', 'the importer does not summarise how SLT is organised; describe it if the text does.'));
  if (slt) review.missing.push(missing('slt.modality', 'how binding the document makes SLT (agreed, recommended, optional) is the editor\'s reading of its sentences: set it by CODING.md, "Modality".'));
  return slt;
}
