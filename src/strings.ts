/**
 * Every UI string of the site, once, in bokmål. Documents keep their own
 * language; labels shown beside nynorsk text stay bokmål (the UI language).
 *
 * Import every string from here. A few live in modules of their own under `src/strings/`, re-exported below:
 * the bundler gives the browser's scripts one shared chunk of this module's strings that any of them uses (about
 * 6.8 kB gzip), so a script that needs only its own words gets them from their own module and loads nothing else
 * (the draft builder's budget is 15 kB). Strings that reference others stay here.
 */
import { siteName } from './strings/site-name.ts';
import type { DocumentType, Language } from './lib/content/schema.ts';
import type { AgreementStatus } from './lib/content/agreements.ts';
import type { SigningKind } from './lib/content/agreement-facts.ts';
import type { DatePrecision, Modality } from './lib/content/schema.ts';
import type { SelectionParam } from './lib/compare/selection.ts';

export { draftBuilder } from './strings/draft-builder.ts';
export { monthNames } from './strings/dates.ts';
export { siteName } from './strings/site-name.ts';

export const site = {
  name: siteName,
  tagline: 'Det åpne registeret over samarbeidsavtalene mellom kommunene og politidistriktene',
  skipLink: 'Hopp til hovedinnhold',
  mainNav: 'Hovedmeny',
  breadcrumbs: 'Brødsmulesti',
  footerNote: 'Avtaletekstene er publisert uendret fra de signerte dokumentene.',
  feedTitle: 'Politirådsavtaler: nye avtaler i registeret',
  feedDescription: 'Samarbeidsavtaler mellom kommuner og politidistrikter, etter hvert som de legges inn i registeret.',
  feedLink: 'Nye avtaler (RSS)',
  /** An item of the feed: "Samarbeidsavtale mellom Skien kommune og Sør-Øst politidistrikt, signert 2019." (vedtatt for guidelines). */
  feedItem: (documentType: string, municipality: string, district: string, signing: { kind: SigningKind; date: string } | undefined) =>
    `${documentType} mellom ${municipality} kommune og ${district}${signing ? `, ${facts[signing.kind].toLocaleLowerCase('nb')} ${signing.date}` : ''}.`,
  accessibilityStatement: 'Tilgjengelighetserklæring',
} as const;

export const nav = {
  home: 'Avtaler',
  search: 'Søk',
  about: 'Om registeret',
  data: 'Åpne data',
} as const;

export const home = {
  title: 'Samarbeidsavtaler mellom kommuner og politi',
  intro:
    'Hver kommune samarbeider med sitt politidistrikt gjennom et politiråd, og mange har signert en samarbeidsavtale. Her kan du lese avtalene i sin helhet, slik de ble signert.',
  count: (agreements: number, districts: number) =>
    `${agreements} ${agreements === 1 ? 'avtale' : 'avtaler'} fra ${districts} ${districts === 1 ? 'politidistrikt' : 'politidistrikter'}.`,
  byDistrict: 'Avtaler etter politidistrikt',
  noneInDistrict: 'Politidistrikter uten registrerte avtaler',
} as const;

export const documentTypes: Record<DocumentType, string> = {
  samarbeidsavtale: 'Samarbeidsavtale',
  politiradsavtale: 'Politirådsavtale',
  'avtale-om-tjenestetilbud': 'Avtale om tjenestetilbud',
  retningslinjer: 'Retningslinjer',
  saksframlegg: 'Saksframlegg',
};

export const languages: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk' };

export const statuses: Record<AgreementStatus, string> = {
  current: 'Gjeldende',
  superseded: 'Erstattet',
  merged: 'Historisk (kommunen er slått sammen)',
  related: 'Tilhørende dokument',
};

export const statusHelp: Record<AgreementStatus, string> = {
  current: 'Ingen nyere avtale er registrert.',
  superseded: 'En nyere avtale har erstattet denne.',
  merged: 'Kommunen finnes ikke lenger i denne formen.',
  related: 'Dokumentet hører til en avtale, men er ikke selv en avtale.',
};


export const precision: Record<DatePrecision, string> = {
  year: 'bare året er oppgitt',
  month: 'dagen er ikke oppgitt',
  day: '',
};

/** How binding a term is (CODING.md, "Modality"): a word for it, and the modal verb of the documents. */
export const modalities: Record<Modality, { label: string; verb: string }> = {
  agreed: { label: 'avtalt', verb: 'skal' },
  recommended: { label: 'anbefalt', verb: 'bør' },
  optional: { label: 'valgfritt', verb: 'kan' },
};

/** A term's value with its modality, as the matrix shows it: "årlig (kan)". */
export function withModality(text: string, modality: Modality | undefined): string {
  return modality ? `${text} (${modalities[modality].verb})` : text;
}

/** A modality in words, as the facts panel shows it: "valgfritt (kan)". */
export function modalityText(modality: Modality): string {
  return `${modalities[modality].label} (${modalities[modality].verb})`;
}

/** The district a document was signed in, when it has since ceased: "Follo politidistrikt (nå Øst politidistrikt)". */
export function districtAtSigning(then: string, now: string): string {
  return then === now ? now : `${then} (nå ${now})`;
}

export const facts = {
  heading: 'Fakta om avtalen',
  parties: 'Parter',
  municipality: 'Kommune',
  policeDistrict: 'Politidistrikt',
  policeUnit: 'Politienhet',
  documentType: 'Dokumenttype',
  language: 'Språk',
  signed: 'Signert',
  adopted: 'Vedtatt',
  received: 'Mottatt',
  status: 'Status',
  chair: 'Leder av politirådet',
  secretariat: 'Sekretariat',
  meetingsPerYear: 'Møter i året (minst)',
  jointWith: 'Felles politiråd med',
  members: 'Faste medlemmer',
  membersMunicipality: 'Fra kommunen',
  membersPolice: 'Fra politiet',
  sltCoordinator: 'SLT-koordinator',
  sltModel: 'SLT-modell',
  evaluation: 'Evaluering',
  evaluationFrequency: 'Evaluering, hvor ofte',
  validity: 'Gyldighet',
  validUntil: 'Gyldig til',
  focusAreas: 'Fokusområder',
  signatories: 'Signert av',
  notStated: 'Ikke oppgitt',
  seeClause: (title: string) => `Se punktet «${title}»`,
  /** Between the district at signing and today's: "Follo politidistrikt (nå Øst politidistrikt)". */
  now: 'nå',
  modality: 'Hvor bindende',
  /** The parties: "Asker kommune og Øst politidistrikt". */
  partyMunicipality: (name: string) => `${name} kommune`,
  partiesAnd: ' og ',
} as const;

export const agreementPage = {
  toc: 'Innhold',
  text: 'Avtaleteksten',
  textNote: 'Teksten er gjengitt ordrett etter det signerte dokumentet, med skrivefeil. Sidetopper og innholdsfortegnelse med sidetall er utelatt.',
  sourceText: 'Kildetekst',
  sourceTextLink: (file: string) => `${file} (ren tekst, UTF-8)`,
  sourceTextShared: (count: number) => `Kildeteksten rommer ${count} dokumenter i registeret; listen under gjelder dem samlet.`,
  omissions: (count: number) => (count === 1 ? '1 linje i kildeteksten er utelatt' : `${count} linjer i kildeteksten er utelatt`),
  omissionsNote: 'Linjene i kildeteksten som ikke står i den publiserte teksten, funnet automatisk da siden ble bygget (sidetopper, innholdsfortegnelse, sidetall):',
  omissionLine: (line: number) => `Linje ${line}`,
  noOmissions: 'Alle linjer i kildeteksten står i den publiserte teksten (kontrollert automatisk da siden ble bygget).',
  nynorskNote: 'Avtalen er skrevet på nynorsk.',
  source: 'Kilde',
  sourceTitle: 'Dokument',
  publisher: 'Publisert av',
  archiveReference: 'Arkivreferanse',
  versions: 'Andre versjoner',
  supersedes: 'Erstatter',
  supersededBy: 'Erstattet av',
  related: 'Tilhørende dokumenter',
  relatedTo: 'Hører til',
  contactDetails: 'Dokumentet inneholder kontaktopplysninger til navngitte personer.',
  contactDetailsAsOfSigning: 'Kontaktopplysningene gjelder per signeringsdatoen og kan ha endret seg siden.',
  print: 'Skriv ut',
  copyLink: 'Kopier lenke',
  copied: 'Lenke kopiert',
  permalinkLabel: (heading: string) => `Lenke til punktet «${heading}»`,
  signatures: 'Signaturer',
  sectionKeyLabel: 'Malpunkt',
} as const;

/** The about page (/om/): what the register is, how texts are published, data licence, accessibility statement. */
export const about = {
  title: (name: string) => `Om ${name}`,
  lead: (name: string) =>
    `${name} er et åpent register over samarbeidsavtalene mellom Norges kommuner og politidistrikter. Avtalene ligger i dag som PDF-filer spredt på kommunenes nettsider; her kan de leses, lenkes til og sammenlignes.`,
  renderingTitle: 'Slik gjengir vi avtalene',
  rendering:
    'Hver avtale er gjengitt ordrett etter det signerte dokumentet, også med skrivefeil. Vi utelater bare det som gjentas på hver side (sidetopper som «POLITIET») og innholdsfortegnelser med sidetall. Faktaboksen på hver avtaleside er hentet fra teksten, og vilkårene i den (politirådet, SLT, evaluering, gyldighet og fokusområder) lenker til punktet de står i. Står et vilkår ikke i avtalen, skriver vi «ikke oppgitt». En dato der bare året er oppgitt, vises som et år.',
  status: (count: number) =>
    `Hver avtale har en status. «Gjeldende» betyr at registeret ikke kjenner til en nyere avtale mellom kommunen og politiet; kommunesidene og kartene sier da «avtale i kraft». «Erstattet» betyr at en nyere avtale i registeret har tatt over. «Historisk» betyr at kommunen er slått sammen med andre og ikke finnes lenger i denne formen. Registeret har i dag ${count} avtaledokumenter.`,
  personalDataTitle: 'Personopplysninger',
  personalData:
    'Noen avtaler navngir tjenestepersoner med telefonnummer eller e-postadresse. Slike opplysninger publiseres bare når det er tatt en bevisst beslutning om det, og beslutningen står på avtalesiden.',
  dataTitle: 'Åpne data og lisens',
  /** Followed by the JSON link, `dataAnd`, the CSV link and `dataAfter`. */
  dataBefore: 'Opplysningene om avtalene (parter, datoer, politiråd, fokusområder) kan lastes ned som ',
  dataJson: 'JSON',
  dataAnd: ' og ',
  dataCsv: 'CSV',
  dataAfter:
    '. De er generert fra det samme innholdet som nettsidene, og gjøres tilgjengelig under Norsk lisens for offentlige data (NLOD 2.0). Avtaletekstene er dokumenter fra kommunene og politiet; kilden står på hver avtaleside.',
  /** Followed by a link to the licence (`mapDataLicence`) and `mapDataAfter`. */
  mapDataBefore: 'Kommunegrensene i kartene er Kartverkets (Geonorge), forenklet av oss fra en bearbeidet utgave klippet langs kysten (robhop/fylker-og-kommuner på GitHub), under lisensen ',
  mapDataLicence: 'Creative Commons Navngivelse 4.0 (CC BY 4.0)',
  mapDataAfter: '.',
  accessibility:
    'Nettsteder i offentlig sektor skal oppfylle kravene til universell utforming i forskrift om universell utforming av IKT-løsninger, som viser til WCAG 2.1 nivå AA. Vi har som mål å oppfylle WCAG 2.2 nivå AA.',
  testingTitle: 'Slik tester vi',
  testing: [
    'Hver versjon av nettstedet testes automatisk med axe-core mot WCAG 2.2 A og AA i nettleseren Chromium: alle avtalesider og en side av hver sidetype, også med 400 avtaler i registeret.',
    'Sidene er bygget med semantisk HTML, overskrifter i rekkefølge, synlig tastaturfokus og en lenke for å hoppe til hovedinnholdet.',
    'Nynorsk tekst er merket som nynorsk, slik at skjermlesere uttaler den riktig.',
    'Alle sider kan leses uten JavaScript. Søket, utkastbyggeren, sammenligningen av et eget utkast med registeret og endringene mellom to valgfrie dokumenter trenger JavaScript, og sier fra når det mangler. Med JavaScript kopierer lenkene ved hvert punkt adressen til utklippstavlen.',
  ],
  knownIssuesTitle: 'Kjente mangler',
  knownIssues: [
    'Automatiske tester finner ikke alle brudd. Nettstedet er ennå ikke testet manuelt med skjermleser eller av brukere.',
    'Organisasjonskartet i Luster-avtalen (punkt 2) finnes bare som bilde i originalen og er ikke gjengitt.',
  ],
} as const;

/** `/avtaler/`: every agreement in one list. */
export const agreementsIndex = {
  title: 'Alle avtaler',
  intro: 'Alle avtalene i registeret, samlet etter politidistrikt, med kommune, dokumenttype, når avtalen ble signert og om den gjelder.',
  /** The link to the list, where a reader looks for it (the front page, the 404 page). */
  link: 'Alle avtaler i én liste',
} as const;

/** `/politidistrikt/`: the police districts, each with its agreements and municipalities counted. */
export const districtsIndex = {
  title: 'Politidistrikter',
  intro: (districts: number) =>
    `Norge har ${districts} politidistrikter. Tabellen viser hvor mange avtaler registeret har fra hvert distrikt, og hvor mange av kommunene i distriktet som har en avtale. Velg et politidistrikt for å se avtalene og kommunene.`,
  caption: 'Avtaler og kommuner per politidistrikt',
  /** The column of the agreements registered from each district. */
  agreements: 'Avtaler',
} as const;

export const districtPage = {
  title: (name: string) => name,
  intro: (count: number) =>
    count === 0 ? 'Ingen avtaler fra dette politidistriktet er registrert ennå.' : `${count} ${count === 1 ? 'avtale' : 'avtaler'} registrert.`,
  municipalities: 'Kommuner med avtale',
  allDistricts: 'Alle politidistrikter',
  /** The caption of a district's agreement table. */
  agreementsIn: (name: string) => `Avtaler i ${name}`,
} as const;

export const municipalityPage = {
  title: (name: string) => `${name} kommune`,
  number: 'Kommunenummer',
  county: 'Fylke',
  district: 'Politidistrikt',
  otherNames: 'Offisielle samiske og kvenske navn',
  status: 'Status',
  mergedInto: 'Slått sammen til',
  /** Around the successor's name («Nordre Follo kommune»), which is the link to its page. */
  nowPartOf: { before: 'Kommunen finnes ikke lenger: den er nå en del av ', after: '.' },
  predecessors: 'Tidligere kommuner',
  agreements: 'Avtaler over tid',
  inherited: (names: string) => `Avtaler fra ${names}, før sammenslåingen`,
  none: 'Ingen avtale registrert',
  noneMeans:
    'Registeret har ingen samarbeidsavtale fra denne kommunen. Det betyr ikke at kommunen ikke har en avtale med politiet, eller at den ikke har et politiråd: avtalen kan finnes uten å være publisert eller sendt inn til registeret. Det betyr bare at vi ikke har den.',
  joint: 'Deltar i felles politiråd etter avtalen til',
  note: 'Merknad',
  districtSources: 'Kilder for politidistriktet',
  districtNote: 'Om politidistriktet',
  districtByCounty: (county: string, district: string) => `${district} omfatter ${county}.`,
  districtOther: (district: string) => `Andre avtaler i ${district}`,
  districtOtherNone: (district: string) => `Ingen andre avtaler i ${district} er registrert.`,
  neighbours: 'Nabokommuner',
  neighboursBorder: 'Kommunene som grenser til denne, og hva de har avtalt.',
  neighboursNearest: 'Kommunen har ingen landgrense mot andre kommuner. Her er de nærmeste kommunene, og hva de har avtalt.',
} as const;

/** The national register: every municipality, the map, the find form, the shares (issue 12). */
export const municipalities = {
  listTitle: 'Alle kommuner',
  listIntro: (n: number) =>
    `Alle ${n} kommuner i Norge, med politidistrikt og om registeret har en samarbeidsavtale fra dem. Tidligere kommuner står med navnet på kommunen de ble en del av.`,
  findTitle: 'Finn din kommune',
  findLabel: 'Kommunenavn eller kommunenummer',
  findHint: 'Også tidligere kommuner, som Oppegård.',
  findButton: 'Finn',
  findResults: (q: string, n: number) => (n === 0 ? `Ingen kommune passer til «${q}».` : `${n === 1 ? 'Én kommune passer' : `${n} kommuner passer`} til «${q}»:`),
  findNoScript: 'Uten JavaScript vises hele listen under: finn kommunen i alfabetisk rekkefølge.',
  formerly: (name: string) => `nå ${name}`,
  statuses: {
    current: 'Avtale i kraft',
    historical: 'Bare tidligere avtaler',
    none: 'Ingen avtale registrert',
  },
  share: (withAgreement: number, total: number) => `${withAgreement} av ${total} kommuner har registrert avtale`,
  shareCurrent: (current: number) => `${current} med avtale i kraft`,
  sharesTitle: 'Kommuner med avtale per politidistrikt',
  shareColumns: { district: 'Politidistrikt', withAgreement: 'Med registrert avtale', current: 'Med avtale i kraft', total: 'Kommuner', share: 'Andel', national: 'Hele landet' },
  mapTitle: 'Kart over kommunene',
  coverageTitle: 'Kommuner med avtale',
  mapDistrictTitle: (district: string) => `Kommunene i ${district}`,
  mapAlt: (total: number, current: number, historical: number, none: number) =>
    `Kart over ${total} kommuner: ${current} med avtale i kraft, ${historical} med bare tidligere avtaler og ${none} uten registrert avtale. Hver kommune på kartet er en lenke til kommunens side; de samme tallene står i tabellen.`,
  mapSkip: 'Hopp over kartet',
  mapLink: (name: string, status: string) => `${name}: ${status}`,
  /** Under every map: the boundaries' owner and licence (content/boundaries/README.md says where the file comes from). */
  attribution: { before: 'Kommunegrenser: © Kartverket (', licence: 'CC BY 4.0', after: '), forenklet.' },
  tableColumns: { name: 'Kommune', number: 'Nr.', district: 'Politidistrikt', status: 'Status', latest: 'Nyeste avtale' },
  allLink: 'Alle kommuner',
  earlierTitle: 'Tidligere kommuner',
  dataTitle: 'Kommunene som åpne data',
} as const;

export const notFound = {
  title: 'Fant ikke siden',
  body: 'Siden du leter etter finnes ikke, eller den har fått en ny adresse.',
  back: 'Gå til oversikten over avtaler',
  /** Where else the reader may have been going: each page that lists what the register holds. */
  elsewhere: 'Du finner også',
  municipalities: 'Finn din kommune',
  sections: 'Avtalenes deler side om side',
  search: 'Søk i avtalene',
} as const;

export const listHeaders = {
  municipality: 'Kommune',
  document: 'Dokument',
  signed: 'Signert',
  status: 'Status',
  /** After the document type of a nynorsk document. */
  nynorsk: ' · nynorsk',
} as const;

/** Shown only by `npm run dev` (never in a built page; kept apart so no browser script carries it). */
export const devMode = {
  noSearchIndex:
    'Utviklingsmodus (npm run dev): søkeindeksen lages bare av en full bygging, så søket virker ikke her. Bygg og se siden med søk med npm start (http://127.0.0.1:4321/sok/).',
} as const;

export const search = {
  title: 'Søk i avtalene',
  intro: 'Søk i teksten til alle avtalene, punkt for punkt. Søket finner både bokmål og nynorsk (for eksempel tjenestetilbud og tenestetilbod).',
  /** How many documents the search goes through: every document's page is in the index, the agreements and the documents that belong to them. */
  searched: (documents: number) => `Søket går gjennom ${count(documents, 'dokument', 'dokumenter')}: avtalene og dokumentene som hører til dem, som saksframlegg.`,
  label: 'Søkeord',
  headerLabel: 'Søk i avtalene',
  /** The header's search landmark, told apart from the search page's own form (named by the page's heading). */
  headerLandmark: 'Hurtigsøk',
  submit: 'Søk',
  /** The link after the search button, shown when it has focus, past the filters (a box for each municipality) to the results. */
  skipToResults: 'Hopp over filtrene til resultatene',
  sort: 'Sorter etter',
  sortRelevance: 'Relevans',
  sortNewest: 'Dato, nyeste først',
  sortOldest: 'Dato, eldste først',
  filters: 'Avgrens søket',
  clearFilters: 'Fjern alle filtre',
  filterNames: {
    politidistrikt: 'Politidistrikt',
    kommune: 'Kommune',
    seksjon: 'Punkt i avtalen',
    fokusomrade: 'Fokusområde',
    aar: 'År signert',
    sprak: 'Språk',
    status: 'Status',
  },
  noScript:
    'Søket trenger JavaScript, som er slått av i nettleseren din. Du kan likevel lese alle avtalene: de er ordnet etter politidistrikt på forsiden og etter kommune på kommunesidene.',
  browseLink: 'Gå til oversikten over avtaler',
  prompt: 'Skriv et søkeord eller velg et filter.',
  loading: 'Søker …',
  loadError: 'Søket kunne ikke lastes. Prøv å laste siden på nytt.',
  /** No hits; a phrase in quotes is searched as written, word for word, so the reader is told to try without them. */
  noResults: (q: string) =>
    q
      ? `Ingen treff for «${q}». ${q.includes('"') ? 'Ord i anførselstegn søkes som en hel frase, slik de står: prøv uten anførselstegn' : 'Prøv et annet ord'}, eller fjern filtre.`
      : 'Ingen avtaler passer filtrene. Fjern et filter.',
  /** A search with a word no word of the documents begins with (Pagefind would have shown the hits of a shorter word: «tausetsplikt» as «ta»). */
  noWordStarting: (q: string, words: readonly string[]) =>
    `Ingen treff for «${q}»: ingen ord i avtalene begynner med ${words.map((w) => `«${w}»`).join(' eller ')}. Sjekk stavemåten, eller prøv begynnelsen av ordet.`,
  /** The status of a search: the hits in the documents shown, and how many documents there are in all when not all are shown yet. */
  summary: (hits: number, docs: number, total: number, q: string) =>
    `${hits} treff i ${docs === total ? `${docs} ${docs === 1 ? 'dokument' : 'dokumenter'}` : `de ${docs} første av ${total} dokumenter`}${q ? ` for «${q}»` : ''}.`,
  moreInDocument: (n: number) => `${n} ${n === 1 ? 'treff' : 'treff'} til i dokumentet`,
  showMore: 'Vis flere dokumenter',
  truncated: (max: number) => `Søket er kortet ned til de første ${max} tegnene.`,
  unknownFilter: (name: string, value: string) => `Filteret «${name}: ${value}» finnes ikke og ble ignorert.`,
  variantLabel: { nb: 'bokmål', nn: 'nynorsk' },
  wholeDocument: 'Hele dokumentet',
  introSection: 'Innledende tekst',
} as const;

/** A count with its noun in singular or plural: "1 avtale", "3 avtaler". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The landscape in charts: /statistikk/ and the charts on district pages. */
export const charts = {
  nav: 'Statistikk',
  pageTitle: 'Avtalene i tall',
  pageIntro:
    'Hvilke fokusområder avtalene nevner, hvor ofte politirådene møtes, når avtalene ble signert og hvilke kommuner som har avtale. Diagrammene er tegnet ut fra faktaopplysningene i avtalene; de samme tallene står i en tabell under hvert diagram.',
  pageCount: (agreements: number) =>
    `Tallene gjelder ${count(agreements, 'avtale', 'avtaler')} i registeret. Tilhørende dokumenter, som saksframlegg, er ikke med.`,
  districtSection: 'Avtalene i diagrammer',
  districtNone: 'Det er ingen avtaler å vise i diagrammer ennå.',
  showTable: 'Vis som tabell',
  /** The name of a chart's table where the keyboard scrolls it (told apart from the drawing, named by the same title). */
  tableRegion: (title: string) => `${title}, som tabell`,
  fromAgreements: (n: number) => `Fra ${count(n, 'avtale', 'avtaler')}.`,
  emptyDistricts: (names: readonly string[]) => `Politidistrikter uten registrerte avtaler: ${names.join(', ')}.`,
  districtRow: (name: string, n: number) => (n === 0 ? `${name}: ingen avtaler registrert` : `${name} (${count(n, 'avtale', 'avtaler')})`),
  total: 'Totalt',
  agreement: 'Avtale',
  municipality: 'Kommune',
  policeDistrict: 'Politidistrikt',
  legend: 'Tegnforklaring',
  segmentTip: (label: string, district: string, n: number) => `${label} – ${district}: ${count(n, 'avtale', 'avtaler')}`,
  heatmap: {
    title: 'Fokusområder i hver avtale',
    caption: 'Hvilke fokusområder hver avtale nevner, gruppert etter politidistrikt. En fylt rute betyr at avtalen nevner fokusområdet; klikk på ruten, eller bruk lenken i tabellen, for å gå til punktet i avtalen der det står. Kolonnene er sortert etter hvor mange avtaler som nevner fokusområdet (tallet i parentes).',
    column: (label: string, n: number) => `${label} (${n})`,
    row: (municipality: string, year: string) => (year ? `${municipality} ${year}` : municipality),
    noFocusAreas: 'Ingen fokusområder oppgitt',
    cellTip: (agreement: string, focusArea: string, clause: string | undefined) =>
      clause ? `${agreement}: ${focusArea} – punktet «${clause}»` : `${agreement}: ${focusArea}`,
    sortByTaxonomy: 'Sorter kolonnene i fast rekkefølge',
    sortByFrequency: 'Sorter kolonnene etter hyppighet',
    focusAreas: 'Fokusområder',
    count: 'Antall',
    named: 'Ja',
    notNamed: 'Nei',
    alt: (agreements: number, districts: number, focusAreas: number, top: readonly string[]) =>
      `Varmekart over ${count(agreements, 'avtale', 'avtaler')} fra ${count(districts, 'politidistrikt', 'politidistrikter')} og ${focusAreas} fokusområder.` +
      (top.length ? ` Mest nevnt: ${top.join(', ')}.` : '') +
      ' Alle tallene står i tabellen under diagrammet.',
  },
  districtHeatmap: {
    title: 'Fokusområder i hvert politidistrikt',
    caption:
      'Hvor stor del av avtalene i hvert politidistrikt som nevner hvert fokusområde; tallet i ruten er prosent, og jo mørkere rute, jo større andel. Registeret har for mange avtaler til å vise hver for seg her: på siden for hvert politidistrikt viser diagrammet hver avtale, med lenke til punktet der fokusområdet står.',
    cellTip: (district: string, focusArea: string, n: number, of: number, percent: number) =>
      `${district}: ${n} av ${count(of, 'avtale', 'avtaler')} (${percent} %) nevner ${focusArea}`,
    cell: (n: number, of: number) => `${n} av ${of}`,
    alt: (agreements: number, districts: number, focusAreas: number) =>
      `Varmekart over hvor stor del av ${count(agreements, 'avtale', 'avtaler')} i ${count(districts, 'politidistrikt', 'politidistrikter')} som nevner hvert av ${focusAreas} fokusområder. Alle tallene står i tabellen under diagrammet.`,
  },
  signingsByYear: {
    title: 'Avtaler signert per år',
    caption:
      'Hvor mange avtaler som ble signert hvert år, delt etter politidistrikt. En avtale som bare oppgir året, er talt i det året. Registeret har for mange avtaler til å vise hver for seg her: på siden for hvert politidistrikt står hver avtale på en tidslinje med status og gyldighet.',
    year: 'År',
    alt: (agreements: number, from: number, to: number) =>
      `Liggende stolpediagram over hvor mange av ${count(agreements, 'avtale', 'avtaler')} som ble signert hvert år fra ${from} til ${to}. Alle tallene står i tabellen under diagrammet.`,
  },
  frequency: {
    title: 'Hvor mange avtaler nevner hvert fokusområde',
    caption: 'Antall avtaler som nevner hvert fokusområde, delt etter politidistrikt. Avtaler som ikke nevner noe fokusområde, er talt for seg.',
    none: 'Ingen fokusområder oppgitt',
    alt: (agreements: number, top: readonly string[]) =>
      `Liggende stolpediagram over hvor mange av ${count(agreements, 'avtale', 'avtaler')} som nevner hvert fokusområde.` +
      (top.length ? ` Flest: ${top.join(', ')}.` : '') +
      ' Alle tallene står i tabellen under diagrammet.',
  },
  meetings: {
    title: 'Politirådsmøter i året',
    caption: 'Hvor mange møter i politirådet avtalene fastsetter som minimum per år, delt etter politidistrikt. Avtaler som ikke oppgir et tall, står under «Ikke oppgitt».',
    category: (n: number) => count(n, 'møte', 'møter'),
    notStated: 'Ikke oppgitt',
    categoryHeader: 'Møter i året (minst)',
    alt: (parts: readonly string[]) => `Liggende stolpediagram over antall møter i året: ${parts.join('; ')}. Alle tallene står i tabellen under diagrammet.`,
    altPart: (category: string, n: number) => `${category}: ${count(n, 'avtale', 'avtaler')}`,
  },
  timeline: {
    title: 'Når avtalene ble signert',
    caption: 'Hver avtale på sin dato, én rad per kommune, gruppert etter politidistrikt. Der avtalen bare oppgir året, dekker merket hele året. En strek viser hvor lenge avtalen gjelder, der avtalen sier det.',
    point: 'Signert på en dag',
    span: 'Bare året (eller måneden) er oppgitt',
    validity: 'Gyldig til',
    merged: 'Kommunen slått sammen',
    signed: 'Signert',
    status: 'Status',
    markTip: (title: string, signed: string, status: string, validUntil: string | undefined) =>
      `${title}. Signert ${signed}.${validUntil ? ` Gyldig til ${validUntil}.` : ''} ${status}.`,
    mergedTip: (municipality: string, date: string) => `${municipality} ble slått sammen med en annen kommune ${date}.`,
    undated: (titles: readonly string[]) => `Uten dato, derfor ikke på tidslinjen: ${titles.join(', ')}.`,
    alt: (agreements: number, from: number, to: number) =>
      `Tidslinje over ${count(agreements, 'avtale', 'avtaler')} fra ${from} til ${to}, med status for hver avtale. Alle datoene står i tabellen under diagrammet.`,
  },
} as const;

/* ---- Comparison, shared text and the draft builder (issue 4) ---- */

const pct = (n: number) => `${n} %`;

export const compareNav = {
  compare: 'Sammenlign avtaler',
  draft: 'Lag utkast',
} as const;

export const sharedText = {
  heading: 'Felles og lokal tekst',
  intro: 'Andel av teksten som står nesten ordrett i en annen kommunes avtale i registeret.',
  method: (minRun: number) =>
    `Et ord regnes som felles når det står i en sammenhengende tekstbit på minst ${minRun} ord som også finnes uendret i avtalen til en annen kommune. Resten er lokal tekst.`,
  toggle: 'Marker lokal tekst',
  toggleHelp: 'Lokal tekst er tekst som ikke finnes i andre kommuners avtaler.',
  whole: 'Hele avtalen',
  preamble: 'Innledende tekst',
  signatures: 'Signaturer',
  share: (shared: number, words: number) => `${pct(shared)} felles av ${words} ord`,
  sharePercent: pct,
  words: (n: number) => `${n} ord`,
  sectionColumn: 'Del',
  shareColumn: 'Felles',
  wordsColumn: 'Ord',
  sharedWith: 'Felles tekst med',
  caption: 'Felles tekst per del',
} as const;

export const compare = {
  title: 'Sammenlign avtaler',
  intro:
    'Vilkårene i avtalene side om side: én kolonne per avtale, én rad per vilkår. Hver celle lenker til punktet i avtalen den er hentet fra.',
  modalityLegend:
    'Hvor bindende et vilkår er, står i parentes slik avtalen sier det: (skal) avtalt, (bør) anbefalt, (kan) valgfritt. Et politidistrikt som er nedlagt siden signeringen, står med dagens distrikt i parentes.',
  pick: 'Velg avtaler',
  pickIntro: 'Velg etter politidistrikt, kommune eller enkeltavtaler. Valget lagres i adressen, så du kan dele lenken.',
  byDistrict: 'Politidistrikt',
  byMunicipality: 'Kommuner',
  municipalityHint: 'Skriv ett eller flere kommunenavn, skilt med komma.',
  byAgreement: 'Avtaler',
  submit: 'Vis sammenligning',
  showAll: 'Vis alle avtaler',
  noScript: 'Uten JavaScript viser tabellen alle avtalene. Valget av avtaler virker når JavaScript er slått på.',
  caption: (shown: number, total: number) =>
    shown === total ? `Alle ${total} avtaler sammenlignet` : `${shown} av ${total} avtaler sammenlignet`,
  termColumn: 'Vilkår',
  groups: { facts: 'Avtalen og politirådet', focus: 'Fokusområder', sections: 'Deler av avtalen (antall ord, andel felles tekst)' },
  terms: {
    policeDistrict: 'Politidistrikt',
    signed: 'Signert',
    status: 'Status',
    documentType: 'Dokumenttype',
    language: 'Språk',
    chair: 'Leder av politirådet',
    secretariat: 'Sekretariat',
    meetingsPerYear: 'Møter i året (minst)',
    membersMunicipality: 'Faste medlemmer fra kommunen',
    membersPolice: 'Faste medlemmer fra politiet',
    sltCoordinator: 'SLT-koordinator',
    sltModel: 'SLT-modell',
    evaluation: 'Evaluering (hvor ofte)',
    validity: 'Gyldighet og revisjon',
  },
  yes: 'Ja',
  no: 'Nei',
  missing: 'Mangler',
  sectionCell: (words: number) => `${words} ord`,
  sharedCell: (percent: number) => `${percent} % felles`,
  sideBySide: 'Side om side',
  sideBySideLink: (section: string) => `Les «${section}» side om side`,
  download: 'Last ned utvalget',
  downloadCsv: 'Last ned CSV',
  downloadJson: 'Last ned JSON',
  fileName: 'politiradsavtaler-sammenligning',
  // One message per parameter of the selection (SELECTION_PARAMS): a renamed parameter is a type error here.
  unknown: (param: SelectionParam, value: string) =>
    (({
      avtale: `Fant ingen avtale «${value}» (${param}=${value} i adressen). Sjekk stavemåten, eller velg avtaler i listen.`,
      distrikt: `Fant ingen avtaler i politidistriktet «${value}» (${param}=${value} i adressen). Velg et politidistrikt i listen.`,
      kommune: `Fant ingen avtaler for kommunen «${value}» (${param}=${value} i adressen). Sjekk stavemåten, eller velg i listen.`,
    }) satisfies Record<SelectionParam, string>)[param],
  empty: 'Ingen av avtalene i adressen finnes, så tabellen viser alle avtalene. Velg avtaler i listen for å sammenligne.',
  one: 'Du har valgt bare én avtale. Velg minst én til for å sammenligne.',
  showing: (n: number) => `Viser ${n} ${n === 1 ? 'avtale' : 'avtaler'}.`,
  progress: (shown: number, total: number) => `Viser de første ${shown} av ${total} kolonnene. Flere kommer til når du blar mot høyre.`,
  revealAll: 'Vis alle kolonnene nå',
} as const;

export const sideBySide = {
  indexTitle: 'Les deler av avtalene side om side',
  indexIntro: 'Velg en del av avtalen. Der kan du stille teksten fra to til fire avtaler ved siden av hverandre.',
  title: (section: string) => `«${section}» side om side`,
  intro:
    'Teksten fra hver avtale står i hver sin kolonne, og avsnitt som sier det samme står på linje. Lokal tekst – tekst som ikke finnes i andre kommuners avtaler – kan markeres.',
  count: (n: number) => `${n} ${n === 1 ? 'avtale har' : 'avtaler har'} denne delen.`,
  none: 'Ingen avtaler i registeret har denne delen ennå.',
  otherSections: 'Andre deler',
  pick: 'Velg avtaler (to til fire)',
  submit: 'Vis side om side',
  noScript: 'Uten JavaScript vises teksten fra alle avtalene under hverandre.',
  tooFew: 'Velg minst to avtaler for å se dem side om side.',
  tooMany: (shown: number) => `Du kan se høyst fire avtaler side om side. Viser de ${shown} første.`,
  unknown: (value: string, section: string, param: string) =>
    `Fant ingen tekst for «${value}» under «${section}» (${param}=${value} i adressen): avtalen finnes ikke, eller den har ikke denne delen.`,
  aligned: 'Tekstene side om side',
  heading: (label: string) => label,
  asWritten: 'Overskrift i avtalen',
  noHeading: 'Uten egen overskrift',
  openAgreement: 'Les hele avtalen',
  empty: 'Tom',
} as const;


/** Numbers as Norwegian writes them: a space between thousands. */
const n = (value: number) => value.toLocaleString('nb-NO');

/**
 * A section's place on a page of sections (a redline, a checked draft): "Del 2 av 4:". It begins the name of the
 * section's region, which its heading ends ("Del 2 av 4: Politiråd"), so two sections of one title are told apart.
 */
const sectionRegion = (part: number, parts: number) => `Del ${part} av ${parts}:`;

/** «Hva er endret»: the redline between two texts (src/lib/compare/redline-writers.ts). */
export const redline = {
  title: (from: string, to: string) => `Hva er endret: ${from} → ${to}`,
  fromTo: (fromTitle: string, toTitle: string) => `Fra «${fromTitle}» til «${toTitle}».`,
  summary: 'Sammendrag',
  added: (count: number) => `${n(count)} ${count === 1 ? 'ny del' : 'nye deler'}`,
  removed: (count: number) => `${n(count)} ${count === 1 ? 'del' : 'deler'} fjernet`,
  changed: (count: number) => `${n(count)} ${count === 1 ? 'del' : 'deler'} endret`,
  unchanged: (count: number) => `${n(count)} ${count === 1 ? 'del' : 'deler'} uendret`,
  share: (percent: number, inserted: number, deleted: number, oldWords: number, newWords: number) =>
    `${percent} % av ordene er endret: ${n(inserted)} ord lagt til og ${n(deleted)} fjernet (${n(oldWords)} ord før, ${n(newWords)} etter).`,
  legend: 'Slik er endringene merket:',
  legendInserted: 'tekst som er lagt til',
  legendDeleted: 'tekst som er fjernet',
  // Read aloud around each change (hidden on screen): each end names the kind of text its start named.
  insStart: '[lagt til: ',
  insEnd: ' – slutt på tillegg]',
  delStart: '[fjernet: ',
  delEnd: ' – slutt på fjernet tekst]',
  status: { added: 'ny del', removed: 'fjernet del', changed: 'endret', unchanged: 'uendret' },
  before: (heading: string) => `Før: «${heading}».`,
  matchedByKey: (title: string) => `Sammenstilt som malens del «${title}».`,
  matchedBySimilarity: (percent: number) => `Sammenstilt etter innhold (${percent} % like ord).`,
  sectionWords: (inserted: number, deleted: number) => `${n(inserted)} ord lagt til, ${n(deleted)} fjernet.`,
  preamble: 'Innledende tekst',
  inFrom: (label: string) => `Les i ${label}`,
  inTo: (label: string) => `Les i ${label}`,
  markdownNote: 'Endringene er merket med CriticMarkup: {++tekst++} er lagt til, {--tekst--} er fjernet.',
  docxNote: 'Endringene er sporede endringer: godta alle for å få den nye teksten, avvis alle for å få den gamle.',
  author: siteName,
  sectionRegion,
  versionLink: 'Hva er endret fra forrige versjon',
  versionLinkNewer: 'Hva er endret i neste versjon',
  versionIntro: 'Del for del: hva som er lagt til, fjernet og endret fra den forrige versjonen. Delene er sammenstilt etter malens deler, og der en del ikke har en slik nøkkel, etter innhold.',
  download: 'Last ned endringene',
  downloadDocx: 'Word med sporede endringer (.docx)',
  downloadMarkdown: 'Markdown',
  preparing: 'Lager Word-dokumentet …',
  ready: 'Word-dokumentet er lastet ned.',
  failed: 'Kunne ikke laste tekstene. Sjekk nettforbindelsen og prøv igjen.',
  fileName: (from: string, to: string) => `endringer-${from}-til-${to}`,
} as const;

/** `/sammenlign/endringer/`: «Vis endringer» for any two documents. */
export const pairChanges = {
  title: 'Vis endringer mellom to avtaler',
  intro: 'Velg to dokumenter i registeret og se ord for ord hva som skiller dem: det første som utgangspunkt, det andre som ny tekst.',
  link: 'Vis endringer mellom to avtaler',
  pickFrom: 'Fra (utgangspunkt)',
  pickTo: 'Til (ny tekst)',
  submit: 'Vis endringer',
  choose: 'Velg …',
  noScript: 'Endringene regnes ut i nettleseren og krever JavaScript. Endringene mellom to versjoner av samme avtale kan leses uten JavaScript på avtalens side.',
  loading: 'Regner ut endringene …',
  ready: (from: string, to: string) => `Endringene fra ${from} til ${to} vises.`,
  missingParam: 'Velg to dokumenter for å se endringene.',
  unknown: (param: string, slug: string) => `Fant ingen avtale «${slug}» (${param}=${slug} i adressen). Velg en avtale i listen.`,
  same: 'Du har valgt samme dokument to ganger. Velg to forskjellige.',
  failed: 'Kunne ikke laste tekstene. Sjekk nettforbindelsen og prøv igjen.',
} as const;

/** `/sammenlign/mitt-utkast/`: the reader's own draft held against the register. */
export const draftCheck = {
  title: 'Ditt utkast mot registeret',
  intro:
    'Lim inn teksten til et utkast, eller åpne det som fil: et Word-dokument (.docx), en tekstfil (.txt) eller Markdown (.md), også et utkast laget med utkastbyggeren. Utkastet deles i deler etter overskriftene, hver del stilles mot registerets deler, og tekst som står nesten ordrett i andre avtaler, merkes som felles.',
  privacy: 'Ingenting sendes noe sted: utkastet leses og sammenlignes i nettleseren din, og siden kan bare hente registerets egne tekster.',
  link: 'Hold ditt eget utkast mot registeret',
  pasteLabel: 'Lim inn utkastet',
  pasteHint: 'Overskrifter som «1. Formål» eller «Politiråd» på egen linje deler teksten i deler.',
  fileLabel: 'Eller åpne en fil (.docx, .txt eller .md)',
  submit: 'Sammenlign med registeret',
  noScript: 'Sammenligningen gjøres i nettleseren og krever JavaScript.',
  loading: 'Leser utkastet og registerets tekster …',
  empty: 'Utkastet er tomt. Lim inn tekst eller velg en fil med tekst.',
  tooLarge: (size: string, max: string) => `Utkastet er for stort (${size}). Største størrelse er ${max}; del opp teksten eller lim inn én del om gangen.`,
  /** A text's size in characters, rounded, for tooLarge: "1,5 millioner tegn", "250 000 tegn". */
  characters: (n: number) =>
    n >= 1_000_000 ? `${(n / 1_000_000).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} millioner tegn` : `${Math.round(n / 1000).toLocaleString('nb-NO')} 000 tegn`,
  /** A file's size in megabytes, to a tenth, for tooLarge: "12,3 MB", "10 MB". */
  megabytes: (bytes: number) => `${(bytes / 1_000_000).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`,
  notDocx: (name: string) => `«${name}» er ikke et Word-dokument (.docx). Lagre det som .docx i tekstbehandleren og prøv igjen, eller lim inn teksten.`,
  notReadable: (name: string) =>
    `«${name}» kan ikke leses her. Åpne et Word-dokument (.docx), en tekstfil (.txt) eller Markdown (.md), eller lim inn teksten.`,
  notText: (name: string) => `«${name}» er ikke en tekstfil. Lagre teksten som .txt (UTF-8) og prøv igjen, eller lim den inn.`,
  docxEmpty: (name: string) => `Fant ingen tekst i «${name}».`,
  noHeadings:
    'Fant ingen overskrifter i utkastet, så det sammenlignes som én del. Skriv overskriftene på egen linje («1. Formål», «2. Politiråd» …) for å sammenligne del for del.',
  failed: 'Kunne ikke laste registerets tekster. Sjekk nettforbindelsen og prøv igjen.',
  broken: 'Sammenligningen kunne ikke kjøres. Last inn siden på nytt og prøv igjen.',
  ready: (sections: number) => `Utkastet er sammenlignet: ${sections} ${sections === 1 ? 'del' : 'deler'}.`,
  resultHeading: 'Utkastet del for del',
  summary: (shared: number, words: number) => `${shared} % av utkastets ${n(words)} ord står nesten ordrett i andre avtaler; resten er utkastets egen tekst.`,
  legend: 'Slik er teksten merket:',
  legendShared: 'felles med andre avtaler',
  legendOwn: 'utkastets egen tekst',
  // Read aloud around shared text (hidden on screen), as the redline's markers are.
  sharedStart: '[felles: ',
  sharedEnd: ' – slutt på felles tekst]',
  alignedKey: (title: string) => `Tilsvarer registerets del «${title}» (etter overskriften).`,
  alignedContent: (title: string) => `Tilsvarer registerets del «${title}» (etter innholdet).`,
  alignedNone: 'Tilsvarer ingen av malens deler.',
  sectionShare: (shared: number, words: number) => `${shared} % felles av ${n(words)} ord.`,
  closest: 'Nærmeste tekst i registeret',
  closestNone: 'Ingen avtale i registeret har tekst som ligner denne delen.',
  closestItem: (label: string, heading: string, percent: number) => `${label}, «${heading}»: ${percent} % av delens ord står der`,
  closestSameSection: (label: string, heading: string) => `${label}, «${heading}»: samme del av malen, ingen felles tekst`,
  untitled: 'Utkastet',
  preamble: 'Før første overskrift',
  sectionRegion,
  signatures: 'Signaturer',
} as const;
