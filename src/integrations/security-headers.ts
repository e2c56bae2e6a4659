/**
 * Astro integration: after the build, checks that every page carries a
 * Content-Security-Policy, and writes `_headers` with one policy that allows
 * what each page's allows (pages differ only in their hashes) and the other
 * security headers.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cspOfPage, headersFile, mergePolicies } from '../lib/publish/security-headers.ts';

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
            html = readFileSync(file, 'utf8');
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
