/** `/data/agreements.json`: every agreement as open data, generated from the collection. */
import type { APIRoute } from 'astro';
import { agreementExportRows, getRegister } from '../../data/register.ts';

export const GET: APIRoute = async () => {
  const rows = agreementExportRows(await getRegister());
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
