/**
 * The marks around the forms added to the indexed text, one pair per kind:
 * ` ⟦ førebygging ⟧` holds nynorsk forms, ` ⟪ forebygging ⟫` bokmål ones, so
 * search excerpts can show them apart and name the standard; ` ⟮ bodo ⟯` holds
 * the words of the passage written without ø and æ (folded-forms.ts), which
 * excerpts never show.
 * Each mark stands apart, between spaces: Pagefind then indexes no word for it
 * (glued to a word, `⟦nn:` and `vald⟧` were indexed as words of their own),
 * and the standard is told by the mark, not by a label word in the index.
 * A module of its own so the search page's script needs nothing else from
 * search-terms.
 */
export const VARIANT_MARKS = { nn: ['⟦', '⟧'], nb: ['⟪', '⟫'] } as const;

/** The marks around a passage's words as typed without ø and æ: ` ⟮ bodo sor-ost ⟯`. */
export const FOLDED_MARKS = ['⟮', '⟯'] as const;
