/**
 * The marks around the other written standard's forms in the indexed text, one
 * pair per standard: ` ⟦ førebygging ⟧` holds nynorsk forms, ` ⟪ forebygging ⟫`
 * bokmål ones, so search excerpts can show them apart and name the standard.
 * Each mark stands apart, between spaces: Pagefind then indexes no word for it
 * (glued to a word, `⟦nn:` and `vald⟧` were indexed as words of their own),
 * and the standard is told by the mark, not by a label word in the index.
 * A module of its own so the search page's script needs nothing else from
 * search-terms.
 */
export const VARIANT_MARKS = { nn: ['⟦', '⟧'], nb: ['⟪', '⟫'] } as const;
