/**
 * `/data/tekst/<slug>.json`: one agreement's text split into its sections, as
 * plain text blocks, with each section's length and shared share. The draft
 * builder fetches the ones the reader picks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison } from '../../../data/comparison.ts';
import type { AgreementEntry } from '../../../data/register.ts';

export const getStaticPaths = (async () => {
  const comparison = await getComparison();
  return comparison.agreements.map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: AgreementEntry }> = async ({ props }) => {
  const comparison = await getComparison();
  return new Response(JSON.stringify(comparison.text(props.doc)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
