/**
 * The facts of one document that name other entries of the register by id
 * (its municipality, police district today and at signing, joint councils,
 * focus areas, the clauses its facts cite), resolved to names, labels and
 * links, so the facts panel (src/components/FactsPanel.astro) only shows them.
 * Pure: the page passes the register's look-ups and the document's headings.
 */
import type { Heading } from './headings.ts';
import { CLAUSE_FACTS, type AgreementData, type ClauseFact, type ClauseGroup, type FocusArea, type FormerPoliceDistrict, type Municipality, type PoliceDistrict } from './schema.ts';
import { ownClause } from './fact-clauses.ts';
import { districtUrl, municipalityUrl } from '../publish/routes.ts';

/** What a document's date records: its signing, or, for guidelines one party adopted (Oppegård 2009, «Vedtatt i Formannskapet»), its adoption. */
export type SigningKind = 'signed' | 'adopted';

/** What the date of a document of this type records. */
export function signingKind(documentType: AgreementData['documentType']): SigningKind {
  return documentType === 'retningslinjer' ? 'adopted' : 'signed';
}

/** The look-ups by id the facts need (the register from src/data/register.ts has them). */
export interface FactLookups {
  municipalityById: ReadonlyMap<string, Municipality>;
  policeDistrictById: ReadonlyMap<string, PoliceDistrict>;
  formerPoliceDistrictById: ReadonlyMap<string, FormerPoliceDistrict>;
  focusAreaById: ReadonlyMap<string, FocusArea>;
}

/** A register entry as a link: its name and page. */
export interface NamedLink {
  name: string;
  href: string;
}

/** A clause of the document a fact comes from: its in-page link and its heading's text (the id when no heading has it). */
export interface ClauseLink {
  href: string;
  heading: string;
}

/** A focus area the document names, with its bokmål label and the clause it stands in. */
export interface FocusAreaLink {
  key: string;
  label: string;
  href: string;
}

/** What the facts panel shows of the ids in a document's frontmatter. */
export interface ResolvedFacts {
  municipality: NamedLink;
  policeDistrict: NamedLink;
  /** The district the document was signed in, when it has since ceased under another name (Oppegård 2009: Follo). */
  districtAtSigning?: { id: string; name: string };
  /** The municipalities of a joint council, in the document's order. */
  jointWith: NamedLink[];
  focusAreas: FocusAreaLink[];
  /** The clauses the council, SLT, evaluation and validity facts cite, for those the document states. */
  clauses: { council?: ClauseLink; slt?: ClauseLink; evaluation?: ClauseLink; validity?: ClauseLink };
  /** The facts that cite a clause of their own (`clauseFor`) other than their group's, by group and fact. */
  ownClauses: { [G in ClauseGroup]: Partial<Record<ClauseFact<G>, ClauseLink>> };
}

/** The names, labels and links of the register entries and clauses `data` names. */
export function resolveFacts(data: AgreementData, lookups: FactLookups, headings: readonly Heading[]): ResolvedFacts {
  const municipality = (id: string): NamedLink => ({ name: lookups.municipalityById.get(id)?.name ?? id, href: municipalityUrl(id) });
  const headingText = new Map(headings.map((h) => [h.id, h.text]));
  const clause = (id: string): ClauseLink => ({ href: `#${id}`, heading: headingText.get(id) ?? id });
  const policeDistrict = { name: lookups.policeDistrictById.get(data.policeDistrict)?.name ?? data.policeDistrict, href: districtUrl(data.policeDistrict) };
  const former = data.policeDistrictAtSigning ? lookups.formerPoliceDistrictById.get(data.policeDistrictAtSigning) : undefined;
  return {
    municipality: municipality(data.municipality),
    policeDistrict,
    ...(former && former.name !== policeDistrict.name ? { districtAtSigning: { id: former.id, name: former.name } } : {}),
    jointWith: (data.council?.jointWith ?? []).map(municipality),
    focusAreas: data.focusAreas.map((f) => ({ key: f.key, label: lookups.focusAreaById.get(f.key)?.label.nb ?? f.key, href: `#${f.clause}` })),
    clauses: {
      ...(data.council ? { council: clause(data.council.clause) } : {}),
      ...(data.slt ? { slt: clause(data.slt.clause) } : {}),
      ...(data.evaluation ? { evaluation: clause(data.evaluation.clause) } : {}),
      ...(data.validity ? { validity: clause(data.validity.clause) } : {}),
    },
    ownClauses: {
      council: ownClauseLinks(data, 'council', clause),
      slt: ownClauseLinks(data, 'slt', clause),
      evaluation: ownClauseLinks(data, 'evaluation', clause),
      validity: ownClauseLinks(data, 'validity', clause),
    },
  };
}

/**
 * The clause a fact cites, as a link: its own (`clauseFor`) where it has one, else its group's;
 * undefined when the document states nothing of the group. `factClause`'s rule (fact-clauses.ts)
 * over the resolved links: the facts panel's link after a group's first fact (the evaluation's
 * `how`, the validity's `terms`), which always cites a clause.
 */
export function factClauseLink<G extends ClauseGroup>(resolved: Pick<ResolvedFacts, 'clauses' | 'ownClauses'>, group: G, fact: ClauseFact<G>): ClauseLink | undefined {
  const own: Partial<Record<ClauseFact<G>, ClauseLink>> = resolved.ownClauses[group];
  return own[fact] ?? resolved.clauses[group];
}

/** The links of a group's facts that cite a clause of their own. */
function ownClauseLinks<G extends ClauseGroup>(data: AgreementData, group: G, clause: (id: string) => ClauseLink): Partial<Record<ClauseFact<G>, ClauseLink>> {
  const links: Partial<Record<ClauseFact<G>, ClauseLink>> = {};
  for (const fact of CLAUSE_FACTS[group] as readonly ClauseFact<G>[]) {
    const id = ownClause(data, group, fact);
    if (id !== undefined) links[fact] = clause(id);
  }
  return links;
}
