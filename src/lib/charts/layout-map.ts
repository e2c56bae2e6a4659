/**
 * The coverage map laid out with D3: mainland Norway (Natural Earth's
 * public-domain outline, from the world-atlas package) in a transverse
 * Mercator projection centred on 15° E, as Norwegian maps use, and a dot per
 * municipality at its administrative centre.
 */
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Coverage, MapPoint } from './coverage.ts';
import type { DistrictColour } from './palette.ts';
import { px } from './text.ts';

/** Norway's id in Natural Earth / world-atlas (ISO 3166-1 numeric). */
export const NORWAY_ID = '578';

/** Mainland Norway and its coastal islands: Svalbard and Jan Mayen (north of 72° N or west of 3° E) left out. */
export function mainlandNorway(topology: Topology): Feature<MultiPolygon> {
  const countries = topology.objects.countries as GeometryCollection;
  const norway = countries.geometries.find((g) => String(g.id) === NORWAY_ID);
  if (!norway) throw new Error(`world-atlas: no country with id ${NORWAY_ID} (Norway) in the topology`);
  const f = feature(topology, norway) as Feature<MultiPolygon | Polygon>;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const mainland = polygons.filter((polygon) => polygon[0]!.every(([lon, lat]) => lat! < 72 && lon! > 3));
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: mainland } };
}

/** A municipality's dot in place. */
export interface PlacedPoint {
  point: MapPoint;
  x: number;
  y: number;
  /** Radius: smaller when there are many dots, so neighbours stay apart. */
  r: number;
  /** The district's colour for a municipality with an agreement; none (hollow, outlined in it) for a joint-council member. */
  fill: string;
  stroke: string;
}

/** The map in px. */
export interface MapLayout {
  width: number;
  height: number;
  /** The outline of Norway as an SVG path. */
  outline: string;
  points: PlacedPoint[];
}

let outlineCache: { key: string; projection: GeoProjection; outline: string } | undefined;

/** The projection and outline for a map of `width` × `height` px, computed once per size. */
function norwayOutline(width: number, height: number) {
  const key = `${width}x${height}`;
  if (outlineCache?.key !== key) {
    const norway = mainlandNorway(countries50m as unknown as Topology);
    const projection = geoTransverseMercator()
      .rotate([-15, -65])
      .fitExtent(
        [
          [8, 8],
          [width - 8, height - 8],
        ],
        norway,
      );
    outlineCache = { key, projection, outline: geoPath(projection).digits(0)(norway) ?? '' };
  }
  return outlineCache;
}

/** Lays out the coverage map: Norway's outline and a dot per municipality, joint-council members under those with an agreement. */
export function layoutMap(data: Coverage, colours: ReadonlyMap<string, DistrictColour>, { width = 400, height = 540 } = {}): MapLayout {
  const { projection, outline } = norwayOutline(width, height);
  const r = data.points.length > 60 ? 4 : 6;
  const order = (p: MapPoint) => (p.kind === 'joint' ? 0 : 1);
  const points = [...data.points]
    .sort((a, b) => order(a) - order(b) || (b.municipality.coordinates!.lat - a.municipality.coordinates!.lat))
    .flatMap((point): PlacedPoint[] => {
      const { lat, lon } = point.municipality.coordinates!;
      const xy = projection([lon, lat]);
      if (!xy) return [];
      const colour = colours.get(point.district.id);
      return [
        {
          point,
          x: px(xy[0]),
          y: px(xy[1]),
          r: point.kind === 'agreement' ? r : r - 1,
          fill: point.kind === 'agreement' ? (colour?.fill ?? '#777777') : '#ffffff',
          stroke: point.kind === 'agreement' ? '#1a1a1a' : (colour?.colour ?? '#777777'),
        },
      ];
    });
  return { width, height, outline, points };
}
