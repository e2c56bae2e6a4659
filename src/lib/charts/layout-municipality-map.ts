/**
 * The municipality map laid out with D3: every municipality's boundary as an
 * SVG path in a transverse Mercator projection centred on 15° E (as
 * Norwegian maps use), fitted to the municipalities drawn (the whole country,
 * or one police district's). Each layout is computed once per build and
 * reused by every page that draws it.
 */
import { geoPath, geoTransverseMercator, type GeoStreamWrapper } from 'd3';
import { RelativePath } from './relative-path.ts';
import type { Boundaries } from '../municipalities/boundaries.ts';
import { MUNICIPALITY_STATUSES, type MunicipalityRecord, type MunicipalityStatus } from '../municipalities/coverage.ts';

/** One municipality's shape in place. */
export interface MapShape {
  number: string;
  /** The boundary as an SVG path, in the layout's px. */
  d: string;
}

/** A map in px. */
export interface MunicipalityMapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
}

/** The national map's width in px (its height follows the country's shape). */
export const NATIONAL_MAP_WIDTH = 520;

/** A projection's preclip that passes the stream on as it is. */
const unclipped = (stream: Parameters<GeoStreamWrapper['stream']>[0]) => stream;

const cache = new WeakMap<Boundaries, Map<string, MunicipalityMapLayout>>();

/**
 * Lays out the municipalities `numbers` (all when omitted) at `width` px wide,
 * the height following their extent (at most `maxHeight`). Memoised per
 * boundaries, size and set of municipalities.
 */
export function layoutMunicipalityMap(
  boundaries: Boundaries,
  { width = NATIONAL_MAP_WIDTH, maxHeight = 760, numbers }: { width?: number; maxHeight?: number; numbers?: readonly string[] } = {},
): MunicipalityMapLayout {
  const key = `${width}:${maxHeight}:${numbers ? [...numbers].sort().join(',') : '*'}`;
  let forBoundaries = cache.get(boundaries);
  if (!forBoundaries) cache.set(boundaries, (forBoundaries = new Map()));
  const cached = forBoundaries.get(key);
  if (cached) return cached;

  const wanted = numbers ? new Set(numbers) : undefined;
  const features = wanted ? boundaries.features.filter((f) => wanted.has(f.properties.number)) : boundaries.features;
  const collection = { type: 'FeatureCollection' as const, features };
  const pad = 4;
  // Fit the width first, then shrink to the height limit if the shape is tall. No clipping
  // at the antimeridian (D3's default preclip): the country is far from it in the projection's
  // rotated frame, where clipping only buffers every ring to find nothing to cut.
  const projection = geoTransverseMercator().preclip(unclipped).rotate([-15, -65]).fitWidth(width - 2 * pad, collection);
  let [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(collection);
  if (by1 - by0 > maxHeight - 2 * pad) {
    projection.scale(projection.scale() * ((maxHeight - 2 * pad) / (by1 - by0)));
    [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(collection);
  }
  const [tx, ty] = projection.translate();
  projection.translate([tx! - bx0 + pad + (width - 2 * pad - (bx1 - bx0)) / 2, ty! - by0 + pad]);
  const height = Math.ceil(by1 - by0 + 2 * pad);
  // Each path written relative, at whole px, as D3 would round it at `digits(0)`.
  const shapes = features
    .map((f) => {
      const context = new RelativePath();
      geoPath(projection, context)(f);
      return { number: f.properties.number, d: context.result() };
    })
    .filter((s) => s.d !== '');
  const layout = { width, height, shapes };
  forBoundaries.set(key, layout);
  return layout;
}

/** A map as the page draws it: its size, each municipality drawn with its record, and how many have each status. */
export interface DrawnMap {
  width: number;
  height: number;
  /** The shapes that have a record, in the layout's order. */
  areas: Array<{ shape: MapShape; record: MunicipalityRecord }>;
  /** How many of `areas` have each status (for the legend and the text alternative). */
  counts: Record<MunicipalityStatus, number>;
}

/** The municipalities of `layout` with their records (by number); a shape without a record is not drawn. */
export function drawnMap(layout: MunicipalityMapLayout, records: ReadonlyMap<string, MunicipalityRecord>): DrawnMap {
  const areas = layout.shapes.flatMap((shape) => {
    const record = records.get(shape.number);
    return record ? [{ shape, record }] : [];
  });
  const counts = Object.fromEntries(MUNICIPALITY_STATUSES.map((st) => [st, areas.filter((a) => a.record.status === st).length])) as Record<MunicipalityStatus, number>;
  return { width: layout.width, height: layout.height, areas, counts };
}
