/**
 * The one MDX reader of the project: an agreement's body as the mdast tree
 * the build's own Markdown processor produces (Sätteri, with the build's
 * features: `mdx-parser-satteri.ts`, reached as `#mdx-parser` through
 * package.json `imports`). Headings, sections, the checker and the safe-subset
 * check (`mdx-subset.ts`) read this tree, so none can disagree with the
 * rendered page about where a heading or a section starts. In the browser
 * (a reader's draft on /sammenlign/mitt-utkast/) the same import gives
 * micromark's parser (`mdx-parser-micromark.ts`), held to the same result by
 * tests/unit/mdx-parsers.test.ts.
 *
 * Pure. A body that is not valid MDX throws the parser's error (`reason`,
 * `place`, `ruleId`, `source`, as micromark's VFileMessage has them);
 * `mdx-subset.ts` turns it into a finding with a fix. Trees are cached per
 * body text and shared (one cache per process): never mutate one.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { parseMdxTree } from '#mdx-parser';

// Kept under a global key: the checker (run by the build's content check), the build's pipeline
// plugins and the pages load this module separately in one process, and all read the same bodies.
const CACHE_KEY = Symbol.for('politiradsavtaler.mdx-parse');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<string, Root>()) as Map<string, Root>;
const CACHE_LIMIT = 2000;

/** The mdast tree of an MDX body (frontmatter already removed), as the build parses it. */
export function parseMdx(body: string): Root {
  const cached = cache.get(body);
  if (cached) return cached;
  const tree = parseMdxTree(body);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(body, tree);
  return tree;
}

/** An MDX expression that is one comment and nothing else: `/* … *\/` (`{/* a *\/ x /* b *\/}` is code). */
export const MDX_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** Whether a node is an MDX comment, `{/* … *\/}` (as text or as its own block). */
export function isMdxComment(node: Nodes): node is Extract<Nodes, { type: 'mdxTextExpression' | 'mdxFlowExpression' }> {
  return (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && MDX_COMMENT.test(node.value);
}

/** Whether a node has children. */
export function isParent(node: Nodes): node is Extract<Nodes, Parent> {
  return 'children' in node && Array.isArray(node.children);
}
