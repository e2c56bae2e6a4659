/** Whether a document is written in nynorsk or bokmål. */
import type { Language } from '../content/schema.ts';

/** Nynorsk or bokmål, from words only one of them uses; `tie` where they are as many (none: bokmål). */
export function languageOf(text: string, tie: Language = 'nb'): Language {
  const nn = new Set(['ikkje', 'eit', 'ein', 'frå', 'kva', 'vert', 'korleis', 'dei', 'desse', 'difor', 'berre', 'noko', 'innanfor', 'kvar', 'saman', 'tenestetilbod', 'kommunane', 'heile', 'mogleg', 'gjennomførast', 'førebygging', 'førebyggjande', 'vere', 'vera', 'òg', 'medan', 'høve', 'leiing']);
  const nb = new Set(['ikke', 'et', 'en', 'fra', 'hva', 'blir', 'hvordan', 'disse', 'derfor', 'bare', 'noe', 'innenfor', 'hver', 'sammen', 'tjenestetilbud', 'kommunene', 'hele', 'mulig', 'gjennomføres', 'forebygging', 'forebyggende', 'være', 'mens', 'ledelse']);
  let nnCount = 0;
  let nbCount = 0;
  for (const word of text.toLocaleLowerCase('nb').split(/[^\p{L}]+/u)) {
    if (nn.has(word)) nnCount++;
    if (nb.has(word)) nbCount++;
  }
  return nnCount > nbCount ? 'nn' : nbCount > nnCount ? 'nb' : tie;
}
