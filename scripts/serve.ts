/**
 * `npm start` / `npm run preview`: serves the built `dist/` at http://127.0.0.1:4321/ (or
 * `PORT`) as a host would, with the headers `dist/_headers` asks for (the security headers,
 * and `charset=utf-8` on the source texts under /kilder/), until stopped with Ctrl+C.
 */
import { existsSync } from 'node:fs';
import { serveDist } from './serve-dist.ts';

const dir = 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/ has no built site: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const server = await serveDist(dir, port);
console.log(`Serving ${dir}/ at ${server.url}/ (Ctrl+C stops)`);
