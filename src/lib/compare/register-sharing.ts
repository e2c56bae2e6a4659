/**
 * The register's shared-text analysis, computed once per state of the
 * content: every agreement's text split into sections and its words marked
 * shared or local (`similarity.ts`). Two parts of the build need it — the
 * pipeline plugin that marks local text in each agreement's page
 * (`local-text-plugin.ts`) and the comparison pages (`src/data/comparison.ts`)
 * — and they load the code separately, so the result is kept per process
 * under a global key: the second asks with the same documents and gets the
 * first one's result.
 */
import { createHash } from 'node:crypto';
import { isAgreement } from '../content/agreements.ts';
import type { AgreementData, Municipality, PoliceDistrict } from '../content/schema.ts';
import { collapse } from './mark-local.ts';
import { comparisonOrder } from './matrix.ts';
import type { AgreementSection } from './sections-text.ts';
import { sectionsOfBody } from './sections-cache.ts';
import { analyseSharing, type DocumentSharing, type Segment, type SharingInput } from './similarity.ts';

/** An agreement as the analysis reads it, in comparison order. */
export interface SharingSource {
  id: string;
  /** Agreements of the same group (municipality) are not compared with each other. */
  group: string;
  /** The MDX body (frontmatter removed, its lines kept). */
  body: string;
}

export interface RegisterSharing {
  /** Each agreement's sections, by id. */
  sections: ReadonlyMap<string, AgreementSection[]>;
  /** Each agreement's shared-text figures, by id. */
  analysis: ReadonlyMap<string, DocumentSharing>;
}

const KEY = Symbol.for('politiradsavtaler.register-sharing');
type Store = Map<string, RegisterSharing>;
const store: Store = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Store;
/** Two states at most: the build needs one; a dev server moves from one to the next. */
const STORE_LIMIT = 2;

/** Blocks until an analysis started elsewhere is done and returns it; undefined when it failed (then it is computed here). */
export type SharingWait = () => Map<string, DocumentSharing> | undefined;

/**
 * The analyses started elsewhere (a worker thread: sharing-worker.ts), by key: how to wait for each.
 * Their sections need no keeping: `sectionsOfBody` splits each body once per process.
 */
const STARTED = Symbol.for('politiradsavtaler.register-sharing.started');
const started: Map<string, SharingWait> = ((globalThis as Record<symbol, unknown>)[STARTED] ??= new Map()) as Map<string, SharingWait>;

/** The key of an input: its hash. */
function keyOf(sources: readonly SharingSource[]): string {
  const hash = createHash('sha256');
  for (const s of sources) hash.update(`${s.id}\u0000${s.group}\u0000${s.body}\u0000`);
  return hash.digest('hex');
}

/** Each agreement's sections, by id. */
function sectionsOf(sources: readonly SharingSource[]): Map<string, AgreementSection[]> {
  return new Map(sources.map((s) => [s.id, sectionsOfBody(s.body)]));
}

/** What the analysis reads: the agreements with their sections, in the order given. */
export function sharingInputs(sources: readonly SharingSource[], sections: ReadonlyMap<string, AgreementSection[]>): SharingInput[] {
  return sources.map((s) => ({ id: s.id, group: s.group, sections: sections.get(s.id)! }));
}

/**
 * Splits the agreements into sections here and hands them to `run`, which starts the analysis
 * elsewhere and returns how to wait for it; `registerSharing` with the same input then waits
 * for that result instead of computing it.
 */
export function startSharing(sources: readonly SharingSource[], run: (inputs: SharingInput[]) => SharingWait): void {
  const key = keyOf(sources);
  if (store.has(key) || started.has(key)) return;
  started.set(key, run(sharingInputs(sources, sectionsOf(sources))));
}

/** The analysis of these agreements (in this order), computed once per process for the same input. */
export function registerSharing(sources: readonly SharingSource[]): RegisterSharing {
  const key = keyOf(sources);
  let found = store.get(key);
  if (!found) {
    const wait = started.get(key);
    started.delete(key);
    const sections = sectionsOf(sources);
    const analysis = wait?.() ?? analyseSharing(sharingInputs(sources, sections));
    found = { sections, analysis };
    if (store.size >= STORE_LIMIT) store.delete(store.keys().next().value!);
    store.set(key, found);
  }
  return found;
}

/**
 * The analysis's input for a register's agreements (related papers left out),
 * in comparison order (district, municipality, date), each compared with the
 * other municipalities': the one way both the plugin and the pages ask, so
 * they ask with the same input. Returns the agreements in that order too.
 */
export function sharingSources<A extends { id: string; data: AgreementData }>(
  documents: readonly A[],
  districts: readonly PoliceDistrict[],
  municipalities: ReadonlyMap<string, Municipality>,
  bodyOf: (doc: A) => string,
): { agreements: A[]; sources: SharingSource[] } {
  const agreements = comparisonOrder(documents.filter(isAgreement), districts, municipalities);
  return { agreements, sources: agreements.map((doc) => ({ id: doc.id, group: doc.data.municipality, body: bodyOf(doc) })) };
}

/** The analysis of a register's agreements (`sharingSources`), and the agreements in comparison order. */
export function sharingOfAgreements<A extends { id: string; data: AgreementData }>(
  documents: readonly A[],
  districts: readonly PoliceDistrict[],
  municipalities: ReadonlyMap<string, Municipality>,
  bodyOf: (doc: A) => string,
): { agreements: A[]; sharing: RegisterSharing } {
  const { agreements, sources } = sharingSources(documents, districts, municipalities, bodyOf);
  return { agreements, sharing: registerSharing(sources) };
}

/**
 * Each block's segments of one agreement, by its whitespace-collapsed text: what its page marks.
 * The first block of a text decides; a text whose segments have nothing local is left out (its
 * page has nothing to mark there, and the plugin need not look).
 */
export function localTextOf(sections: readonly AgreementSection[], sharing: DocumentSharing | undefined): Map<string, Segment[]> {
  const map = new Map<string, Segment[]>();
  if (!sharing) return map;
  sections.forEach((section, i) =>
    section.blocks.forEach((block, b) => {
      const key = collapse(block.text);
      const segments = sharing.sections[i]?.blocks[b];
      if (segments && !map.has(key)) map.set(key, segments);
    }),
  );
  for (const [key, segments] of map) if (!segments.some((s) => s.local)) map.delete(key);
  return map;
}
