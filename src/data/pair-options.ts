/** The documents a reader can compare on «Vis endringer», grouped by police district, with their short names. */
import { getComparison } from './comparison.ts';

export async function pairOptions(): Promise<Array<{ district: string; documents: Array<{ slug: string; label: string }> }>> {
  const comparison = await getComparison();
  return comparison.register.policeDistricts
    .map((district) => ({
      district: district.name,
      documents: comparison.agreements.filter((doc) => doc.data.policeDistrict === district.id).map((doc) => ({ slug: doc.id, label: comparison.label(doc) })),
    }))
    .filter((g) => g.documents.length > 0);
}
