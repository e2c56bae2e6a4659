/** Lining up the blocks of two to four texts of one section. */
import { describe, expect, it } from 'vitest';
import { alignBlocks, similarBlocks } from '../../src/lib/compare/align.ts';
import { sectionsOf } from './compare-helpers.ts';

const blocks = (slug: string, key: string) => sectionsOf(slug).find((s) => s.key === key)!.blocks.map((b) => b.text);

function expectComplete(rows: Array<Array<number | null>>, texts: string[][]) {
  texts.forEach((t, c) => {
    expect(rows.map((r) => r[c]).filter((i) => i !== null)).toEqual(t.map((_, i) => i));
  });
}

describe('alignBlocks', () => {
  it('puts Bodø\'s and Oppegård\'s common bullet points of Politikontakten on the same rows', () => {
    const bodo = blocks('bodo-2018', 'politikontakt');
    const oppegard = blocks('oppegard-2018', 'politikontakt');
    const rows = alignBlocks([bodo, oppegard]);
    expectComplete(rows, [bodo, oppegard]);
    const together = rows.filter((r) => r[0] !== null && r[1] !== null);
    // All fifteen of Bodø's blocks but its own bullet point, from "Ta(r) utgangspunkt …" to "Det er nødvendig med et tett samarbeid …".
    expect(together).toHaveLength(14);
    expect(rows.find((r) => r[0] === 7)).toEqual([7, null]); // Bodø's own: "I forebyggende perspektiv …"
    expect(bodo[7]).toMatch(/^I forebyggende perspektiv/);
    expect(rows.find((r) => r[0] === 0)).toEqual([0, 0]);
  });

  it('keeps every block of every text once and in order, with three and four texts', () => {
    const texts = ['bodo-2018', 'oppegard-2018', 'skien-2019', 'luster-2019'].map((s) => blocks(s, 'slt'));
    for (const n of [3, 4]) expectComplete(alignBlocks(texts.slice(0, n)), texts.slice(0, n));
  });

  it('matches blocks that say mostly the same, not ones that share a few words', () => {
    const w = (s: string) => s.toLowerCase().split(' ');
    expect(similarBlocks(w('Politirådet ledes av ordføreren'), w('Politirådet ledes av en ordfører'))).toBe(true);
    expect(similarBlocks(w('Politirådet ledes av ordføreren'), w('Kommunen og politiet møtes to ganger i året'))).toBe(false);
  });
});
