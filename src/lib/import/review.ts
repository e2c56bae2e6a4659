/** The review of an import: the facts left out and why, and those an editor should check. */

/** One point of the review: a field and why it was left out, or what to check. */
export interface ReviewItem {
  field: string;
  note: string;
}

/** The review printed after an import and written at the top of the draft. */
export interface Review {
  /** Fields not established: left out of the draft. */
  missing: ReviewItem[];
  /** Fields established from the text that an editor should check. */
  check: ReviewItem[];
}


/** A review item for a fact that was left out. */
export function missing(field: string, note: string): ReviewItem {
  return { field, note };
}
