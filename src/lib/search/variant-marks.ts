/**
 * The marks around the other written standard's forms in the indexed text
 * (` ⟦nn: førebygging⟧`), so search excerpts can show them apart. A module of
 * its own so the search page's script needs nothing else from search-terms.
 */
export const VARIANT_OPEN = '⟦';
export const VARIANT_CLOSE = '⟧';
