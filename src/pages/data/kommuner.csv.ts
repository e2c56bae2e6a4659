/** `/data/kommuner.csv`: the same rows as the JSON, as CSV. */
import type { APIRoute } from 'astro';
import { getRegister } from '../../data/register.ts';
import { municipalityCsv, municipalityRows } from '../../lib/publish/export.ts';
import { CSV_TYPE } from '../../lib/publish/security-headers.ts';

export const GET: APIRoute = async () => {
  const rows = municipalityRows((await getRegister()).national.records);
  return new Response(municipalityCsv(rows), { headers: { 'Content-Type': CSV_TYPE } });
};
