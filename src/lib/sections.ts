/**
 * The template's canonical sections: one list, used by the schema, the
 * remark plugin that reads section markers, the pages and (later) the importer.
 */
export const SECTION_KEYS = [
  'formal',
  'tjenestetilbud',
  'politikontakt',
  'politirad',
  'slt',
  'forventninger',
  'fokusomrader',
  'organisering',
  'administrativt',
  'evaluering',
  'signaturer',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

/** Bokmål and nynorsk titles of each canonical section, as in the national template. */
export const SECTION_TITLES: Record<SectionKey, { nb: string; nn: string }> = {
  formal: { nb: 'Innledning / formål', nn: 'Innleiing / formål' },
  tjenestetilbud: { nb: 'Tjenestetilbud', nn: 'Tenestetilbod' },
  politikontakt: { nb: 'Politikontakten', nn: 'Politikontakten' },
  politirad: { nb: 'Politiråd', nn: 'Politiråd' },
  slt: { nb: 'SLT', nn: 'SLT' },
  forventninger: { nb: 'Forventninger til samarbeid', nn: 'Forventningar til samarbeid' },
  fokusomrader: { nb: 'Spesielle fokusområder', nn: 'Spesielle fokusområde' },
  organisering: { nb: 'Organisering av samarbeidet', nn: 'Organisering av samarbeidet' },
  administrativt: { nb: 'Administrative forhold', nn: 'Administrative forhold' },
  evaluering: { nb: 'Evaluering', nn: 'Evaluering' },
  signaturer: { nb: 'Signaturer', nn: 'Signaturar' },
};

/** True when `key` is one of the template's canonical section keys. */
export function isSectionKey(key: string): key is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(key);
}
