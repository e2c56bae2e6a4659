/** The fidelity test drops only furniture: a test that dropped text would prove nothing. */
import { describe, expect, it } from 'vitest';
import { documentLines, withoutListMarker } from '../e2e/seed-lines.ts';

describe('documentLines', () => {
  const seed = [
    'POLITIET',
    '',
    'Innhold',
    '',
    'Innledning /formål\t2',
    'Politiråd.....\t3',
    '10. Evaluering\t3',
    '',
    'Politiråd',
    '',
    'Det skal avholdes minimum to møter i året.',
    '- Faste deltakere fra kommunen:',
    ' - o Ordfører og leder av politirådet',
    'Leiing:\tKommunen/Politiet',
    '\u00a0',
    'Innhold',
    'Avtalen omhandler innhold.',
  ].join('\n');

  it('keeps the document and drops the header and the table of contents', () => {
    expect(documentLines(seed)).toEqual([
      'Politiråd',
      'Det skal avholdes minimum to møter i året.',
      '- Faste deltakere fra kommunen:',
      '- o Ordfører og leder av politirådet',
      'Leiing: Kommunen/Politiet',
      'Innhold',
      'Avtalen omhandler innhold.',
    ]);
  });

  it('reads a list line as the list shows it', () => {
    expect(withoutListMarker('- o Ordfører og leder av politirådet')).toBe('Ordfører og leder av politirådet');
    expect(withoutListMarker('❖ Færre enn 2000 innbyggjarar: 80%')).toBe('Færre enn 2000 innbyggjarar: 80%');
    expect(withoutListMarker('8. Politirådet skal leggja til rette')).toBe('Politirådet skal leggja til rette');
  });
});
