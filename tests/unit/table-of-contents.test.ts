/** A document's table of contents (tableOfContents): `##` headings with the `###` under them. */
import { describe, expect, it } from 'vitest';
import { parseHeadings, tableOfContents } from '../../src/lib/content/headings.ts';

const body = [
  '### Before any section',
  '## 1. Formål {/* section: formal */}',
  '### 1.1 Bakgrunn',
  '#### Detail',
  '### 1.2 Mål',
  '## 2. Politiråd {/* section: politirad */}',
  '# Vedlegg',
  '### Under the appendix',
  '## 3. Signaturer',
].join('\n\n');

describe('tableOfContents', () => {
  const toc = tableOfContents(parseHeadings(body));

  it('lists each ## heading in order, with its id and text', () => {
    expect(toc.map((e) => [e.heading.id, e.heading.text])).toEqual([
      ['formal', '1. Formål'],
      ['politirad', '2. Politiråd'],
      ['3-signaturer', '3. Signaturer'],
    ]);
  });

  it('nests the ### headings up to the next heading of depth 2 or less, and leaves out deeper ones', () => {
    expect(toc.map((e) => e.children.map((c) => c.text))).toEqual([['1.1 Bakgrunn', '1.2 Mål'], [], []]);
  });

  it('is empty for a document without ## headings', () => {
    expect(tableOfContents(parseHeadings('Bare tekst.\n\n### Liten overskrift'))).toEqual([]);
  });
});
