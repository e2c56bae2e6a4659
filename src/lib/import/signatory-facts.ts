/** Who signs a document (party, role, name), from its signature blocks. */
import type { Block } from './clean.ts';
import type { DraftSignatory } from './draft-frontmatter.ts';
import { readDate } from './written-dates.ts';

const POLICE_ROLE = /politi|lensmann|\bGDE\b/iu;
const MUNICIPAL_ROLE = /ordfør|rådmann|kommunedirektør|kommunalsjef/iu;
const ORGANISATION = /kommune|politidistrikt|politistasjon|lensmannskontor|lensmannsdistrikt|politiet(?!\p{L})/iu;

/** True when a line names a signatory's role or office (ordfører, rådmann, politistasjonssjef, lensmann, GDE …). */
export const namesSignatoryRole = (line: string): boolean => MUNICIPAL_ROLE.test(line) || POLICE_ROLE.test(line);

/** True when a line is a person's name: two to four capitalised words, none of them a role. */
function isPersonName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?$/u.test(w)) && !MUNICIPAL_ROLE.test(line) && !POLICE_ROLE.test(line) && !ORGANISATION.test(line);
}

/** The signatories of a signature block, in its order. */
export function signatoriesOf(blocks: readonly Block[]): DraftSignatory[] {
  const out: DraftSignatory[] = [];
  for (const block of blocks) {
    if (readDate(block.lines.join(' ')) && block.lines.every((l) => readDate(l) || l.trim() === '')) continue;
    // A place and date line among a signatory's lines (a signature table's column: "Moss, 30.4.2020" over the name) is no part of the role.
    let lines = block.lines.map((l) => l.replace(/\*\*/g, '').trim()).filter((l) => l !== '' && !readDate(l));
    if (lines.length === 0) continue;
    // A party line written first («For Moss kommune», the name and title under it) goes after the title, as the register writes a role.
    const party = lines.length > 1 ? /^for\s+(.+)$/iu.exec(lines[0] ?? '') : null;
    if (party?.[1] && ORGANISATION.test(party[1])) lines = [...lines.slice(1), party[1]];
    let name: string | undefined;
    const first = lines[0] ?? '';
    const slash = /^(.+?)\s*\/\s*(.+)$/.exec(first);
    if (slash && isPersonName(slash[1] ?? '')) {
      name = slash[1];
      lines = [slash[2] ?? '', ...lines.slice(1)];
    } else if (isPersonName(first) && lines.length > 1) {
      name = first;
      lines = lines.slice(1);
    }
    if (lines.length === 0) continue;
    const role = lines.reduce((acc, line) => (acc === '' ? line : `${acc}${ORGANISATION.test(line) ? ', ' : ' / '}${line}`), '');
    const head = lines[0] ?? '';
    const side = MUNICIPAL_ROLE.test(head) ? 'kommune' : POLICE_ROLE.test(role) ? 'politi' : /kommune/i.test(role) ? 'kommune' : undefined;
    if (!side) continue;
    out.push({ party: side, role, ...(name ? { name } : {}) });
  }
  return out;
}
