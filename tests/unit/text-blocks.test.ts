/** A section's blocks as a page lays them out (blockGroups): lists of consecutive items, other blocks alone, runs by index. */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/lib/compare/sections-text.ts';
import { blockGroups } from '../../src/lib/compare/text-blocks.ts';

const block = (kind: TextBlock['kind'], text: string, more: Partial<TextBlock> = {}): TextBlock => ({ kind, text, depth: 0, ...more });
const blocks = [
  block('paragraph', 'Innledning.'),
  block('item', 'a'),
  block('item', 'b', { depth: 1 }),
  block('item', 'første', { number: 1 }),
  block('item', 'andre', { number: 2 }),
  block('heading', '3.1 Møter'),
  block('row', 'Leder\tOrdfører'),
  block('item', 'c'),
];

describe('blockGroups', () => {
  const groups = blockGroups(blocks, [[{ text: 'Innledning.', local: true }]]);

  it('puts consecutive items of one kind in one list, numbered ones in an ordered list, and keeps every index', () => {
    const shape = groups.map((g) => ('list' in g ? `${g.list}:${g.items.map((i) => i.index).join(',')}` : `${g.block.block.kind}:${g.block.index}`));
    expect(shape).toEqual(['paragraph:0', 'ul:1,2', 'ol:3,4', 'heading:5', 'row:6', 'ul:7']);
  });

  it('gives each block its runs, or its whole text as shared where the analysis has none', () => {
    const first = groups[0]!;
    if ('list' in first) throw new Error('the paragraph is not a list');
    expect(first.block.runs).toEqual([{ text: 'Innledning.', local: true }]);
    const list = groups[1]!;
    if (!('list' in list)) throw new Error('the items are a list');
    expect(list.items[1]!.runs).toEqual([{ text: 'b', local: false }]);
  });
});
