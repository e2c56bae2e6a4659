/**
 * Municipality names and numbers: the county of a 2024 municipality number,
 * the Norwegian name split from the official Sami and Kven forms Kartverket
 * writes beside it ("Kárášjohka - Karasjok"), a stable key from a name, and
 * the normal form of a name for finding it.
 */

/**
 * The county (fylke) of a municipality number of 2024, by its first two
 * digits (the county number; SSB's standard for municipality numbers).
 */
export const COUNTY_BY_PREFIX: Readonly<Record<string, string>> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
};

/**
 * The Norwegian form among the official names of the municipalities Kartverket
 * names in more than one language, by number. The other forms are the
 * official Sami or Kven names.
 */
const NORWEGIAN_FORM: Readonly<Record<string, string>> = {
  '1826': 'Hattfjelldal',
  '1841': 'Fauske',
  '1853': 'Evenes',
  '1870': 'Sortland',
  '1875': 'Hamarøy',
  '5001': 'Trondheim',
  '5007': 'Namsos',
  '5025': 'Røros',
  '5041': 'Snåsa',
  '5043': 'Røyrvik',
  '5503': 'Harstad',
  '5512': 'Tjeldsund',
  '5518': 'Lavangen',
  '5538': 'Storfjord',
  '5540': 'Kåfjord',
  '5544': 'Nordreisa',
  '5603': 'Hammerfest',
  '5610': 'Karasjok',
  '5612': 'Kautokeino',
  '5622': 'Porsanger',
  '5628': 'Tana',
  '5636': 'Nesseby',
};

/** Splits an official name "A - B - C" into the Norwegian name and the other official forms. */
export function splitOfficialName(number: string, official: string): { name: string; otherNames: string[] } {
  const forms = official.split(' - ').map((s) => s.trim());
  if (forms.length === 1) return { name: official, otherNames: [] };
  const name = NORWEGIAN_FORM[number];
  if (!name || !forms.includes(name)) {
    throw new Error(`municipality ${number} "${official}": which form is Norwegian is not known; add it to NORWEGIAN_FORM in src/lib/municipalities/names.ts`);
  }
  return { name, otherNames: forms.filter((f) => f !== name) };
}

/** A stable key from a name: "Nordre Follo" → "nordre-follo", "Våler (Østfold)" → "valer-ostfold". */
export function municipalityKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ŋ/g, 'n')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A name or query in the form used to compare them: lower case, accents and punctuation folded ("Bærum" ⇄ "baerum", "Kárášjohka" ⇄ "karasjohka"). */
export function foldName(text: string): string {
  return municipalityKey(text).replace(/-/g, ' ');
}
