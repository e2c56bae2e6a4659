/** Regular-expression helpers shared across domains. */

/** `s` as a regular-expression pattern that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
