/** Fetches an agreement's text by section (`/data/tekst/<slug>.json`, from this site only), once per page. */
import type { AgreementText } from '../lib/draft/agreement-text.ts';
import { agreementTextUrl } from '../lib/publish/routes.ts';

const texts = new Map<string, Promise<AgreementText>>();

/** A text of the register that could not be fetched (the network, or the site's answer): not a fault of the code asking. */
export class TextUnavailable extends Error {
  constructor(url: string, why: string) {
    super(`${url}: ${why}`);
    this.name = 'TextUnavailable';
  }
}

/** One document's text by section, fetched once; a failed fetch is tried again next time. */
export function loadText(slug: string): Promise<AgreementText> {
  let text = texts.get(slug);
  if (!text) {
    const url = agreementTextUrl(slug);
    text = fetch(url).then(
      (r) => {
        if (!r.ok) throw new TextUnavailable(url, `${r.status}`);
        return r.json() as Promise<AgreementText>;
      },
      (e: unknown) => {
        throw new TextUnavailable(url, e instanceof Error ? e.message : String(e));
      },
    );
    texts.set(slug, text);
    text.catch(() => texts.delete(slug));
  }
  return text;
}
