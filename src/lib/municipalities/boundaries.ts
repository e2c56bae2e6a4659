/**
 * The municipality boundaries (content/boundaries/kommuner.topojson,
 * Kartverket's data, CC BY 4.0): parse once, then neighbours by shared border
 * and, for municipalities without one (islands such as Værøy and Røst), the
 * nearest municipalities by distance between their centres.
 */
import { geoCentroid, geoDistance } from 'd3';
import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The name of the boundary object inside the topology. */
export const BOUNDARY_OBJECT = 'kommuner';

/** How many nearest municipalities an island without a land border is shown. */
export const NEAREST_COUNT = 3;

export interface BoundaryProperties {
  number: string;
  name: string;
}

/** The parsed boundaries: the topology and its features by municipality number. */
export interface Boundaries {
  topology: Topology;
  object: GeometryCollection<BoundaryProperties>;
  features: Feature<Polygon | MultiPolygon, BoundaryProperties>[];
  byNumber: Map<string, Feature<Polygon | MultiPolygon, BoundaryProperties>>;
}

/** Parses the boundary file's text; `path` names it in errors. */
export function parseBoundaries(text: string, path: string): Boundaries {
  let topology: Topology;
  try {
    topology = JSON.parse(text) as Topology;
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message}); run "npm exec -- node scripts/simplify-boundaries.ts" to write it again`);
  }
  const object = topology.objects?.[BOUNDARY_OBJECT] as GeometryCollection<BoundaryProperties> | undefined;
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`${path}: objects.${BOUNDARY_OBJECT}: expected a GeometryCollection of municipalities; run "npm exec -- node scripts/simplify-boundaries.ts"`);
  }
  const features = object.geometries.map((g) => feature(topology, g) as Feature<Polygon | MultiPolygon, BoundaryProperties>);
  return { topology, object, features, byNumber: new Map(features.map((f) => [f.properties.number, f])) };
}

/** A municipality's neighbours: those it shares a border with, or (`nearest`) the closest when it shares none. */
export interface Neighbours {
  numbers: string[];
  kind: 'border' | 'nearest';
}

/**
 * Neighbours of every municipality in the boundaries, by number. Shared
 * borders come from the topology (topojson-client `neighbors`); a
 * municipality with none gets the `count` nearest by great-circle distance
 * between centroids.
 */
export function neighboursByNumber(b: Boundaries, count = NEAREST_COUNT): Map<string, Neighbours> {
  const numbers = b.object.geometries.map((g) => (g.properties as BoundaryProperties).number);
  const adjacency = neighbors(b.object.geometries as Parameters<typeof neighbors>[0]);
  const centres = b.features.map((f) => geoCentroid(f));
  const result = new Map<string, Neighbours>();
  numbers.forEach((number, i) => {
    const border = adjacency[i]!.map((j) => numbers[j]!);
    if (border.length > 0) {
      result.set(number, { numbers: border.sort(), kind: 'border' });
      return;
    }
    const nearest = numbers
      .map((other, j) => ({ other, d: j === i ? Infinity : geoDistance(centres[i]!, centres[j]!) }))
      .sort((x, y) => x.d - y.d)
      .slice(0, count)
      .map((x) => x.other);
    result.set(number, { numbers: nearest, kind: 'nearest' });
  });
  return result;
}
