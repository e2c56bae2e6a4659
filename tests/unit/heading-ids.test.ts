/** Heading ids (HeadingIds, parseHeadings): unique on the agreement page, whatever the order of the headings. */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_PAGE_IDS } from '../../src/lib/contracts.ts';
import { HeadingIds, parseHeadings } from '../../src/lib/content/headings.ts';
import { SECTION_KEYS } from '../../src/lib/content/sections.ts';

const ids = (body: string) => parseHeadings(body).map((h) => h.id);

describe('heading ids', () => {
  it('never give a section key to a plain heading, even one before the heading the key marks', () => {
    expect(ids('## SLT\n\n## 5. SLT {/* section: slt */}\n\n## SLT\n')).toEqual(['slt-1', 'slt', 'slt-2']);
    expect(ids('## Evaluering\n\n## Organisering\n')).toEqual(['evaluering-1', 'organisering-1']);
    for (const key of SECTION_KEYS) expect(new HeadingIds().next(key), key).toBe(`${key}-1`);
  });

  it("never repeat an id of the agreement page's own elements", () => {
    expect(ids('## Main\n\n## Toc heading\n\n## Source heading\n\n### Text heading\n\n## Facts heading\n\n## Show local\n')).toEqual([
      'main-1',
      'toc-heading-1',
      'source-heading-1',
      'text-heading-1',
      'facts-heading-1',
      'show-local-1',
    ]);
    for (const id of Object.values(AGREEMENT_PAGE_IDS)) {
      expect(new GithubSlugger().slug(id), 'an id the page uses is its own slug, so reserving it reserves it').toBe(id);
      expect(new HeadingIds().next(id), id).toBe(`${id}-1`);
    }
  });

  it('still give a marked heading its key, and other headings their slugs', () => {
    expect(ids('## 4. Politiråd {/* section: politirad */}\n\n## Vedlegg\n\n## Vedlegg\n')).toEqual(['politirad', 'vedlegg', 'vedlegg-1']);
  });
});

describe("the agreement page's own ids", () => {
  /** The .astro files an agreement page is made of: its page and every component it imports, and theirs. */
  function pageFiles(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, path] of text.matchAll(/from '(\.{1,2}\/[^']+\.astro)'/g)) pageFiles(new URL(path!, `file://${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 1), seen);
    return seen;
  }

  it('come from contracts.ts (AGREEMENT_PAGE_IDS), the list headings.ts reserves: no component writes one of its own', () => {
    const files = [...pageFiles('src/pages/avtaler/[slug].astro')];
    expect(files).toContain('src/layouts/Base.astro');
    expect(files).toContain('src/components/LocalTextSwitch.astro');
    // Written out (id="main") or as a literal expression (id={'main'}, id={`main`}).
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\sid=(?:"|\{\s*['"`])/);
    expect(readFileSync('src/styles/site.css', 'utf8')).toContain(`#${AGREEMENT_PAGE_IDS.showLocal}:checked`);
  });
});
