/** An agreement's shared-text figures as its page shows them (sharedFigures), on the fixture register. */
import { describe, expect, it } from 'vitest';
import { sharedFigures } from '../../src/lib/compare/shared-figures.ts';
import { percent } from '../../src/lib/compare/similarity.ts';
import { sharedText } from '../../src/strings.ts';
import { sectionsOf, sharing } from './compare-helpers.ts';

describe('sharedFigures', () => {
  const sections = sectionsOf('oppegard-2018');
  const analysis = sharing.get('oppegard-2018')!;
  const figures = sharedFigures(sections, analysis);

  it('has a row per section in the document order, keyed by section key, heading id or part', () => {
    expect(figures.sections.map((r) => r.key)).toEqual(sections.map((s) => s.key ?? s.id ?? s.part));
    expect(figures.sections.map((r) => r.words)).toEqual(analysis.sections.map((s) => s.words));
    expect(figures.sections.map((r) => r.percent)).toEqual(analysis.sections.map((s) => percent(s.share)));
    expect(figures.whole).toEqual({ words: analysis.words, percent: percent(analysis.share) });
  });

  it('labels a section by its heading as written and links it; a part without heading gets its name and no link', () => {
    for (const [i, section] of sections.entries()) {
      const row = figures.sections[i]!;
      if (section.heading) {
        expect(row).toMatchObject({ label: section.heading, asWritten: true, href: `#${section.id}` });
      } else {
        expect(row.label).toBe(section.part === 'preamble' ? sharedText.preamble : sharedText.signatures);
        expect(row.asWritten).toBe(false);
      }
    }
    expect(sections.some((s) => !s.heading)).toBe(true);
  });

  it('refuses an analysis that does not cover every section', () => {
    expect(() => sharedFigures(sections, { ...analysis, sections: analysis.sections.slice(1) })).toThrow(/has no figures/);
  });
});
