/**
 * Nothing lost, and the reader can check it: every line of every source text
 * of the register (its `sources/`; page furniture and tables of contents aside) appears
 * in the text a reader sees on the built pages made from it, read from
 * Chromium's rendering; each page links its source text, served byte for byte
 * as UTF-8 plain text; and the lines the page lists as left out are lines of
 * that source which the publication may drop (furniture), as the build
 * computes them. Invariants of any valid register, checked on the register the
 * browser tests build (SITE_REGISTER); the unit tests check the text of the
 * live content's documents against its sources the same way
 * (register-invariants.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { readRegisterFiles, SOURCES_DIR } from '../../src/lib/content/register-files.ts';
import { omittedLines } from '../../src/lib/publish/source-omissions.ts';
import { agreementUrl, sourceTextUrl } from '../../src/lib/publish/routes.ts';
import { browserPage } from './browser.ts';
import { documentLines, normalise, withoutListMarker } from './seed-lines.ts';
import { SITE_REGISTER } from '../fixture-register.ts';

const SOURCES = join(SITE_REGISTER, SOURCES_DIR);
const baseUrl = inject('baseUrl');
const files = readRegisterFiles(SITE_REGISTER);
const register = checkRegister(files);
const sources = files.sources.map((f) => f.path.replace(/^.*\//, ''));

// One page for the file, navigated from document to document (browserPage says why).
const { page } = browserPage();

describe('every source sentence is published', () => {
  it('every source text feeds at least one page, and every document names a source text', () => {
    expect(register.problems).toEqual([]);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(register.agreements.some((a) => a.data.source.file === source), source).toBe(true);
    }
    for (const doc of register.agreements) expect(sources, doc.id).toContain(doc.data.source.file);
  });

  for (const source of sources) {
    it(source, async () => {
      const docs = register.agreements.filter((a) => a.data.source.file === source);
      let published = '';
      for (const doc of docs) {
        await page.goto(new URL(agreementUrl(doc.id), baseUrl).href);
        published += ` ${normalise(await page.locator('article.document').innerText())}`;
      }
      const lines = documentLines(readFileSync(join(SOURCES, source), 'utf8'));
      expect(lines.length).toBeGreaterThan(0);
      const missing = lines.filter((line) => !published.includes(line) && !published.includes(withoutListMarker(line)));
      expect(missing).toEqual([]);
    });
  }
});

describe('each page links its source text and lists what was left out', () => {
  for (const source of sources) {
    it(source, async () => {
      const bytes = readFileSync(join(SOURCES, source));
      const text = bytes.toString('utf8');
      const sourceLines = text.split('\n');
      const kept = new Set(documentLines(text));
      const docs = register.agreements.filter((a) => a.data.source.file === source);
      // What the build computes the publication left out (src/data/register.ts), which every page made from it lists.
      const expected = omittedLines(text, docs.map((d) => d.body)).map((o) => `${o.line}\t${o.text}`);
      for (const doc of docs) {
        await page.goto(new URL(agreementUrl(doc.id), baseUrl).href);
        const link = page.locator('a[data-source-text]');
        expect(await link.getAttribute('href')).toBe(sourceTextUrl(source));
        // The list of left-out lines: the same on every page made from this source.
        const items = await page.locator('.source-omissions li').evaluateAll((lis) =>
          lis.map((li) => `${li.getAttribute('data-line')}\t${li.querySelector('code')?.textContent ?? ''}`),
        );
        expect(items, doc.id).toEqual(expected);
        expect(await page.locator('[data-source-omissions]').getAttribute('data-source-omissions'), doc.id).toBe(String(expected.length));
        for (const item of items) {
          const [n, ...rest] = item.split('\t');
          const line = rest.join('\t');
          // The line stands in the source at that number, and the fidelity rule counts it as furniture.
          expect(sourceLines[Number(n) - 1]?.replace(/\s+$/, ''), `${doc.id} line ${n}`).toBe(line);
          expect(kept.has(normalise(line)), `${doc.id} lists a document line as left out: ${line}`).toBe(false);
        }
      }
      // Served byte for byte, labelled UTF-8, and shown with its Norwegian letters in the browser.
      const response = await page.goto(new URL(sourceTextUrl(source), baseUrl).href);
      expect(response?.headers()['content-type']).toBe('text/plain; charset=utf-8');
      expect(Buffer.from((await response?.body()) ?? []).equals(bytes)).toBe(true);
      const shown = await page.locator('body').innerText();
      const withLetters = sourceLines.find((l) => /[æøåÆØÅ]/.test(l));
      if (withLetters) expect(normalise(shown)).toContain(normalise(withLetters));
    });
  }
});
