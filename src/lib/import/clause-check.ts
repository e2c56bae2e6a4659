/**
 * Facts point at a clause (a heading's id); the schema accepts only some ids.
 * Facts whose clause it would refuse are left out of the draft and named in
 * the review.
 */
import { agreementSchema } from '../content/schema.ts';
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import type { Review } from './review.ts';
import type { DocumentStructure } from './structure.ts';

/** The schema's own rule for a clause (the heading id a fact points at), so the two never disagree. */
const clauseRule = agreementSchema({ policeDistricts: ['-'], municipalities: ['-'], focusAreas: ['-'] }).shape.council.unwrap().shape.clause;
const isNamableClause = (id: string) => clauseRule.safeParse(id).success;

/**
 * Leaves out facts whose heading has an id the schema does not accept as a
 * clause, and says so (with a schema whose clauses are a–z, 0–9 and hyphens,
 * "4. Målsettinger" and its id "4-målsettinger").
 */
export function dropUnnamableClauses(fm: DraftFrontmatter, review: Review, doc: DocumentStructure): void {
  const heading = (id: string) => doc.sections.find((s) => s.id === id)?.heading ?? id;
  const why = (id: string) => `stated under the heading "${heading(id)}", whose id "${id}" the schema does not accept as a clause: mark the heading with a section key, or record the fact with the clause of another heading.`;
  for (const group of ['council', 'slt', 'evaluation', 'validity'] as const) {
    const clause = fm[group]?.clause;
    if (clause === undefined || isNamableClause(clause)) continue;
    delete fm[group];
    review.missing.push({ field: group, note: why(clause) });
  }
  // A fact that cites its own clause (`clauseFor`) the schema would refuse is left out alone.
  for (const group of ['council', 'slt'] as const) {
    const facts = fm[group] as (Record<string, unknown> & { clauseFor?: Record<string, string | undefined> }) | undefined;
    for (const [fact, clause] of Object.entries(facts?.clauseFor ?? {})) {
      if (!facts?.clauseFor || clause === undefined || isNamableClause(clause)) continue;
      if (fact === 'jointWith') facts.jointWith = [];
      else delete facts[fact];
      delete facts.clauseFor[fact];
      if (Object.keys(facts.clauseFor).length === 0) delete facts.clauseFor;
      review.missing.push({ field: `${group}.${fact}`, note: why(clause) });
    }
  }
  const [named, unnamed] = [fm.focusAreas.filter((f) => isNamableClause(f.clause)), fm.focusAreas.filter((f) => !isNamableClause(f.clause))];
  fm.focusAreas = named;
  for (const f of unnamed) review.check.push({ field: `focusAreas (${f.key})`, note: `left out, ${why(f.clause)} The sentence: «${f.sentence}»` });
}
