/** Each source text (`content/sources/<file>`), served byte for byte as plain UTF-8 text at `sourceTextUrl`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegister } from '../../data/register.ts';
import { SOURCE_TEXT_TYPE } from '../../lib/publish/security-headers.ts';

export const getStaticPaths = (async () => {
  const register = await getRegister();
  const files = [...new Set(register.documents.map((d) => d.data.source.file))].sort();
  return files.map((file) => ({ params: { name: file.replace(/\.txt$/, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const register = await getRegister();
  const bytes = register.sourceBytes(props.file as string);
  return new Response(bytes, { headers: { 'Content-Type': SOURCE_TEXT_TYPE } });
};
