/**
 * The draft builder's words (/utkast/). In a module of its own, re-exported by `src/strings.ts` (import them from
 * there): the builder's script then loads these and not the words of every other page (see `src/strings.ts`).
 */
import { siteName } from './site-name.ts';

export const draftBuilder = {
  title: 'Lag et utkast til samarbeidsavtale',
  intro:
    'Sett sammen en ny avtale av deler fra avtalene i registeret: velg for hver del hvilken avtale teksten skal hentes fra, og skriv inn kommunen og politidistriktet. Last ned utkastet som Word-dokument eller Markdown, eller skriv det ut.',
  privacy: 'Ingenting sendes noe sted: utkastet settes sammen i nettleseren din.',
  noScript:
    'Utkastet settes sammen i nettleseren og krever JavaScript. Uten JavaScript kan du lese og kopiere tekstene fra avtalene del for del:',
  names: 'Partene i den nye avtalen',
  municipality: 'Kommune',
  municipalityHint: 'Navnet erstatter kommunenavnet i tekstene du velger.',
  policeDistrict: 'Politidistrikt',
  keepDistrict: 'Behold navnene fra avtalene',
  sections: 'Delene i avtalen',
  sectionsHint: 'Velg en avtale for hver del du vil ha med. Tallet er antall ord.',
  emptyChoice: 'Ikke med',
  option: (label: string, words: number) => `${label} (${words} ord)`,
  update: 'Oppdater utkastet',
  preview: 'Utkastet',
  nothingChosen: 'Velg tekst for minst én del for å lage et utkast.',
  downloadDocx: 'Last ned Word (.docx)',
  downloadMarkdown: 'Last ned Markdown',
  print: 'Skriv ut',
  openSource: 'Les punktet i avtalen',
  fileName: 'utkast-samarbeidsavtale',
  /** The Word file's author (its creator property): the register. */
  creator: siteName,
  preparing: 'Lager Word-dokumentet …',
  ready: 'Word-dokumentet er lastet ned.',
  failed: 'Kunne ikke laste tekstene. Sjekk nettforbindelsen og prøv igjen.',
  draftTitle: (municipality: string, district: string) => `Samarbeidsavtale mellom ${municipality} kommune og ${district}`,
  placeholderMunicipality: '[kommune]',
  placeholderDistrict: '[politidistrikt]',
  fileIntro: (date: string) =>
    `Utkast satt sammen i Politirådsavtaler ${date}. Teksten i hver del er hentet ordrett fra avtalen som er oppgitt under overskriften; kommune- og politidistriktsnavn er byttet ut.`,
  source: (municipality: string, title: string, heading: string | undefined) =>
    heading ? `Kilde: ${municipality} – «${title}», punktet «${heading}».` : `Kilde: ${municipality} – «${title}».`,
  unknownAgreement: (section: string, slug: string, param: string) =>
    `Fant ingen avtale «${slug}» for delen «${section}» (${param}=${slug} i adressen). Velg en avtale i listen.`,
  missingSection: (section: string, slug: string) => `Avtalen «${slug}» har ingen del «${section}». Velg en annen avtale for denne delen.`,
  unknownParam: (param: string) => `Adressen nevner «${param}», som ikke er en del av avtalen. Den ble hoppet over.`,
  contactData: (section: string, municipality: string, values: readonly string[]) =>
    `Delen «${section}» er hentet fra ${municipality} og nevner personer med kontaktopplysninger (${values.join(', ')}). Bytt dem ut med deres egne før utkastet brukes.`,
  unknownDistrict: (value: string, param: string) => `Fant ikke politidistriktet «${value}» (${param}=${value} i adressen). Velg et politidistrikt i listen.`,
} as const;
