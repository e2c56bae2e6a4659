import { describe, expect, it } from 'vitest';
import { documentLinks, indexById, type Doc } from '../../src/lib/content/agreements.ts';
import { documentLinkGroups } from '../../src/lib/content/document-link-groups.ts';
import { formatDate } from '../../src/lib/format.ts';
import { agreementUrl, versionChangesUrl } from '../../src/lib/publish/routes.ts';
import { agreementPage, redline } from '../../src/strings.ts';

/** A document with only the fields `documentLinks` reads. */
const doc = (id: string, data: { supersedes?: string; supersededBy?: string; related?: string[]; documentType?: string; signed?: { date: string }; language?: string }): Doc =>
  ({ id, data: { related: [], title: `Avtale ${id}`, documentType: 'samarbeidsavtale', language: 'nb', ...data } }) as unknown as Doc;

describe('documentLinks', () => {
  const old = doc('a-2015', { supersededBy: 'a-2020' });
  const current = doc('a-2020', { supersedes: 'a-2015', related: ['a-sak', 'missing'] });
  const sak = doc('a-sak', { related: ['a-2020'] });
  const memo = doc('a-notat', { related: ['a-2020'] });
  const docs = [old, current, sak, memo];
  const byId = indexById(docs);

  it('finds both versions and the related papers both ways, each once, its own list first', () => {
    const links = documentLinks(current, docs, byId);
    expect(links.older?.id).toBe('a-2015');
    expect(links.newer).toBeUndefined();
    expect(links.related.map((d) => d.id)).toEqual(['a-sak', 'a-notat']);
  });

  it('finds the newer version and no related papers for a superseded document', () => {
    const links = documentLinks(old, docs, byId);
    expect(links.newer?.id).toBe('a-2020');
    expect(links.older).toBeUndefined();
    expect(links.related).toEqual([]);
  });
});

describe('documentLinkGroups', () => {
  const old = doc('a-2015', { supersededBy: 'a-2020', signed: { date: '2015-03-01' } });
  const middle = doc('a-2020', { supersedes: 'a-2015', supersededBy: 'a-2024', related: ['a-sak'] });
  const newest = doc('a-2024', { supersedes: 'a-2020', language: 'nn' });
  const sak = doc('a-sak', { related: ['a-2020'], documentType: 'saksframlegg' });
  const docs = [old, middle, newest, sak];
  const byId = indexById(docs);

  it('lists the newer version, the older one and the related papers, each version with the redline of the pair', () => {
    const groups = documentLinkGroups(middle, documentLinks(middle, docs, byId));
    expect(groups.map((g) => [g.title, g.rel, g.links.map((l) => l.href)])).toEqual([
      [agreementPage.supersededBy, 'next', [agreementUrl('a-2024')]],
      [agreementPage.supersedes, 'prev', [agreementUrl('a-2015')]],
      [agreementPage.related, undefined, [agreementUrl('a-sak')]],
    ]);
    // The redline page belongs to the newer document of each pair.
    expect(groups.map((g) => g.changes)).toEqual([
      { href: versionChangesUrl('a-2024'), text: redline.versionLinkNewer },
      { href: versionChangesUrl('a-2020'), text: redline.versionLink },
      undefined,
    ]);
    // Each title in its document's language: the newest is in nynorsk.
    expect(groups[0]!.links[0]).toEqual({ href: agreementUrl('a-2024'), title: 'Avtale a-2024', lang: 'nn' });
    expect(groups[1]!.links[0]).toEqual({ href: agreementUrl('a-2015'), title: 'Avtale a-2015', lang: 'nb', date: formatDate('2015-03-01') });
  });

  it('leaves out empty groups and titles a paper\'s links as what it relates to', () => {
    const groups = documentLinkGroups(sak, documentLinks(sak, docs, byId));
    expect(groups.map((g) => g.title)).toEqual([agreementPage.relatedTo]);
  });
});
