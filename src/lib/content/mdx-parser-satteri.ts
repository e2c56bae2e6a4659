/**
 * The MDX parser of the build and the checker: Sätteri, the Markdown
 * processor the build renders agreements with (astro.config.mjs), with the
 * same features. So a body the checker accepts is one the build can compile,
 * and both agree on every heading and section. Reached through package.json
 * `imports` (`#mdx-parser`); the browser gets `mdx-parser-micromark.ts`.
 */
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/** The Markdown features of the build's processor (astro.config.mjs) and of the checker: GFM, and the text verbatim (no smart punctuation). */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false } as const;

/** A parse error as micromark's VFileMessage gives it, which the checker reads (`mdx-subset.ts`). */
export interface MdxParseError extends Error {
  reason: string;
  place: { line: number; column: number };
  source: string;
  ruleId: string;
}

/** Sätteri's error message, "3:1: Expected a closing tag for `<Signatures>` (3:1) (mdx-jsx:unexpected-character)", as a VFileMessage-like error. */
function parseError(e: unknown): unknown {
  const message = e instanceof Error ? e.message : '';
  const m = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+):([\w-]+)\))?$/.exec(message);
  if (!m) return e;
  const error = new Error(m[3]) as MdxParseError;
  error.reason = m[3]!;
  error.place = { line: Number(m[1]), column: Number(m[2]) };
  error.source = m[4] ?? '';
  error.ruleId = m[5] ?? '';
  return error;
}

/** The mdast tree of an MDX body as the build parses it; a body that is not valid MDX throws (`MdxParseError`). */
export function parseMdxTree(body: string): Root {
  try {
    return mdxToMdast(body, { features: MARKDOWN_FEATURES }) as Root;
  } catch (e) {
    throw parseError(e);
  }
}
