/**
 * Writes content/municipalities.json once from the boundary data (all 357
 * municipalities of 2024: number and name as Kartverket gives them), the
 * county of each number, the police district by county
 * (content/police-districts.json `counties`) and the exceptions in
 * EXCEPTIONS below, each with the sources found for it (after this, the file
 * is the home of these facts: edit it, not this table). Earlier
 * municipalities already in the file (Oppegård, Ski, Rygge, Leikanger, …) are
 * kept as they are; so is every field of a current one already there (id, name,
 * other names, county, police district, its sources and notes, note, position:
 * edited in the file since, the file wins over the boundaries and EXCEPTIONS). A
 * run adds what is missing; it changes nothing an editor wrote.
 *
 *   npm exec -- node scripts/register-municipalities.ts
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseBoundaries } from '../src/lib/municipalities/boundaries.ts';
import { COUNTY_BY_PREFIX, splitOfficialName, municipalityKey } from '../src/lib/municipalities/names.ts';
import type { Municipality, PoliceDistrict } from '../src/lib/content/schema.ts';

const OUT = 'content/municipalities.json';
const boundaries = parseBoundaries(readFileSync('content/boundaries/kommuner.topojson', 'utf8'), 'content/boundaries/kommuner.topojson');
const existing = JSON.parse(readFileSync(OUT, 'utf8')) as Municipality[];
const districts = JSON.parse(readFileSync('content/police-districts.json', 'utf8')) as PoliceDistrict[];
type Exception = Pick<Municipality, 'districtSources' | 'districtNote'> & { number: string; name: string; policeDistrict: string };
type Source = NonNullable<Municipality['districtSources']>[number];

const POLITI_SOR_VEST: Source = {
  url: 'https://www.politi.no/rogaland/om_oss/Tema_505.xml',
  title: 'Om oss (Sør-Vest politidistrikt)',
  publisher: 'Politiet',
  says: 'Sør-Vest politidistrikt har 32 kommuner: 26 i Rogaland, 5 i Hordaland og 1 i Vest-Agder; fra Bømlo og Fitjar i nord, med Suldal og Sirdal i øst.',
};
const RADIO_H_2015: Source = {
  url: 'https://radioh.no/na-blir-det-sorvest-politidistrikt/',
  title: 'Nå blir det Sør-Vest politidistrikt',
  publisher: 'Radio Haugaland',
  date: '2015-05-31',
  says: 'Sør-Vest blir Rogaland og Haugaland og Sunnhordland politidistrikt samt Sirdal; Bømlo, Fitjar og Stord legges til Sør-Vest.',
};
const OSLO: Source[] = [
  {
    url: 'https://lokalhistoriewiki.no/index.php?direction=prev&oldid=2394821&title=Oslo_politidistrikt',
    title: 'Oslo politidistrikt',
    publisher: 'Lokalhistoriewiki (Norsk lokalhistorisk institutt)',
    says: 'Oslo politidistrikt omfatter kommunene Oslo, Asker og Bærum.',
  },
  {
    url: 'https://www.politi.no/oslo/om_oss/Tema_481.xml',
    title: 'Om oss (Oslo politidistrikt)',
    publisher: 'Politiet',
    says: 'Det tidligere Asker og Bærum politidistrikt består i en overgang til det nye Oslo politidistrikt er etablert.',
  },
];

/** Municipalities whose police district is not their county's, each with the sources found for it. */
const EXCEPTIONS: Exception[] = [
  { number: '3203', name: 'Asker', policeDistrict: 'oslo', districtSources: OSLO },
  { number: '3201', name: 'Bærum', policeDistrict: 'oslo', districtSources: OSLO },
  {
    number: '3236',
    name: 'Jevnaker',
    policeDistrict: 'sor-ost',
    districtSources: [
      {
        url: 'http://www.jevnaker.kommune.no/Nyheter/Nyhetsarkiv-2017/Vil-klage-pa-politireformen/',
        title: 'Vil klage på politireformen',
        publisher: 'Jevnaker kommune',
        date: '2017',
        says: 'Jevnaker hørte til Nordre Buskerud politidistrikt, som i reformen går inn i Sør-Øst politidistrikt.',
      },
      {
        url: 'http://www.varden.no/nyheter/tre-lensmannskontor-i-telemark-er-reddet-1.1613275',
        title: 'Tre lensmannskontor i Telemark er reddet',
        publisher: 'Varden',
        date: '2017-01',
        says: 'Politidirektoratets liste over tjenestesteder som legges ned, fører Jevnaker lensmannskontor under Sør-Øst.',
      },
    ],
  },
  {
    number: '3234',
    name: 'Lunner',
    policeDistrict: 'innlandet',
    districtSources: [
      {
        url: 'https://www.hadeland.no/gran/gjovik/hamar/lensmannskontoret-pa-gran-bestar/s/5-21-173911',
        title: 'Lensmannskontoret på Gran består',
        publisher: 'Hadeland',
        says: 'Politimesteren i Innlandet sender forslaget til organisering på høring til alle kommunene i Hedmark og Oppland; Tjenesteenhet Hadeland er en av enhetene.',
      },
      {
        url: 'https://snl.no/Lunner',
        title: 'Lunner',
        publisher: 'Store norske leksikon',
        says: 'Lunner er en Hadeland-kommune; den lå i Oppland til 1. januar 2020 og ligger i Akershus fra 2024.',
      },
    ],
    districtNote:
      'Ikke fullt verifisert: ingen kilde som ble funnet, nevner Lunner ved navn som del av Innlandet politidistrikt. Kildene viser at Innlandet politidistrikt omfatter Hadeland, og at Lunner er en Hadeland-kommune; Jevnaker, også på Hadeland, hører derimot til Sør-Øst.',
  },
  {
    number: '4228',
    name: 'Sirdal',
    policeDistrict: 'sor-vest',
    districtSources: [POLITI_SOR_VEST, RADIO_H_2015],
    districtNote:
      'Kildene er uenige: en mye kopiert liste legger Sirdal til Vest politidistrikt. Politiets egen side om Sør-Vest politidistrikt regner med én kommune fra Vest-Agder og nevner Sirdal; registeret følger politiets side.',
  },
  { number: '4613', name: 'Bømlo', policeDistrict: 'sor-vest', districtSources: [POLITI_SOR_VEST, RADIO_H_2015] },
  { number: '4615', name: 'Fitjar', policeDistrict: 'sor-vest', districtSources: [POLITI_SOR_VEST, RADIO_H_2015] },
  {
    number: '4614',
    name: 'Stord',
    policeDistrict: 'sor-vest',
    districtSources: [
      RADIO_H_2015,
      {
        url: 'https://www.nrk.no/rogaland/dette-blir-de-fem-politikontorene-i-sor-vest-1.13346096',
        title: 'Dette blir de fem politikontorene i Sør-Vest',
        publisher: 'NRK Rogaland',
        date: '2017-01',
        says: 'Tjenesteenhet Stord er en av de fem geografiske driftsenhetene i Sør-Vest politidistrikt.',
      },
    ],
  },
  {
    number: '4611',
    name: 'Etne',
    policeDistrict: 'sor-vest',
    districtSources: [
      POLITI_SOR_VEST,
      {
        url: 'https://grannar.no/2017/01/indre-haugalandet-ei-driftseining/',
        title: 'Indre Haugalandet éi driftseining',
        publisher: 'Grannar',
        date: '2017-01',
        says: 'Etne og Vindafjord lensmannskontor blir en driftsenhet i Sør-Vest politidistrikt sammen med Sauda og Suldal.',
      },
    ],
    districtNote: 'Politiets side nevner ikke Etne ved navn, men teller fem kommuner fra Hordaland; de andre kildene navngir Etne, Bømlo, Fitjar og Stord, og Sveio (se den).',
  },
  {
    number: '4612',
    name: 'Sveio',
    policeDistrict: 'sor-vest',
    districtSources: [
      POLITI_SOR_VEST,
      {
        url: 'http://www.bomlo-nytt.no/foreslar-politikontor-i-bomlo',
        title: 'Foreslår politikontor i Bømlo',
        publisher: 'Bømlo-Nytt',
        date: '2016-09',
        says: 'En arbeidsgruppe i Sør-Vest politidistrikt vurderte å legge Sveio under Stord, men beholdt dagens organisering i distriktet.',
      },
    ],
    districtNote: 'Politiets side nevner ikke Sveio ved navn, men teller fem kommuner fra Hordaland (Bømlo, Etne, Fitjar, Stord og Sveio).',
  },
  {
    number: '1811',
    name: 'Bindal',
    policeDistrict: 'trondelag',
    districtSources: [
      {
        url: 'https://www.namdalsavisa.no/artikkel/2016/12/15/D%C3%A5rlig-nytt-for-Leka-Bindal-og-Flatanger-13935850.ece',
        title: 'Dårlig nytt for Leka, Bindal og Flatanger',
        publisher: 'Namdalsavisa',
        date: '2016-12-15',
        says: 'I politimesteren i Trøndelags endelige forslag består Namdal politistasjonsdistrikt blant annet av Bindal.',
      },
      {
        url: 'https://no.wikipedia.org/wiki/Nordland_politidistrikt',
        title: 'Nordland politidistrikt',
        publisher: 'Wikipedia',
        says: 'Nordland politidistrikt omfatter Nordland fylke unntatt Bindal, som inngår i Trøndelag politidistrikt.',
      },
    ],
  },
  {
    number: '5516',
    name: 'Gratangen',
    policeDistrict: 'nordland',
    districtSources: [
      {
        url: 'http://www.ht.no/nyheter/2017/05/24/Venter-med-%C3%A5-fjerne-flere-lensmannskontorer-14778619.ece',
        title: 'Venter med å fjerne flere lensmannskontorer',
        publisher: 'Harstad Tidende (melding fra Troms politidistrikt)',
        date: '2017-05-24',
        says: 'Fra 1. juni 2017 omfatter Troms politidistrikt nesten hele Troms fylke; unntaket er Gratangen, som inngår i Nordland politidistrikt.',
      },
      {
        url: 'https://www.politiet.no/om-politiet/organisasjonen/politidistrikter/troms/om-troms/organisering-og-ledelse/',
        title: 'Organisering og ledelse (Troms politidistrikt)',
        publisher: 'Politiet',
        says: 'Troms politidistrikt omfatter 20 kommuner; Troms har 21, så én (Gratangen) ligger i et annet distrikt.',
      },
    ],
    districtNote:
      'Kildene er uenige: Politidirektoratets beslutning i januar 2017 la Gratangen til Midt-Troms lensmannsdistrikt (Troms), og Wikipedia sier begge deler. Registeret følger Troms politidistrikts egen melding fra mai 2017.',
  },
];

const districtOfCounty = new Map(districts.flatMap((d) => (d.counties ?? []).map((c) => [c, d.id] as const)));
const byNumber = new Map(existing.filter((m) => m.status === 'active').map((m) => [m.number, m]));
const names = boundaries.features.map((f) => splitOfficialName(f.properties.number, f.properties.name));
const duplicate = new Set(names.filter((n, i) => names.findIndex((o) => o.name === n.name) !== i).map((n) => n.name));

const current: Municipality[] = boundaries.features.map((f, i) => {
  const number = f.properties.number;
  const county = COUNTY_BY_PREFIX[number.slice(0, 2)];
  if (!county) throw new Error(`${number} ${f.properties.name}: no county for the number's first two digits; add it to COUNTY_BY_PREFIX`);
  const { name, otherNames } = names[i]!;
  const old = byNumber.get(number);
  const exception = EXCEPTIONS.find((e) => e.number === number);
  if (exception && exception.name !== name) throw new Error(`EXCEPTIONS: ${number} is ${name}, not ${exception.name}`);
  const policeDistrict = old?.policeDistrict ?? exception?.policeDistrict ?? districtOfCounty.get(county);
  if (!policeDistrict) throw new Error(`${number} ${name}: no police district for county ${county}; add it to a district's counties`);
  const displayName = duplicate.has(name) ? `${name} (${county})` : name;
  // Edited in the file since it was first written: the file's win over EXCEPTIONS.
  const districtSources = old?.districtSources ?? exception?.districtSources;
  const districtNote = old?.districtNote ?? exception?.districtNote;
  const keptOtherNames = old ? old.otherNames : otherNames.length > 0 ? otherNames : undefined;
  return {
    id: old?.id ?? municipalityKey(displayName),
    name: old?.name ?? displayName,
    ...(keptOtherNames ? { otherNames: keptOtherNames } : {}),
    number,
    county: old?.county ?? county,
    policeDistrict,
    ...(districtSources ? { districtSources } : {}),
    ...(districtNote ? { districtNote } : {}),
    status: 'active',
    ...(old?.note ? { note: old.note } : {}),
    ...(old?.coordinates ? { coordinates: old.coordinates } : {}),
  } as Municipality;
});
const earlier = existing.filter((m) => m.status === 'merged');
// A municipality of today in the file that the boundaries do not have: kept as written, and said.
const inBoundaries = new Set(current.map((m) => m.number));
const unmapped = existing.filter((m) => m.status === 'active' && !inBoundaries.has(m.number));
for (const m of unmapped) console.warn(`${OUT}: ${m.number} ${m.name} is not in the boundaries: kept as it is; check the boundaries (content/boundaries/README.md) or the municipality`);
const all = [...current, ...unmapped, ...earlier].sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.number.localeCompare(b.number));
const text = `${JSON.stringify(all, null, 2)}\n`;
writeFileSync(`${OUT}.tmp`, text);
renameSync(`${OUT}.tmp`, OUT);
console.log(`${OUT}: ${current.length} municipalities of today, ${earlier.length} earlier ones`);
