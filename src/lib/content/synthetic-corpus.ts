/**
 * A deterministic synthetic register of N agreements for the benchmark: the
 * seed agreements repeated under synthetic municipalities spread over the
 * twelve police districts, varied in signing dates, meeting figures and focus
 * areas. Pure: takes the real register's files, returns files to write.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseHeadings } from './headings.ts';
import type { FocusArea, Municipality, PoliceDistrict } from './schema.ts';
import { slugOf, type RegisterFiles, type SourceFile } from './validate.ts';

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The synthetic municipality key and name for agreement number `i` (0-based). */
export function syntheticMunicipality(i: number): { id: string; name: string } {
  const n = String(i + 1).padStart(3, '0');
  return { id: `testkommune-${n}`, name: `Testkommune ${n}` };
}

/**
 * Makes a register of `n` agreements from the real one. Every generated
 * document is valid: its clause links point at headings it has, it links to
 * no other document, and its municipality exists.
 */
export function syntheticRegister(real: RegisterFiles, n: number, seed = 2026): RegisterFiles {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('syntheticRegister: nothing to pick from an empty list');
    return item;
  };
  const districts = JSON.parse(real.policeDistricts.text) as PoliceDistrict[];
  // Map positions: near a real municipality's centre, from a generator of their own so the rest of the corpus is unchanged.
  const anchors = (JSON.parse(real.municipalities.text) as Municipality[]).flatMap((m) => m.coordinates ?? []);
  const place = seededRandom(seed + 1);
  const near = (): Municipality['coordinates'] => {
    if (anchors.length === 0) return undefined;
    const a = anchors[Math.floor(place() * anchors.length)]!;
    const jitter = () => Math.round((place() - 0.5) * 100) / 100;
    return { lat: Math.round((a.lat + jitter()) * 100) / 100, lon: Math.round((a.lon + 2 * jitter()) * 100) / 100 };
  };
  const focusAreas = JSON.parse(real.focusAreas.text) as FocusArea[];
  const bases = real.agreements
    .map((file) => ({ file, ...parseFrontmatter(file.text) }))
    .filter((b) => b.frontmatter.documentType !== 'saksframlegg');
  if (bases.length === 0) throw new Error('syntheticRegister: the real register has no agreement to repeat');

  const municipalities: Municipality[] = [];
  const agreements: SourceFile[] = [];
  const usedSources = new Set<string>();
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length];
    const district = districts[i % districts.length];
    if (base === undefined) throw new Error('syntheticRegister: the real register has no agreement to repeat');
    if (district === undefined) throw new Error('syntheticRegister: the real register has no police district');
    const municipality = syntheticMunicipality(i);
    const coordinates = near();
    municipalities.push({
      id: municipality.id,
      name: municipality.name,
      number: String(9000 + (i % 1000)).padStart(4, '0'),
      county: 'Testfylke',
      status: 'active',
      ...(coordinates ? { coordinates } : {}),
    });

    const headings = parseHeadings(base.content);
    const clauseIds = headings.map((h) => h.id);
    const year = 2017 + Math.floor(random() * 8);
    const yearOnly = random() < 0.1;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const date = yearOnly ? String(year) : `${year}-${month}-${day}`;
    const focusCount = Math.floor(random() * 6);
    const focus = [...new Set(Array.from({ length: focusCount }, () => pick(focusAreas).id))].map((key) => ({
      key,
      clause: clauseIds.includes('fokusomrader') ? 'fokusomrader' : pick(clauseIds),
    }));
    const data: Record<string, unknown> = {
      ...base.frontmatter,
      title: `Samarbeidsavtale mellom ${municipality.name} kommune og ${district.name}`,
      municipality: municipality.id,
      policeDistrict: district.id,
      signed: { date, asWritten: `Syntetisk testavtale ${date}` },
      focusAreas: focus,
      related: [],
      // The copy is made from the same source text as the agreement it repeats.
      source: { title: `Syntetisk kopi av ${slugOf(base.file.path)}`, publisher: 'Benchmark', file: (base.frontmatter.source as { file: string }).file },
    };
    delete data.supersedes;
    delete data.supersededBy;
    // Signed after the 2016 police reform, in today's district.
    delete data.policeDistrictAtSigning;
    delete data.received;
    const council = data.council as Record<string, unknown> | undefined;
    if (council) {
      data.council = { ...council, jointWith: [] };
      if (random() < 0.15) delete (data.council as Record<string, unknown>).meetingsPerYear;
      else (data.council as Record<string, unknown>).meetingsPerYear = 2 + Math.floor(random() * 5);
    }
    usedSources.add((data.source as { file: string }).file);
    const slug = `${municipality.id}-${year}`;
    // JSON is YAML in which every string is quoted, so no date is read as a timestamp.
    agreements.push({ path: `agreements/${slug}.mdx`, text: `---\n${JSON.stringify(data, null, 2)}\n---\n${base.content}` });
  }

  return {
    policeDistricts: real.policeDistricts,
    focusAreas: real.focusAreas,
    municipalities: { path: real.municipalities.path, text: `${JSON.stringify(municipalities, null, 2)}\n` },
    agreements,
    // The source texts the copies name, under the content folder's `sources/`.
    sources: real.sources
      .map((f) => ({ name: f.path.replace(/^.*\//, ''), text: f.text }))
      .filter((f) => usedSources.has(f.name))
      .map((f) => ({ path: `sources/${f.name}`, text: f.text })),
  };
}
