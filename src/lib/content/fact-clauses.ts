/**
 * The clause a fact of the frontmatter cites: its own (`clauseFor`) where a section other than its
 * group's states it (CODING.md, rule 5), else its group's `clause`. The matrix, the facts panel and
 * the checker read a fact's clause here, and nowhere else.
 */
import { CLAUSE_FACTS, type AgreementData, type ClauseFact, type ClauseGroup } from './schema.ts';

/** A group of facts as this module reads it. */
interface ClauseGroupData {
  clause: string;
  clauseFor?: Partial<Record<string, string | undefined>> | undefined;
}

const groupOf = (data: AgreementData, group: ClauseGroup): ClauseGroupData | undefined => data[group];

/** The heading id the fact cites; undefined when the document states none of the group. */
export function factClause<G extends ClauseGroup>(data: AgreementData, group: G, fact: ClauseFact<G>): string | undefined {
  const g = groupOf(data, group);
  return g ? (g.clauseFor?.[fact] ?? g.clause) : undefined;
}

/** A fact's own clause, where it differs from its group's (what the facts panel links beside the fact). */
export function ownClause<G extends ClauseGroup>(data: AgreementData, group: G, fact: ClauseFact<G>): string | undefined {
  const g = groupOf(data, group);
  const own = g?.clauseFor?.[fact];
  return own !== undefined && own !== g?.clause ? own : undefined;
}

/** True when the frontmatter states the fact (a list counts when it has an item). */
function states(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** A clause the frontmatter cites, with the field that names it. */
export interface ClauseReference {
  field: string;
  clause: string;
  /** For a `clauseFor` entry: the fact it cites the clause for, and whether the frontmatter states that fact. */
  fact?: { name: string; stated: boolean };
}

/** Every clause the frontmatter cites: `council.clause`, `council.clauseFor.members`, `focusAreas[0].clause`. */
export function clauseReferences(data: AgreementData): ClauseReference[] {
  const refs: ClauseReference[] = [];
  for (const group of Object.keys(CLAUSE_FACTS) as ClauseGroup[]) {
    const g = groupOf(data, group);
    if (!g) continue;
    refs.push({ field: `${group}.clause`, clause: g.clause });
    for (const [name, clause] of Object.entries(g.clauseFor ?? {})) {
      if (clause === undefined) continue;
      refs.push({ field: `${group}.clauseFor.${name}`, clause, fact: { name, stated: states((g as unknown as Record<string, unknown>)[name]) } });
    }
  }
  data.focusAreas.forEach((f, i) => refs.push({ field: `focusAreas[${i}].clause`, clause: f.clause }));
  return refs;
}
