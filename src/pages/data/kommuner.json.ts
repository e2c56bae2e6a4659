/** `/data/kommuner.json`: every municipality with its police district and whether the register holds an agreement from it. */
import type { APIRoute } from 'astro';
import { getRegister } from '../../data/register.ts';
import { municipalityRows } from '../../lib/publish/export.ts';

export const GET: APIRoute = async () => {
  const rows = municipalityRows((await getRegister()).national.records);
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
