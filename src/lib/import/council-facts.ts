/**
 * The police council's facts: who chairs it, who keeps its secretariat, how
 * often it meets, its members and the municipalities it meets with. The
 * meeting-frequency rule is here (`meetingsPerYearIn`: the minimum number of
 * meetings a year, "to møter … pr. halvår" → 4), as the importer applies
 * CODING.md's rule for `meetingsPerYear`.
 */
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import { modalityNote, modalityOf } from './modality.ts';
import { missing, type Review } from './review.ts';
import { municipalitiesIn, type RegisterData } from './register-lookup.ts';
import type { DocumentStructure, Section } from './structure.ts';
import { sectionsWith, sentencesOf } from './text-passages.ts';

const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, ein: 1, eitt: 1, eit: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
};
const MEETINGS =
  /(?<![\p{L}\d])(?<n>\d{1,2}|en|ett|ein|eitt|eit|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv)\s+(?:faste\s+)?(?:møter|møte|ganger|gonger|gong|gang)(?![\p{L}])(?<mid>[^.]{0,60}?)(?<per>i året|pr\.? år|per år|kvart år|hvert år|i halvåret|pr\.? halvår|per halvår|kvart halvår|i kvartalet|pr\.? kvartal|per kvartal|i måneden|i månaden|pr\.? måned|per måned|per månad)/iu;

/** Council meetings a year from a sentence ("to møter i politirådet pr. halvår" → 4). */
export function meetingsPerYearIn(text: string): number | undefined {
  const m = MEETINGS.exec(text);
  if (!m?.groups) return undefined;
  const raw = (m.groups.n ?? '').toLocaleLowerCase('nb');
  const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
  if (!n) return undefined;
  const per = (m.groups.per ?? '').toLocaleLowerCase('nb');
  const factor = /halv/.test(per) ? 2 : /kvartal/.test(per) ? 4 : /måned|månad/.test(per) ? 12 : 1;
  return n * factor;
}

const CHAIR = /politirådet\s+(?:ledes|leies|leiast|vert leia|vert leidd|blir ledet|blir leia|er ledet)\s+av\s+(?<chair>[^.]+?)\s*\.?$/iu;
const SECRETARIAT = [
  /^(?<who>.+?)\s+fungerer som (?:tilrettelegger og )?sekretær/iu,
  /^(?<who>.+?)\s+fungerer som sekretariat/iu,
  /^(?<who>.+?)\s+(?:er|vil være|vil vere) ansvarl\p{L}+ for innkalling/iu,
  /^sekretariat(?:et)?(?:sfunksjonen)?\s+(?:er|ligg|ligger)\s+(?:hos\s+)?(?<who>[^.]+)/iu,
];
const MEMBERS_LEAD = /(?:medlemmer|medlemmar|deltakere|deltakarar|deltagere)\s*:?\s*$/iu;
const POLICE_MEMBER = /politi|lensmann|seksjonsleder|avsnittsleder|etterforsk/iu;
const MUNICIPAL_MEMBER = /ordfør|rådmann|kommun|slt|kommunedirektør/iu;

/** The council's members from a list introduced as "Faste medlemmer:" or "Faste deltakere fra kommunen/politiet:". */
function membersOf(sections: readonly Section[]): { members: { municipality: string[]; police: string[] }; section: Section } | undefined {
  for (const section of sections) {
    for (const [i, item] of section.items.entries()) {
      if (item.kind !== 'list') continue;
      const explicit = item.items.filter((e) => /^faste\s+(?:deltakere|deltakarar|medlemmer|medlemmar)\s+(?:fra|frå)\s+(kommunen|politiet)/iu.test(e.text) && e.children.length > 0);
      if (explicit.length > 0) {
        const members = { municipality: [] as string[], police: [] as string[] };
        for (const e of explicit) (/politiet/iu.test(e.text) ? members.police : members.municipality).push(...e.children);
        return { members, section };
      }
      const lead = section.items[i - 1];
      const leadText = lead?.kind === 'paragraph' ? lead.lines.join(' ') : lead?.kind === 'subheading' ? lead.text : '';
      if (!MEMBERS_LEAD.test(leadText)) continue;
      const members = { municipality: [] as string[], police: [] as string[] };
      let party: 'municipality' | 'police' = 'municipality';
      for (const e of item.items) {
        party = MUNICIPAL_MEMBER.test(e.text) ? 'municipality' : POLICE_MEMBER.test(e.text) ? 'police' : party;
        members[party].push(e.text.replace(/\*\*/g, ''));
      }
      return { members, section };
    }
  }
  return undefined;
}

/** The council's facts, and a review item for each the text does not give (`municipalityId`: the document's own, not a joint partner). */
export function councilOf(doc: DocumentStructure, register: RegisterData, municipalityId: string, review: Review): DraftFrontmatter['council'] {
  let council: DraftFrontmatter['council'];
  const councilSections = sectionsWith(doc, ['politirad', 'organisering']);
  const councilSentences = sentencesOf(councilSections);
  const chairHit = [...councilSentences, ...sentencesOf(doc.sections)].find((p) => CHAIR.test(p.text));
  const chair = chairHit ? CHAIR.exec(chairHit.text)?.groups?.chair : undefined;
  const meetingsHit = councilSentences.find((p) => meetingsPerYearIn(p.text) !== undefined);
  const meetingsPerYear = meetingsHit ? meetingsPerYearIn(meetingsHit.text) : undefined;
  const meetingsModality = meetingsHit && meetingsPerYear ? modalityOf(meetingsHit.text) : undefined;
  const tableSecretariat = doc.sections
    .flatMap((s) => s.items.flatMap((item) => (item.kind === 'table' ? item.rows.map((r) => ({ section: s, row: r })) : [])))
    .find((x) => /^sekretariat/i.test(x.row[0]));
  let secretariat = tableSecretariat?.row[1];
  let secretariatSection = tableSecretariat?.section;
  if (!secretariat) {
    for (const p of [...councilSentences, ...sentencesOf(sectionsWith(doc, ['administrativt']))]) {
      const who = SECRETARIAT.map((re) => re.exec(p.text)?.groups?.who).find(Boolean);
      if (who) {
        secretariat = who.trim();
        secretariatSection = p.section;
        break;
      }
    }
  }
  const members = membersOf(councilSections);
  const jointWith: string[] = [];
  let jointSection: Section | undefined;
  // A name two municipalities share counts for the one in this municipality's police district.
  const district = register.municipalities.find((m) => m.id === municipalityId)?.policeDistrict;
  for (const p of councilSentences) {
    if (!/felles\s+(?:interkommunalt\s+)?politiråd|interkommunalt\s+politiråd/iu.test(p.text)) continue;
    for (const m of municipalitiesIn(p.text, register, district)) {
      if (m.id === municipalityId || jointWith.includes(m.id)) continue;
      jointWith.push(m.id);
      jointSection ??= p.section;
    }
  }
  const clauseSection = meetingsHit?.section ?? chairHit?.section ?? secretariatSection ?? members?.section;
  if (clauseSection) {
    // A fact stated in another section than the council's clause cites its own (`clauseFor`, CODING.md rule 5).
    const own = (stated: boolean, section: { id: string } | undefined) => (stated && section && section.id !== clauseSection.id ? section.id : undefined);
    const clauseFor = Object.fromEntries(
      Object.entries({
        chair: own(chair !== undefined, chairHit?.section),
        secretariat: own(secretariat !== undefined, secretariatSection),
        members: own(members !== undefined, members?.section),
        jointWith: own(jointWith.length > 0, jointSection),
      }).filter(([, id]) => id !== undefined),
    ) as NonNullable<NonNullable<DraftFrontmatter['council']>['clauseFor']>;
    council = {
      ...(chair ? { chair } : {}),
      ...(secretariat ? { secretariat } : {}),
      ...(meetingsPerYear ? { meetingsPerYear } : {}),
      ...(meetingsModality ? { meetingsModality: meetingsModality.modality } : {}),
      ...(members ? { members: members.members } : {}),
      jointWith,
      clause: clauseSection.id,
      ...(Object.keys(clauseFor).length > 0 ? { clauseFor } : {}),
    };
  }
  if (!chair) review.missing.push(missing('council.chair', 'no sentence says who leads the council ("Politirådet ledes av …").'));
  if (!secretariat) {
    const mention = sentencesOf(doc.sections).find((p) => /sekretær|sekretariat|innkalling/iu.test(p.text));
    review.missing.push(missing('council.secretariat', mention ? `the text describes it but names no one the importer can quote: "${mention.text}" Summarise it.` : 'the text does not say who keeps the council\'s secretariat.'));
  }
  if (!meetingsPerYear) review.missing.push(missing('council.meetingsPerYear', 'no sentence in the council\'s sections gives a number of meetings a year.'));
  else if (meetingsHit && meetingsModality) review.check.push({ field: 'council.meetingsModality', note: modalityNote(meetingsHit.text, meetingsModality) });
  if (!members) review.missing.push(missing('council.members', 'no list of the council\'s members ("Faste medlemmer:") in the council\'s sections.'));
  if (jointWith.length > 0) review.check.push({ field: 'council.jointWith', note: `${jointWith.join(', ')}: named in a sentence about a joint council.` });
  return council;
}
