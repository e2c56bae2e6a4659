/**
 * Personal contact data: phone numbers and e-mail addresses of individuals
 * are published only when the frontmatter records the decision. Bodø's
 * agreement has them and records it; Luster's names a service number.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalContactData } from '../../src/lib/content/contact-data.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { agreementFile, editedAgreement, registerFiles, withAgreements } from './helpers.ts';

const agreement = (slug: string): string => agreementFile(slug).text;

describe('findPersonalContactData', () => {
  it('finds the named officers\' e-mail and phone numbers in Bodø\'s agreement', () => {
    const text = agreement('bodo-2018');
    const lineOf = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
    const [thorshaug, thomassen] = [lineOf('thomas.thorshaug@'), lineOf('Per Thomassen')];
    expect(thorshaug).toBeGreaterThan(0);
    expect(findPersonalContactData(text)).toEqual([
      { line: thorshaug, kind: 'e-mail', value: 'thomas.thorshaug@politiet.no', person: 'Thomas Thorshaug' },
      { line: thorshaug, kind: 'phone', value: '412 22260', person: 'Thomas Thorshaug' },
      { line: thomassen, kind: 'phone', value: '970 89856', person: 'Per Thomassen' },
    ]);
  });

  it('leaves service numbers alone: Luster\'s Namsmannen, Bodø\'s switchboard and victim support', () => {
    expect(findPersonalContactData(agreement('luster-2019'))).toEqual([]);
    expect(findPersonalContactData('Namsmannen held til i 3. etg. ved Sogndal lensmannskontor med eigen vakttelefon, 40038 358.')).toEqual([]);
    expect(findPersonalContactData('- Sentralbordet i Nordland politidistrikt er tilgjengelig på tlf 75 58 90 00/02800')).toEqual([]);
    expect(findPersonalContactData('- Støttesenter for kriminalitetsutsatte er tilgjengelig på 800 40 008 eller 815 20 077')).toEqual([]);
    expect(findPersonalContactData('Nordre Follo kommune, tlf. 64 85 00 00, post@nordrefollo.kommune.no')).toEqual([]);
  });

  it('finds a phone number next to a name, and a named mailbox anywhere', () => {
    expect(findPersonalContactData('Kontakt SLT-koordinator Kari Nordmann på 912 34 567.')).toEqual([{ line: 1, kind: 'phone', value: '912 34 567', person: 'Kari Nordmann' }]);
    expect(findPersonalContactData('Ordfører\nOla Nordmann\nTlf: +47 99 88 77 66')).toEqual([{ line: 1, kind: 'phone', value: '+47 99 88 77 66', person: 'Ola Nordmann' }]);
    expect(findPersonalContactData('Spørsmål sendes til k.nordmann@luster.kommune.no.')).toEqual([{ line: 1, kind: 'e-mail', value: 'k.nordmann@luster.kommune.no' }]);
    expect(findPersonalContactData('Avtalen ble signert 24.10.2018 av Ida Marie Pinnerød.')).toEqual([]);
  });
});

describe('the checker and personal contact data', () => {
  it('accepts Bodø\'s agreement, whose frontmatter records the decision', () => {
    expect(checkRegister(registerFiles()).problems).toEqual([]);
  });

  it('refuses the same text without the decision, naming line, value and person', () => {
    const file = editedAgreement('bodo-2018', (t) => t.replace(/^contactDetails:\n(?: {2}.*\n)+/m, ''));
    const problems = checkRegister(withAgreements(file)).problems.map(formatProblem);
    const lineOf = (s: string) => file.text.split('\n').findIndex((l) => l.includes(s)) + 1;
    const [thorshaug, thomassen] = [lineOf('thomas.thorshaug@'), lineOf('Per Thomassen')];
    expect(thorshaug).toBeGreaterThan(100);
    const fix = 'Publish it only if that was decided: add contactDetails: { published: true, decision: "who decided, and why" } to the frontmatter, or remove it from the text.';
    expect(problems).toEqual([
      `tests/fixtures/register/agreements/bodo-2018.mdx:${thorshaug}:1: personal contact data: e-mail "thomas.thorshaug@politiet.no" next to the name "Thomas Thorshaug". ${fix}`,
      `tests/fixtures/register/agreements/bodo-2018.mdx:${thorshaug}:1: personal contact data: phone "412 22260" next to the name "Thomas Thorshaug". ${fix}`,
      `tests/fixtures/register/agreements/bodo-2018.mdx:${thomassen}:1: personal contact data: phone "970 89856" next to the name "Per Thomassen". ${fix}`,
    ]);
  });

  it('refuses a phone number next to a name added to an agreement without the decision', () => {
    const file = editedAgreement('luster-2019', (t) => t.replace('Politirådet vert leia av ordførar.', 'Politirådet vert leia av ordførar. Kontakt: Kari Nordmann, 912 34 567.'));
    const [problem] = checkRegister(withAgreements(file)).problems.map(formatProblem);
    expect(problem).toMatch(/^tests\/fixtures\/register\/agreements\/luster-2019\.mdx:\d+:1: personal contact data: phone "912 34 567" next to the name "Kari Nordmann"\./);
  });
});
