/**
 * The built site as a whole: every internal link and anchor resolves
 * (linkinator, crawling from the front page), and every page is valid HTML
 * (html-validate with .htmlvalidate.json).
 */
import { globSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the built site', () => {
  it('has no broken internal link or anchor', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${baseUrl}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 4,
      linksToSkip: async (link) => !link.startsWith(baseUrl),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}): ${l.status}`);
    expect(broken).toEqual([]);
    // The crawl reached every agreement page, so the check covered them.
    expect(result.links.filter((l) => /\/avtaler\/[^/]+\/$/.test(l.url) && l.state === 'OK').length).toBeGreaterThanOrEqual(7);
  });

  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = globSync('dist/**/*.html');
    expect(files.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
