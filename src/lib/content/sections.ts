/**
 * Where a section key is defined: the template's canonical sections, one
 * list, with their titles (bokmål, nynorsk) and the headings that map to them.
 * Used by the schema, the checker (a section marker must name one of these
 * keys), the comparison, the draft builder, the pages and the importer.
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

/**
 * The titles each canonical section goes by in the agreements, bokmål and
 * nynorsk, lower-case and without numbering: one list per key. A heading maps
 * to the key whose variant it starts with (see `sectionKeyOfTitle`), so
 * "Spesielle fokusområder fra Bodø Kommune" is `fokusomrader` and
 * "Tjenestetilbudet/Kontaktinfo politiet" is `tjenestetilbud`. Used by the
 * importer; a title seen in a new agreement belongs here.
 */
export const SECTION_TITLE_VARIANTS: Record<SectionKey, readonly string[]> = {
  formal: ['innledning', 'innleiing', 'formål', 'føremål', 'formålet', 'føremålet', 'hensikt', 'innledning og formål'],
  tjenestetilbud: ['tjenestetilbud', 'tjenestetilbudet', 'tenestetilbod', 'tenestetilbodet', 'politiets tjenestetilbud', 'politiet sitt tenestetilbod'],
  politikontakt: ['politikontakten', 'politikontakt', 'politikontakta', 'politikontaktens rolle', 'politikontakten si rolle'],
  politirad: ['politiråd', 'politirådet', 'politirådets', 'lokalt politiråd', 'deltagelse', 'deltakelse', 'deltaking', 'sammensetning', 'samansetning'],
  slt: ['slt', 'samordning av lokale', 'slt-samarbeidet', 'slt-modellen'],
  forventninger: ['forventninger', 'forventningar', 'forventningsavklaring', 'gjensidige forventninger', 'gjensidige forventningar'],
  fokusomrader: ['spesielle fokusområder', 'spesielle fokusområde', 'fokusområder', 'fokusområde', 'særlige fokusområder', 'lokale mål', 'prioriterte områder', 'satsingsområder', 'satsingsområde'],
  organisering: ['organisering av samarbeidet', 'organisering', 'møtefrekvens', 'møtestruktur', 'møteplan', 'møter', 'møteverksemd'],
  administrativt: ['administrative forhold', 'administrativt', 'administrative tilhøve', 'taushetsplikt'],
  evaluering: ['evaluering', 'evaluering og revisjon', 'evaluering av avtalen'],
  signaturer: ['signaturer', 'signaturar', 'underskrifter', 'underskrift', 'signering'],
};

/** The superscript digits 0–9, in order: a footnote's mark as the importer writes a Word file's ("saker.¹"). */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The superscript letters of lower-case Roman numerals: an endnote's mark as Word numbers endnotes ("rådhuset.ⁱⁱ"). */
export const SUPERSCRIPT_ROMAN: Readonly<Record<string, string>> = { i: 'ⁱ', v: 'ᵛ', x: 'ˣ', l: 'ˡ', c: 'ᶜ', d: 'ᵈ', m: 'ᵐ' };
/** Every character of a note's mark as the importer writes it, superscript: the digits and the Roman numerals' letters. */
export const NOTE_MARK_CHARACTERS = `${SUPERSCRIPT_DIGITS}${Object.values(SUPERSCRIPT_ROMAN).join('')}`;
/** A run of them. */
const SUPERSCRIPT_RUN = new RegExp(`[${NOTE_MARK_CHARACTERS}]+`, 'g');

/**
 * A title as `SECTION_TITLE_VARIANTS` spells it: lower-case, numbering, bold, a footnote's mark ("Politiråd¹", as
 * the importer writes a Word file's) and trailing punctuation gone, spaces single.
 */
export function normaliseSectionTitle(title: string): string {
  return title
    .replace(/\*\*/g, '')
    .replace(SUPERSCRIPT_RUN, '')
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+/, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.;]+$/, '')
    .trim()
    .toLocaleLowerCase('nb');
}

/**
 * The canonical key of a section title, or undefined for a heading outside
 * the template. The title matches a variant when it is the variant or begins
 * with it followed by something other than a letter ("Organiseringa til
 * politiet" is not `organisering`). The longest matching variant wins.
 */
export function sectionKeyOfTitle(title: string): SectionKey | undefined {
  const normal = normaliseSectionTitle(title);
  let best: { key: SectionKey; length: number } | undefined;
  for (const key of SECTION_KEYS) {
    for (const variant of SECTION_TITLE_VARIANTS[key]) {
      if (!normal.startsWith(variant)) continue;
      const next = normal.charAt(variant.length);
      if (next !== '' && /[\p{L}\p{N}]/u.test(next)) continue;
      if (!best || variant.length > best.length) best = { key, length: variant.length };
    }
  }
  return best?.key;
}
