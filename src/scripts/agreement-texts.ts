/** Fetches an agreement's text by section (`/data/tekst/<slug>.json`, from this site only), once per page. */
import type { AgreementText } from '../lib/draft/agreement-text.ts';
import { agreementTextUrl } from '../lib/publish/routes.ts';

const texts = new Map<string, Promise<AgreementText>>();

/** One document's text by section, fetched once; a failed fetch is tried again next time. */
export function loadText(slug: string): Promise<AgreementText> {
  let text = texts.get(slug);
  if (!text) {
    text = fetch(agreementTextUrl(slug)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      return r.json() as Promise<AgreementText>;
    });
    texts.set(slug, text);
    text.catch(() => texts.delete(slug));
  }
  return text;
}
