/**
 * Headings of an agreement's text and their ids: one rule for the remark
 * plugin that renders them and for the checker that validates clause links.
 *
 * A heading may end in a section marker, an MDX comment naming its canonical
 * key: `## 4. Politiråd {/* section: politirad *\/}`. A marked heading's id is
 * its key; any other heading's id is the GitHub slug of its text, unique
 * within the document.
 */
import GithubSlugger from 'github-slugger';

/** Matches the value of an MDX comment expression that marks a section: `/* section: politirad *\/`. */
export const SECTION_MARKER = /^\s*\/\*\s*section:\s*([^*\s]*)\s*\*\/\s*$/;

/** A heading as written in the document. */
export interface Heading {
  depth: number;
  /** The heading's text, marker removed. */
  text: string;
  /** The permalink id: the section key when marked, a slug of the text otherwise. */
  id: string;
  /** The key from the section marker, as written (may be invalid: the checker says so). */
  sectionKey?: string;
  /** 1-based line in the MDX body. */
  line: number;
}

/** Assigns ids to headings in document order; slugs never collide with section keys. */
export class HeadingIds {
  #slugger = new GithubSlugger();

  /** The id of the next heading, given its text and optional section key. */
  next(text: string, sectionKey?: string): string {
    if (sectionKey) {
      // Reserve the key so that an unmarked heading with the same text gets a suffix.
      this.#slugger.slug(sectionKey);
      return sectionKey;
    }
    return this.#slugger.slug(text);
  }
}

const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const TRAILING_EXPRESSION = /\{(\/\*[\s\S]*?\*\/)\}\s*$/;

/** Plain text of a heading's inline Markdown (emphasis markers and escapes removed). */
function plainText(inline: string): string {
  return inline
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .trim();
}

/**
 * The headings of an MDX body, in order, with their ids and section markers.
 * Reads ATX headings (`## …`) outside fenced code; that is the only heading
 * form the register's content uses.
 */
export function parseHeadings(body: string): Heading[] {
  const ids = new HeadingIds();
  const headings: Heading[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) return;
    const m = ATX_HEADING.exec(raw);
    if (!m) return;
    const [, hashes, content] = m;
    if (hashes === undefined || content === undefined) throw new Error(`Heading pattern without its groups at line ${index + 1}`);
    let inline = content;
    let sectionKey: string | undefined;
    const expr = TRAILING_EXPRESSION.exec(inline);
    if (expr) {
      const comment = expr[1];
      if (comment === undefined) throw new Error(`Heading expression without its comment at line ${index + 1}`);
      const marker = SECTION_MARKER.exec(comment);
      if (marker) sectionKey = marker[1];
      inline = inline.slice(0, expr.index);
    }
    const text = plainText(inline);
    headings.push({
      depth: hashes.length,
      text,
      id: ids.next(text, sectionKey),
      ...(sectionKey !== undefined ? { sectionKey } : {}),
      line: index + 1,
    });
  });
  return headings;
}
