/** `/data/agreements.csv`: the same rows as the JSON, as CSV. */
import type { APIRoute } from 'astro';
import { agreementExportRows, getRegister } from '../../data/register.ts';
import { exportCsv } from '../../lib/publish/export.ts';
import { CSV_TYPE } from '../../lib/publish/security-headers.ts';

export const GET: APIRoute = async () => {
  const rows = agreementExportRows(await getRegister());
  return new Response(exportCsv(rows), { headers: { 'Content-Type': CSV_TYPE } });
};
