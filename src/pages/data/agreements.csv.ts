/** `/data/agreements.csv`: the same rows as the JSON, as CSV. */
import type { APIRoute } from 'astro';
import { getRegister } from '../../data/register.ts';
import { exportCsv, exportRows } from '../../lib/publish/export.ts';

export const GET: APIRoute = async () => {
  const register = await getRegister();
  const rows = exportRows(register.documents, {
    municipalities: register.municipalityById,
    policeDistricts: register.policeDistrictById,
    formerPoliceDistricts: register.formerPoliceDistrictById,
  });
  return new Response(exportCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
