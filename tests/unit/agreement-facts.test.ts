/** The facts panel's names, labels and links (resolveFacts, factClauseLink), on the fixture register. */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { indexById } from '../../src/lib/content/agreements.ts';
import { factClauseLink, resolveFacts, type FactLookups } from '../../src/lib/content/agreement-facts.ts';
import { factClause } from '../../src/lib/content/fact-clauses.ts';
import { CLAUSE_FACTS, type ClauseGroup, type FormerPoliceDistrict } from '../../src/lib/content/schema.ts';
import { districtUrl, municipalityUrl } from '../../src/lib/publish/routes.ts';
import { registerFiles } from './helpers.ts';

const checked = checkRegister(registerFiles());
/** A district that ceased, as content/police-districts-pre-2016.json lists one (the fixture register has none). */
const follo: FormerPoliceDistrict = {
  id: 'follo',
  name: 'Follo politidistrikt',
  successors: ['ost'],
  mergedOn: '2017-01-01',
  sources: [{ title: 'Politireformen', publisher: 'Politiet', url: 'https://www.politiet.no/' }],
};
const lookups: FactLookups = {
  municipalityById: indexById(checked.municipalities),
  policeDistrictById: indexById(checked.policeDistricts),
  formerPoliceDistrictById: indexById([follo]),
  focusAreaById: indexById(checked.focusAreas),
};
const agreement = (slug: string) => {
  const found = checked.agreements.find((a) => a.id === slug);
  if (!found) throw new Error(`no agreement ${slug} in the fixture register`);
  return found;
};

describe('resolveFacts', () => {
  const bodo = agreement('bodo-2018');
  const facts = resolveFacts(bodo.data, lookups, bodo.headings);

  it('names the parties and links their pages', () => {
    expect(facts.municipality).toEqual({ name: 'Bodø', href: municipalityUrl('bodo') });
    expect(facts.policeDistrict).toEqual({ name: lookups.policeDistrictById.get('nordland')?.name, href: districtUrl('nordland') });
    expect(facts.districtAtSigning).toBeUndefined();
  });

  it("names a joint council's municipalities in the document's order", () => {
    expect(facts.jointWith.map((m) => m.name)).toEqual(['Værøy', 'Røst']);
    expect(facts.jointWith.map((m) => m.href)).toEqual([municipalityUrl('varoy'), municipalityUrl('rost')]);
  });

  it("labels each focus area in bokmål and links the clause it stands in", () => {
    expect(facts.focusAreas.map((f) => f.key)).toEqual(bodo.data.focusAreas.map((f) => f.key));
    expect(facts.focusAreas.map((f) => f.label)).toEqual(bodo.data.focusAreas.map((f) => lookups.focusAreaById.get(f.key)?.label.nb));
    expect(facts.focusAreas.map((f) => f.href)).toEqual(bodo.data.focusAreas.map((f) => `#${f.clause}`));
  });

  it("gives a cited clause its heading's text", () => {
    const council = bodo.data.council?.clause;
    expect(facts.clauses.council).toEqual({ href: `#${council}`, heading: bodo.headings.find((h) => h.id === council)?.text });
    expect(facts.clauses.council?.heading).not.toBe(council);
    const slt = bodo.data.slt?.clause;
    expect(facts.clauses.slt).toEqual({ href: `#${slt}`, heading: bodo.headings.find((h) => h.id === slt)?.text });
  });

  it('falls back to the id for a clause no heading has, and leaves out facts the document does not state', () => {
    const { council, ...rest } = bodo.data;
    if (!council) throw new Error('bodo-2018 has no council in the fixture register');
    const bare = resolveFacts({ ...rest, council: { ...council, clause: 'ingen-slik', jointWith: [] } }, lookups, bodo.headings);
    expect(bare.clauses.council).toEqual({ href: '#ingen-slik', heading: 'ingen-slik' });
    expect(bare.jointWith).toEqual([]);
    const { council: _c, slt: _s, evaluation: _e, validity: _v, ...without } = bodo.data;
    expect(resolveFacts(without, lookups, bodo.headings).clauses).toEqual({});
  });

  it('links a fact that cites a clause of its own (clauseFor), and only where it is not its group\'s', () => {
    const { slt } = bodo.data;
    if (!slt) throw new Error('bodo-2018 has no slt in the fixture register');
    const heading = (id: string) => bodo.headings.find((h) => h.id === id)?.text;
    const own = resolveFacts({ ...bodo.data, slt: { ...slt, clauseFor: { model: 'fokusomrader', coordinator: slt.clause } } }, lookups, bodo.headings);
    expect(own.ownClauses.slt).toEqual({ model: { href: '#fokusomrader', heading: heading('fokusomrader') } });
    expect(own.clauses.slt).toEqual({ href: `#${slt.clause}`, heading: heading(slt.clause) });
    expect(facts.ownClauses).toEqual({ council: {}, slt: {}, evaluation: {}, validity: {} });
  });

  it('names the district a document was signed in when it has since ceased', () => {
    const oppegard = agreement('oppegard-2009-retningslinjer');
    const signedInFollo = resolveFacts({ ...oppegard.data, policeDistrictAtSigning: 'follo' }, lookups, oppegard.headings);
    expect(signedInFollo.districtAtSigning).toEqual({ id: 'follo', name: 'Follo politidistrikt' });
    expect(signedInFollo.policeDistrict.href).toBe(districtUrl('ost'));
    expect(resolveFacts(oppegard.data, lookups, oppegard.headings).districtAtSigning).toBeUndefined();
  });
});

describe('factClauseLink', () => {
  const bodo = agreement('bodo-2018');
  const { evaluation, validity } = bodo.data;
  if (!evaluation) throw new Error('bodo-2018 has no evaluation in the fixture register');
  const heading = (id: string) => bodo.headings.find((h) => h.id === id)?.text;

  it("links a fact's own clause (clauseFor), else its group's, and nothing for a group the document does not state", () => {
    const own = resolveFacts({ ...bodo.data, evaluation: { ...evaluation, clauseFor: { how: 'fokusomrader' } } }, lookups, bodo.headings);
    expect(factClauseLink(own, 'evaluation', 'how')).toEqual({ href: '#fokusomrader', heading: heading('fokusomrader') });
    expect(factClauseLink(own, 'evaluation', 'frequency')).toEqual({ href: `#${evaluation.clause}`, heading: heading(evaluation.clause) });
    const plain = resolveFacts(bodo.data, lookups, bodo.headings);
    expect(factClauseLink(plain, 'evaluation', 'how')).toEqual({ href: `#${evaluation.clause}`, heading: heading(evaluation.clause) });
    expect(validity).toBeUndefined();
    expect(factClauseLink(plain, 'validity', 'terms')).toBeUndefined();
  });

  it('cites the clause factClause names, for every fact of every document of the fixture register', () => {
    let cited = 0;
    for (const doc of checked.agreements) {
      const resolved = resolveFacts(doc.data, lookups, doc.headings);
      for (const group of Object.keys(CLAUSE_FACTS) as ClauseGroup[]) {
        for (const fact of CLAUSE_FACTS[group]) {
          const id = factClause(doc.data, group, fact);
          expect(factClauseLink(resolved, group, fact)?.href, `${doc.id}: ${group}.${fact}`).toBe(id === undefined ? undefined : `#${id}`);
          if (id !== undefined) cited += 1;
        }
      }
    }
    // The fixture register's facts cite clauses, some of them their own (Luster's chair, Moss's members).
    expect(cited).toBeGreaterThan(0);
  });
});
