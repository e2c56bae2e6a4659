/** The draft builder's inputs as its tests use them: every fixture agreement's text, the bokmål labels, a district and a source note. */
import { SECTION_KEYS, SECTION_TITLES } from '../../src/lib/content/sections.ts';
import { agreementText, type AgreementText } from '../../src/lib/draft/agreement-text.ts';
import type { DraftLabels, SourceNote } from '../../src/lib/draft/assemble.ts';
import { QUOTE_MARKS, quotedParts } from '../../src/lib/quoted.ts';
import { agreements, register, sharing } from './compare-helpers.ts';

/** Each agreement's text as the builder reads it, by slug. */
export const draftTexts = new Map<string, AgreementText>(
  agreements.map((a) => {
    const district = register.policeDistricts.find((d) => d.id === a.data.policeDistrict)!;
    const municipality = register.municipalities.find((m) => m.id === a.data.municipality)!;
    return [a.id, agreementText(a, { municipality: municipality.name, policeDistrict: district }, a.sections, sharing.get(a.id))];
  }),
);

/** The words a draft needs, in bokmål. */
export const draftLabels: DraftLabels = {
  sectionTitles: Object.fromEntries(SECTION_KEYS.map((k) => [k, SECTION_TITLES[k].nb])) as DraftLabels['sectionTitles'],
  title: (m, d) => `Samarbeidsavtale mellom ${m} kommune og ${d}`,
  placeholderMunicipality: '[kommune]',
  placeholderDistrict: '[politidistrikt]',
};

/** Øst politidistrikt, as the builder names a district. */
export const ost = { id: 'ost', name: 'Øst politidistrikt', shortName: 'Øst' };

/** A section's source note, the document's title quoted. */
export const sourceNote: SourceNote = (s) => quotedParts(`Kilde: ${s.source.municipality} – «${QUOTE_MARKS[0]}».`, [s.source.title]);
