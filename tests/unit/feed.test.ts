/** The feed of newly added agreements: only agreements with an added date, newest first, limited. */
import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { FEED_XMLNS, feedChannelData, feedDescription, feedItems } from '../../src/lib/publish/feed.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { indexById } from '../../src/lib/content/agreements.ts';
import type { FactLookups } from '../../src/lib/content/agreement-facts.ts';
import { registerFiles } from './helpers.ts';

const checked = checkRegister(registerFiles());
const docs = checked.agreements;
const lookups: FactLookups = {
  municipalityById: indexById(checked.municipalities),
  policeDistrictById: indexById(checked.policeDistricts),
  formerPoliceDistrictById: indexById([{ id: 'follo', name: 'Follo politidistrikt', successors: ['ost'], mergedOn: '2017-01-01', sources: [] }]),
  focusAreaById: indexById(checked.focusAreas),
};
const doc = (slug: string) => {
  const found = docs.find((d) => d.id === slug);
  if (!found) throw new Error(`no document ${slug} in the fixture register`);
  return found;
};

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

  it("gives each item its document's language (dc:language), Luster's nynorsk among the bokmål", () => {
    const items = feedItems(docs, (d) => d.id);
    expect(items.map((i) => [i.link, i.customData])).toEqual([
      ['/avtaler/bodo-2018/', '<dc:language>nb</dc:language>'],
      ['/avtaler/luster-2019/', '<dc:language>nn</dc:language>'],
      ['/avtaler/moss-2020/', '<dc:language>nb</dc:language>'],
      ['/avtaler/oppegard-2009-retningslinjer/', '<dc:language>nb</dc:language>'],
      ['/avtaler/oppegard-2018/', '<dc:language>nb</dc:language>'],
      ['/avtaler/skien-2019/', '<dc:language>nb</dc:language>'],
    ]);
  });

  it('is written by @astrojs/rss with the Dublin Core namespace declared and each language in its item', async () => {
    // As src/pages/nye-avtaler.xml.ts hands them over (the feed as a browser parses it: tests/e2e/pages.test.ts).
    const xml = await getRssString({ title: 't', description: 'd', site: 'https://avtaler.example', items: feedItems(docs, (d) => d.id), xmlns: FEED_XMLNS });
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">');
    expect(xml).toMatch(/<item><title>[^<]*<\/title><link>https:\/\/avtaler\.example\/avtaler\/luster-2019\/<\/link>(?:(?!<\/item>).)*<dc:language>nn<\/dc:language><\/item>/);
    expect(xml.match(/<dc:language>nb<\/dc:language>/g)).toHaveLength(5);
  });
});

describe('feedChannelData', () => {
  const self = 'https://avtaler.example/nye-avtaler.xml?a=1&b=2';

  it('dates the channel by its newest item, not the clock, and names its own address', () => {
    const items = feedItems(docs, (d) => d.id);
    expect(feedChannelData(items, self)).toBe(
      '<language>nb</language><lastBuildDate>Mon, 23 Nov 2026 00:00:00 GMT</lastBuildDate><atom:link href="https://avtaler.example/nye-avtaler.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
    // A later addition, wherever it stands in the list, dates the channel.
    const first = docs[0]!;
    const later = feedItems([...docs, { ...first, id: 'ny-2027', data: { ...first.data, added: '2027-01-02' } }], (d) => d.id);
    expect(feedChannelData([...later].reverse(), self)).toContain('<lastBuildDate>Sat, 02 Jan 2027 00:00:00 GMT</lastBuildDate>');
  });

  it('has no build date without an item', () => {
    expect(feedChannelData([], self)).not.toContain('lastBuildDate');
    expect(feedChannelData([], self)).toContain('rel="self"');
  });
});

describe('feedDescription', () => {
  it('names the parties and the date signed', () => {
    expect(feedDescription(doc('skien-2019'), lookups)).toBe('Avtale om tjenestetilbud mellom Skien kommune og Sør-Øst politidistrikt, signert 2019.');
  });

  it('says guidelines were adopted, in the district of their day', () => {
    // Oppegård's 2009 guidelines were adopted by the municipality («Vedtatt i Formannskapet») under Follo politidistrikt
    // (content/ says so; the fixture register leaves policeDistrictAtSigning out).
    const guidelines = doc('oppegard-2009-retningslinjer');
    expect(feedDescription({ ...guidelines, data: { ...guidelines.data, policeDistrictAtSigning: 'follo' } }, lookups)).toBe(
      'Retningslinjer mellom Oppegård kommune og Follo politidistrikt (nå Øst politidistrikt), vedtatt 25. mars 2009.',
    );
  });
});
