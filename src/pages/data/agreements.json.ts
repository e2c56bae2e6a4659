/** `/data/agreements.json`: every agreement as open data, generated from the collection. */
import type { APIRoute } from 'astro';
import { getRegister } from '../../data/register.ts';
import { exportRows } from '../../lib/publish/export.ts';

export const GET: APIRoute = async () => {
  const register = await getRegister();
  const rows = exportRows(register.documents, {
    municipalities: register.municipalityById,
    policeDistricts: register.policeDistrictById,
    formerPoliceDistricts: register.formerPoliceDistrictById,
  });
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
