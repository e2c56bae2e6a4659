/** `/data/agreements.csv`: the same rows as the JSON, as CSV. */
import type { APIRoute } from 'astro';
import { agreementExportRows, getRegister } from '../../data/register.ts';
import { exportCsv } from '../../lib/publish/export.ts';

export const GET: APIRoute = async () => {
  const rows = agreementExportRows(await getRegister());
  return new Response(exportCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
