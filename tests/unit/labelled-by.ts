/**
 * The name an element of generated HTML gets from its `aria-labelledby`, part by part, for the writers' unit tests:
 * each element the attribute points at, its text, and the language of each run of that text (the nearest `lang`
 * inside the part; undefined where it inherits the page's). Reads the writers' own simple HTML with regular
 * expressions: an element pointed at must not hold an element of its own tag.
 */

/** One element an `aria-labelledby` points at. */
export interface NamePart {
  id: string;
  /** Its text as the accessible name takes it: entities decoded, white space collapsed. */
  text: string;
  /** Its text in runs, each with the `lang` it is in within the part (undefined: the part's surroundings'). */
  runs: Array<[text: string, lang: string | undefined]>;
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const langOf = (attributes: string) => /\slang="([^"]*)"/.exec(attributes)?.[1];

/** The element of `html` with this id, as its attributes and inner HTML, or an error naming the id. */
function elementById(html: string, id: string): { tag: string; attributes: string; inner: string } {
  const open = new RegExp(`<(\\w+)((?:\\s[^>]*)?\\sid="${id}"(?:\\s[^>]*)?)>`).exec(html);
  if (!open) throw new Error(`no element with id="${id}" in the HTML`);
  const [whole, tag = '', attributes = ''] = open;
  const start = open.index + whole.length;
  const end = html.indexOf(`</${tag}>`, start);
  if (end < 0) throw new Error(`the <${tag} id="${id}"> is not closed`);
  return { tag, attributes, inner: html.slice(start, end) };
}

/** The parts of the name `aria-labelledby` gives an element whose opening tag is `openingTag`, in order; none without the attribute. */
export function labelledByParts(html: string, openingTag: string): NamePart[] {
  const ids = /\saria-labelledby="([^"]+)"/.exec(openingTag)?.[1]?.split(/\s+/) ?? [];
  return ids.map((id) => {
    const { attributes, inner } = elementById(html, id);
    const langs: Array<string | undefined> = [langOf(attributes)];
    const runs: NamePart['runs'] = [];
    for (const m of inner.matchAll(/<(\/?)\w+([^>]*)>|([^<]+)/g)) {
      if (m[3] !== undefined) runs.push([decode(m[3]), langs.at(-1)]);
      else if (m[1]) langs.pop();
      else if (!/^<(?:br|wbr)\b/.test(m[0])) langs.push(langOf(m[2] ?? '') ?? langs.at(-1));
    }
    return { id, text: runs.map(([t]) => t).join('').replace(/\s+/g, ' ').trim(), runs };
  });
}

/** The accessible name `aria-labelledby` gives the element whose opening tag is `openingTag`: its parts' texts joined by spaces. */
export function labelledByName(html: string, openingTag: string): string {
  return labelledByParts(html, openingTag)
    .map((p) => p.text)
    .join(' ');
}
