/**
 * Headings of an agreement's text and their ids: one rule, on one parse
 * (`mdx-parse.ts`), for the remark plugin that renders them, the checker that
 * validates clause links and the section splitter.
 *
 * A heading may end in a section marker, an MDX comment naming its canonical
 * key: `## 4. Politiråd {/* section: politirad *\/}`. A marked heading's id is
 * its key; any other heading's id is the GitHub slug of its text, unique
 * within the page: never a section key, never an id of the page's own.
 */
import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading, Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { AGREEMENT_PAGE_IDS } from '../contracts.ts';
import { isMdxComment, isParent, parseMdx } from './mdx-parse.ts';
import { SECTION_KEYS } from './sections.ts';

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

/**
 * The ids no slug may take, reserved before the first heading: every section key (a plain
 * `## SLT` may come before the heading marked `slt`, which takes the key wherever it stands) and
 * the ids of the agreement page's own elements (a heading "Main" would repeat `main`).
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([...SECTION_KEYS, ...Object.values(AGREEMENT_PAGE_IDS)]);

/** Assigns ids to headings in document order; a slug never repeats a section key, a page's own id or an earlier slug. */
export class HeadingIds {
  #slugger = new GithubSlugger();

  constructor() {
    for (const id of RESERVED_IDS) this.#slugger.slug(id);
  }

  /** The id of the next heading, given its text and optional section key. */
  next(text: string, sectionKey?: string): string {
    if (sectionKey) {
      // A key that is no section key (the checker refuses it) is reserved here, as it is seen.
      if (!RESERVED_IDS.has(sectionKey)) this.#slugger.slug(sectionKey);
      return sectionKey;
    }
    return this.#slugger.slug(text);
  }
}

/** A heading node's section marker and its content without the marker (a trailing MDX comment). */
export function headingMarker(node: MdastHeading): { sectionKey?: string; children: PhrasingContent[] } {
  const last = node.children.at(-1);
  if (!last || !isMdxComment(last)) return { children: node.children };
  const marker = SECTION_MARKER.exec(last.value);
  const children = node.children.slice(0, -1);
  return marker?.[1] !== undefined ? { sectionKey: marker[1], children } : { children };
}

/** A heading's plain text, marker removed: what its slug is made from. */
export function headingText(node: MdastHeading): string {
  return toString({ type: 'paragraph', children: headingMarker(node).children }).trim();
}

/** Every heading node of a tree, in document order (depth first, as unist-util-visit finds them, at a fraction of its cost). */
function headingNodes(node: Nodes, found: MdastHeading[] = []): MdastHeading[] {
  if (node.type === 'heading') found.push(node);
  if (isParent(node)) for (const child of node.children) headingNodes(child, found);
  return found;
}

/** The headings of a parsed document in order, each with its mdast node. */
export function headingsOf(tree: Root): Array<Heading & { node: MdastHeading }> {
  const ids = new HeadingIds();
  const headings: Array<Heading & { node: MdastHeading }> = [];
  for (const node of headingNodes(tree)) {
    const { sectionKey } = headingMarker(node);
    const text = headingText(node);
    headings.push({
      depth: node.depth,
      text,
      id: ids.next(text, sectionKey),
      ...(sectionKey !== undefined ? { sectionKey } : {}),
      line: node.position?.start.line ?? 0,
      node,
    });
  }
  return headings;
}

/**
 * The headings of an MDX body, in order, with their ids and section markers,
 * read from the same tree the build renders (`parseMdx`).
 */
export function parseHeadings(body: string): Heading[] {
  return headingsOf(parseMdx(body)).map(({ node: _node, ...heading }) => heading);
}

/** A `##` heading of a document's table of contents, with the `###` headings under it. */
export interface TocEntry {
  heading: Heading;
  children: Heading[];
}

/**
 * A document's table of contents: each `##` heading, in order, with the `###`
 * headings between it and the next heading of depth 2 or less. Deeper
 * headings, and any before the first `##`, are left out.
 */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let current: TocEntry | undefined;
  for (const h of headings) {
    if (h.depth <= 2) {
      current = h.depth === 2 ? { heading: h, children: [] } : undefined;
      if (current) entries.push(current);
    } else if (h.depth === 3) current?.children.push(h);
  }
  return entries;
}
