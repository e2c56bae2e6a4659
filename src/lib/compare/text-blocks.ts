/**
 * A section's text blocks as a page lays them out (SectionText.astro): each
 * block with its index (`data-block`, which the side-by-side view lines up)
 * and its text in runs, local or shared; consecutive list items of one kind
 * (numbered or not) form one list, every other block stands alone. Pure.
 */
import type { TextBlock } from './sections-text.ts';
import type { Segment } from './similarity.ts';

/** A block, its index among the section's blocks, and its text in runs. */
export interface RunBlock {
  block: TextBlock;
  index: number;
  runs: Segment[];
}

/** A list of consecutive items (`ol` when they are numbered), or a block on its own. */
export type BlockGroup = { list: 'ul' | 'ol'; items: RunBlock[] } | { block: RunBlock };

/** The blocks in groups, with their runs from `segments` (by index; the whole text as shared where a block has none). */
export function blockGroups(blocks: readonly TextBlock[], segments: readonly Segment[][]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  blocks.forEach((block, index) => {
    const item: RunBlock = { block, index, runs: segments[index] ?? [{ text: block.text, local: false }] };
    const last = groups.at(-1);
    const list = block.number === undefined ? 'ul' : 'ol';
    if (block.kind !== 'item') groups.push({ block: item });
    else if (last && 'list' in last && last.list === list) last.items.push(item);
    else groups.push({ list, items: [item] });
  });
  return groups;
}
