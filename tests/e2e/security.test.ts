/**
 * Security and privacy of the built site: a strict Content-Security-Policy on
 * every page with no inline script left unhashed, the same policy and the
 * usual headers in `_headers` (served by the test server as a host would),
 * no violation and no request to another origin from any page in Chromium.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cspOfPage, headerPolicy, mergePolicies } from '../../src/lib/publish/security-headers.ts';
import { parseHeadersFile } from '../../scripts/serve-dist.ts';
import { browserPage } from './browser.ts';
import { SITE_DIST } from '../fixture-register.ts';

const baseUrl = inject('baseUrl');
const pages = globSync(`${SITE_DIST}/**/*.html`);

describe('Content-Security-Policy in the HTML', () => {
  it('every page has one, strict: no unsafe-inline, no unsafe-eval, default-src self', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const policy = cspOfPage(readFileSync(file, 'utf8'));
      expect(policy, file).toBeDefined();
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    }
  });

  it('hashes every inline script and style, and no element has a style attribute', () => {
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policy = cspOfPage(html) ?? '';
      const inline = [...html.matchAll(/<(script|style)((?![^>]*\ssrc=)[^>]*)>([\s\S]*?)<\/\1>/g)]
        .map(([, tag, attributes, body]) => {
          if (tag === undefined || attributes === undefined || body === undefined) throw new Error(`${file}: an inline element matched without its tag, attributes or body`);
          return { tag, attributes, body };
        })
        .filter(({ body }) => body.trim() !== '');
      for (const { tag, attributes, body } of inline) {
        // A data block (JSON) is not run, so the policy need not name it.
        if (tag === 'script' && /\stype="application\/(ld\+)?json"/.test(attributes)) continue;
        const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
        expect(policy.includes(hash), `${file}: inline <${tag}> not hashed (${body.slice(0, 60)}…)`).toBe(true);
        checked++;
      }
      expect(/<[a-z][^>]*\sstyle="/i.test(html), `${file} has a style attribute, which the policy blocks`).toBe(false);
    }
    // The agreement pages' scripts are inlined by Astro: the check above did look at some.
    expect(checked).toBeGreaterThan(0);
  });

  it('_headers allows what every page’s policy allows, adds frame-ancestors, and sends the usual headers', () => {
    const headers = parseHeadersFile(readFileSync(join(SITE_DIST, '_headers'), 'utf8'));
    const policies = pages.map((file) => cspOfPage(readFileSync(file, 'utf8')) ?? '');
    expect(headers['Content-Security-Policy']).toBe(headerPolicy(mergePolicies(policies)));
    for (const policy of policies) {
      for (const token of policy.split(/[\s;]+/).filter((t) => t.startsWith("'sha256-"))) {
        expect(headers['Content-Security-Policy']).toContain(token);
      }
    }
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

describe('served as a host serves _headers', () => {
  it('names the charset of the open data’s CSV files, and does not serve _headers itself', async () => {
    for (const path of ['/data/agreements.csv', '/data/kommuner.csv']) {
      const response = await fetch(new URL(path, baseUrl));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/csv; charset=utf-8');
    }
    expect((await fetch(new URL('/_headers', baseUrl))).status).toBe(404);
  });
});

describe('in Chromium, under the policy', () => {
  // One page for all the paths, navigated from one to the next (browserPage says why): what it logs and
  // requests is gathered afresh for each path.
  const { page } = browserPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  beforeAll(async () => {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    // Run in every document the page loads.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  const paths = ['/', '/sammenlign/', '/sammenlign/?avtale=bodo-2018&avtale=moss-2020', '/utkast/', '/avtaler/luster-2019/?uthev=politiråd#politirad', '/politidistrikt/ost/', '/statistikk/', '/kommuner/moss/', '/om/', '/sok/?q=vold', '/finnes-ikke/'];
  for (const path of paths) {
    it(`${path}: no policy violation, no error, no request to another origin`, async () => {
      // Leave the previous path first, so nothing it does late is counted against this one.
      await page.goto('about:blank');
      problems.length = 0;
      foreign.length = 0;
      const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      if (path.startsWith('/sok/')) await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
      if (path.includes('uthev')) await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);
      // A 404 is logged by Chromium as a failed resource load; that is the page working.
      expect(problems.filter((p) => !(path === '/finnes-ikke/' && /404/.test(p)))).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});
