/**
 * The order the comparison matrix (within a district) and the charts' rows
 * list agreements in. No imports: browser scripts that reach it stay small.
 * Listings (newest first) use `byNewest` in agreements.ts.
 */

/** What the comparison and the charts order agreements by. */
export interface OrderKey {
  /** The municipality's name, compared with Norwegian collation. */
  municipality: string;
  /** The signing date as written (ISO, any precision); "" when not stated. */
  signed: string;
  id: string;
}

/**
 * Compares agreements by municipality name, then oldest first, then slug: the
 * order of the comparison matrix (within a district) and of the charts' rows.
 * Listings use `byNewest` instead.
 */
export function byMunicipalityThenOldest(a: OrderKey, b: OrderKey): number {
  return a.municipality.localeCompare(b.municipality, 'nb') || a.signed.localeCompare(b.signed) || a.id.localeCompare(b.id);
}
