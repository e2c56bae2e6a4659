/**
 * A deterministic synthetic register of N agreements for the benchmark: the
 * seed agreements repeated for the real municipalities of today (one each,
 * taking the districts in turn, then revisions that supersede the one
 * before), varied in signing dates, meeting figures and focus areas, so
 * figures at N = 400 are the national register's. Pure: takes the real
 * register's files, returns files to write.
 */
import { parseFrontmatter } from 'astro/markdown';
import { parseHeadings } from './headings.ts';
import type { FocusArea, Municipality, PoliceDistrict } from './schema.ts';
import { slugOf } from './register-files.ts';
import type { RegisterFiles, SourceFile } from './validate.ts';

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

/**
 * The municipalities of today in the order the synthetic register gives them
 * agreements: one from each police district in turn (in the districts'
 * order), each district's by number, so any prefix covers every district.
 */
export function syntheticOrder(municipalities: readonly Municipality[], districts: readonly PoliceDistrict[]): Municipality[] {
  const queues = districts.map((d) =>
    municipalities.filter((m) => m.status === 'active' && m.policeDistrict === d.id).sort((a, b) => a.number.localeCompare(b.number)),
  );
  const order: Municipality[] = [];
  for (let round = 0; order.length < queues.reduce((n, q) => n + q.length, 0); round++) {
    for (const q of queues) if (q[round]) order.push(q[round]!);
  }
  return order;
}

/** The municipality that agreement number `i` (0-based) of the synthetic register belongs to, read from the real register's files. */
export function syntheticMunicipality(real: RegisterFiles, i: number): Municipality {
  const order = syntheticOrder(JSON.parse(real.municipalities.text) as Municipality[], JSON.parse(real.policeDistricts.text) as PoliceDistrict[]);
  const m = order[i % order.length];
  if (!m) throw new Error('syntheticMunicipality: the real register has no municipality of today with a police district');
  return m;
}

/**
 * Makes a register of `n` agreements from the real one, with the real
 * municipalities and districts. Every generated document is valid: its
 * clause links point at headings it has, it links only to the revision
 * before and after it (both ways), and its municipality and district are
 * the municipality's own.
 */
export function syntheticRegister(real: RegisterFiles, n: number, seed = 2026): RegisterFiles {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('syntheticRegister: nothing to pick from an empty list');
    return item;
  };
  const districts = JSON.parse(real.policeDistricts.text) as PoliceDistrict[];
  const order = syntheticOrder(JSON.parse(real.municipalities.text) as Municipality[], districts);
  if (order.length === 0) throw new Error('syntheticRegister: the real register has no municipality of today with a police district');
  const focusAreas = JSON.parse(real.focusAreas.text) as FocusArea[];
  const bases = real.agreements
    .map((file) => ({ file, ...parseFrontmatter(file.text) }))
    .filter((b) => b.frontmatter.documentType !== 'saksframlegg');
  if (bases.length === 0) throw new Error('syntheticRegister: the real register has no agreement to repeat');

  // Agreement i belongs to municipality i mod M; past the first round each is a revision of
  // the municipality's previous agreement (two years later or more), linked both ways.
  const drafts: Array<{ slug: string; data: Record<string, unknown>; content: string; municipality: string }> = [];
  const lastYear = new Map<string, number>();
  const usedSources = new Set<string>();
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length]!;
    const municipality = order[i % order.length]!;
    const district = districts.find((d) => d.id === municipality.policeDistrict)!;
    const headings = parseHeadings(base.content);
    const clauseIds = headings.map((h) => h.id);
    const previous = lastYear.get(municipality.id);
    const year = previous === undefined ? 2016 + Math.floor(random() * 4) : previous + 2 + Math.floor(random() * 2);
    lastYear.set(municipality.id, year);
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
      // No joint council (and no clause of its own for one: the checker refuses a clauseFor of a fact not stated).
      const { jointWith: _joint, ...clauseFor } = (council.clauseFor ?? {}) as Record<string, string>;
      const { clauseFor: _own, ...rest } = council;
      data.council = { ...rest, jointWith: [], ...(Object.keys(clauseFor).length > 0 ? { clauseFor } : {}) };
      if (random() < 0.15) {
        delete (data.council as Record<string, unknown>).meetingsPerYear;
        delete (data.council as Record<string, unknown>).meetingsModality;
        delete clauseFor.meetingsPerYear;
        if (Object.keys(clauseFor).length === 0) delete (data.council as Record<string, unknown>).clauseFor;
      } else (data.council as Record<string, unknown>).meetingsPerYear = 2 + Math.floor(random() * 5);
    }
    usedSources.add((data.source as { file: string }).file);
    drafts.push({ slug: `${municipality.id}-${year}`, data, content: base.content, municipality: municipality.id });
  }
  const latest = new Map<string, (typeof drafts)[number]>();
  for (const d of drafts) {
    const before = latest.get(d.municipality);
    if (before) {
      before.data.supersededBy = d.slug;
      d.data.supersedes = before.slug;
    }
    latest.set(d.municipality, d);
  }
  // JSON is YAML in which every string is quoted, so no date is read as a timestamp.
  const agreements: SourceFile[] = drafts.map((d) => ({ path: `agreements/${d.slug}.mdx`, text: `---\n${JSON.stringify(d.data, null, 2)}\n---\n${d.content}` }));

  return {
    policeDistricts: real.policeDistricts,
    focusAreas: real.focusAreas,
    municipalities: real.municipalities,
    agreements,
    // The source texts the copies name, under the content folder's `sources/`.
    sources: real.sources
      .map((f) => ({ name: f.path.replace(/^.*\//, ''), text: f.text }))
      .filter((f) => usedSources.has(f.name))
      .map((f) => ({ path: `sources/${f.name}`, text: f.text })),
  };
}
