/**
 * The one MDX reader of the project: an agreement's body as the mdast tree
 * the build's own MDX pipeline produces (MDX syntax via micromark-extension-mdxjs,
 * GitHub-flavoured Markdown as remark-gfm adds it). Headings, sections, the
 * checker and the safe-subset check read this tree, so they cannot disagree
 * with the rendered page about where a heading or a section starts.
 *
 * Pure. A body that is not valid MDX throws `MdxParseError` with its line and
 * column. Trees are cached per body text and shared: never mutate one.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** MDX the parser refuses, with where. */
export class MdxParseError extends Error {
  /** 1-based line and column in the body, when the parser gives them. */
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = 'MdxParseError';
    this.line = line;
    this.column = column;
  }
}

const cache = new Map<string, Root>();
const CACHE_LIMIT = 2000;

/** The mdast tree of an MDX body (frontmatter already removed). */
export function parseMdx(body: string): Root {
  const cached = cache.get(body);
  if (cached) return cached;
  let tree: Root;
  try {
    tree = fromMarkdown(body, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } } };
    const place = e.place && 'start' in e.place ? e.place.start : e.place;
    throw new MdxParseError(e.reason ?? e.message ?? String(error), e.line ?? place?.line, e.column ?? place?.column);
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(body, tree);
  return tree;
}

/** Whether a node is an MDX comment, `{/* … *\/}` (as text or as its own block). */
export function isMdxComment(node: Nodes): node is Extract<Nodes, { type: 'mdxTextExpression' | 'mdxFlowExpression' }> {
  return (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/** Whether a node has children. */
export function isParent(node: Nodes): node is Extract<Nodes, Parent> {
  return 'children' in node && Array.isArray(node.children);
}
