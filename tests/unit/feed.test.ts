/** The feed of newly added agreements: only agreements with an added date, newest first, limited. */
import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/publish/feed.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { registerFiles } from './helpers.ts';

const docs = checkRegister(registerFiles()).agreements;

describe('feedItems', () => {
  it('lists the agreements added, not the case presentation, newest first then by slug', () => {
    const items = feedItems(docs, (d) => d.id);
    expect(items.map((i) => i.link)).toEqual([
      '/avtaler/bodo-2018/',
      '/avtaler/luster-2019/',
      '/avtaler/moss-2020/',
      '/avtaler/oppegard-2009-retningslinjer/',
      '/avtaler/oppegard-2018/',
      '/avtaler/skien-2019/',
    ]);
    expect(items[0]?.pubDate.toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('puts a later addition first and honours the limit', () => {
    const first = docs[0];
    if (!first) throw new Error('the register has no agreements');
    const later = { ...first, id: 'ny-2027', data: { ...first.data, added: '2027-01-02' } };
    const items = feedItems([...docs, later], (d) => d.id, 2);
    expect(items.map((i) => i.link)).toEqual(['/avtaler/ny-2027/', '/avtaler/bodo-2018/']);
  });
});
