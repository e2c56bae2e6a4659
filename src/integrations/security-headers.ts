/**
 * Astro integration: after the build, checks that every page carries the same
 * Content-Security-Policy (so one header can repeat it) and writes
 * `_headers` with it and the other security headers.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cspOfPage, headersFile } from '../lib/security-headers.ts';

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
        if (policies.size !== 1) {
          throw new Error(`Pages carry ${policies.size} different Content-Security-Policies (e.g. ${[...policies.values()].slice(0, 2).join(' and ')}); _headers can repeat only one.`);
        }
        writeFileSync(`${root}_headers`, headersFile([...policies.keys()][0]));
      },
    },
  };
}
