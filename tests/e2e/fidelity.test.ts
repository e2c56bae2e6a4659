/**
 * Nothing lost: every line of every seed text (page furniture and tables of
 * contents aside) appears in the text a reader sees on the built pages made
 * from it, read from Chromium's rendering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { launchBrowser } from './browser.ts';
import { documentLines, normalise, withoutListMarker } from './seed-lines.ts';
import { seedsDir } from '../seeds.ts';

const SEEDS = seedsDir();
const baseUrl = inject('baseUrl');
const register = checkRegister(readRegisterFiles('content'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describe('every seed sentence is published', () => {
  it('the five seeds each feed at least one page', () => {
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      expect(register.agreements.some((a) => a.data.source.seedFile === seed), seed).toBe(true);
    }
  });

  for (const seed of seeds) {
    it(seed, async () => {
      const docs = register.agreements.filter((a) => a.data.source.seedFile === seed);
      const page = await browser.newPage();
      let published = '';
      for (const doc of docs) {
        await page.goto(new URL(`/avtaler/${doc.id}/`, baseUrl).href);
        published += ` ${normalise(await page.locator('article.document').innerText())}`;
      }
      await page.close();
      const lines = documentLines(readFileSync(join(SEEDS, seed), 'utf8'));
      expect(lines.length).toBeGreaterThan(20);
      const missing = lines.filter((line) => !published.includes(line) && !published.includes(withoutListMarker(line)));
      expect(missing).toEqual([]);
    });
  }
});
