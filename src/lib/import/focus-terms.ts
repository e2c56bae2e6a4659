/**
 * Words that suggest a focus area of the taxonomy (content/focus-areas.json)
 * in an agreement's text, bokmål and nynorsk. The importer proposes a focus
 * area for each key whose words occur, with the sentence they occur in; an
 * editor keeps the ones the agreement makes a focus. A key added to the
 * taxonomy needs its words here (a unit test checks that every key has some).
 *
 * Each entry is a regular expression over lower-case text; `\b` is not used
 * because it does not know æ, ø and å.
 */
export const FOCUS_AREA_TERMS: Record<string, RegExp> = {
  'barn-og-unge': /barn og unge|barne- og ungdom|ungdomskriminalitet|ungdomsmiljø|ungdommar|ungdommer|(?<!\p{L})unge(?!\p{L})|oppvekstvilkår|oppvekstmiljø/u,
  rus: /(?<!\p{L})rus(?!s)|rusmiddel|rusmisbruk|rusforebygg|rusførebygg|narkotika|ruskontrakt/u,
  'vold-i-naere-relasjoner': /vold i nære|vald i nære|familievold|familievald|partnervold|partnervald|æresrelatert/u,
  'seksuelle-overgrep-mot-barn': /seksuelle overgrep|overgrep mot barn/u,
  radikalisering: /radikali|ekstremisme|hatkriminalitet|utenforskap|utanforskap/u,
  trygghetsvandring: /trygghetsvandring|tryggleiksvandring/u,
  politivedtekter: /politivedtekt/u,
  uteliv: /uteliv|skjenk|ansvarlig vertskap|ansvarleg vertskap/u,
  trafikk: /trafikk(?!al)/u,
  arbeidslivskriminalitet: /arbeidslivskriminalitet|arbeidsmarknadskriminalitet|arbeidsmarkedskriminalitet|kriminalitet rett\p{L}* mot næringsliv/u,
  miljokriminalitet: /miljøkriminalitet|miljøvern/u,
  samfunnssikkerhet: /samfunnssikkerhe|samfunnsikkerhe|samfunnstryggleik/u,
  'organisert-kriminalitet': /organisert kriminalitet/u,
  skole: /(?<!\p{L})skole|(?<!\p{L})skule|skolebesøk|skulebesøk|ungdomsskole/u,
};

/**
 * Words that suggest a focus area only inside the section of focus areas,
 * being too common elsewhere: "miljø" there is the environment (Bodø's
 * "rusbekjempelse, trafikk, miljø og arbeidslivskriminalitet"), elsewhere an
 * upbringing or a workplace.
 */
export const FOCUS_SECTION_TERMS: Record<string, RegExp> = {
  miljokriminalitet: /(?<!\p{L})miljø(?!\p{L})/u,
};
