/**
 * The draft check's work (src/scripts/draft-check-run.ts) and the hyphenation patterns as the browser has them: loaded
 * on demand (hyphen-patterns-browser.ts), so a read that asks before they are loaded stops and is done again. A
 * hard-wrapped draft has them loaded before it is read, so its reads never stop for them; a draft with no line-end
 * hyphen never loads them. Node reaches the patterns themselves through `#hyphen-patterns`, so here both modules are
 * stood in for (vi.doMock, with fresh modules; undone after): the browser's loader a flag, the patterns the real ones
 * once it is set, and until then throwing as the browser's do.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Browser = typeof import('../../src/lib/import/hyphen-patterns-browser.ts');
type Patterns = typeof import('../../src/lib/import/hyphen-patterns.ts');

/** The patterns' answers the draft's reads asked for, each with whether they were loaded then; and the loads. */
let asked: Array<{ word: string; loaded: boolean }> = [];
let loads = 0;

/** runDraftCheck over fresh modules, the patterns stood in for as the browser has them. */
async function freshCheck() {
  vi.resetModules();
  const browser = await vi.importActual<Browser>('../../src/lib/import/hyphen-patterns-browser.ts');
  const patterns = await vi.importActual<Patterns>('../../src/lib/import/hyphen-patterns.ts');
  let loaded = false;
  vi.doMock('../../src/lib/import/hyphen-patterns-browser.ts', () => ({
    ...browser,
    loadHyphenPatterns: async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      loaded = true;
    },
  }));
  vi.doMock('#hyphen-patterns', () => ({
    patternBreak: (word: string, at: number) => {
      asked.push({ word, loaded });
      if (!loaded) throw new browser.HyphenPatternsNotLoaded();
      return patterns.patternBreak(word, at);
    },
  }));
  return (await import('../../src/scripts/draft-check-run.ts')).runDraftCheck;
}

afterEach(() => {
  asked = [];
  loads = 0;
  vi.doUnmock('../../src/lib/import/hyphen-patterns-browser.ts');
  vi.doUnmock('#hyphen-patterns');
  vi.resetModules();
});

// No register (its texts are fetched from the site): the draft's own words alone, which leave «som-» / «meren» open.
const NO_REGISTER = '[]';

describe('the draft check and the hyphenation patterns', () => {
  it('loads them before it reads a hard-wrapped draft: its line-end hyphen is read once, with them there', async () => {
    const runDraftCheck = await freshCheck();
    const outcome = await runDraftCheck({ text: '1. Formål\n\nKommunen og politiet prøver ut en sykkelpatrulje i sentrum om som-\nmeren.\n' }, NO_REGISTER);
    expect(outcome.html).toContain('om sommeren.');
    expect(asked).toEqual([{ word: 'sommeren', loaded: true }]);
    expect(loads).toBe(1);
  });

  it('does not load them for a draft with no line-end hyphen', async () => {
    const runDraftCheck = await freshCheck();
    const outcome = await runDraftCheck({ text: '1. Formål\n\nKommunen og politiet prøver ut en sykkelpatrulje i sentrum om sommeren.\n' }, NO_REGISTER);
    expect(outcome.html).toContain('om sommeren.');
    expect(asked).toEqual([]);
    expect(loads).toBe(0);
  });
});
