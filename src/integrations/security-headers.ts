/**
 * Astro integration: after the build, checks that every page carries a
 * Content-Security-Policy, and writes `_headers` with one policy that allows
 * what each page's allows (pages differ only in their hashes) and the other
 * security headers.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cspOfPage, headersFile, mergePolicies } from '../lib/publish/security-headers.ts';

/** How much of a page is read first: its head (where the policy stands) is about 2-6 kB. */
const HEAD_BYTES = 16 * 1024;
const headBuffer = Buffer.alloc(HEAD_BYTES);

/**
 * The page up to the end of its head, where the policy `<meta>` stands: only the first bytes are
 * read (at 400 agreements the build reads 838 pages here); the whole page when the head does not
 * end within them. Throws when the file cannot be read.
 */
function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const text = headBuffer.toString('utf8', 0, readSync(fd, headBuffer, 0, HEAD_BYTES, 0));
    const end = text.indexOf('</head>');
    if (end !== -1) return text.slice(0, end);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8');
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'politiradsavtaler:security-headers',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string>();
        for (const { pathname } of pages) {
          const file = `${root}${pathname === '' ? '' : pathname.replace(/\/?$/, '/')}index.html`.replace(/\/404\/index\.html$/, '/404.html');
          let html: string;
          try {
            html = headOf(file);
          } catch {
            continue; // not an HTML page (feeds, data files)
          }
          const policy = cspOfPage(html);
          if (!policy) throw new Error(`${file}: has no Content-Security-Policy <meta>; every page must (security.csp in astro.config.mjs).`);
          policies.set(policy, file);
        }
        // Pages differ only by the hashes of their own inline scripts and styles; the header allows them all.
        writeFileSync(`${root}_headers`, headersFile(mergePolicies([...policies.keys()])));
      },
    },
  };
}
