/**
 * Simplifies the vendored municipality boundaries once, to what the site's
 * maps need (the national map is at most 1280 px tall), and writes
 * `content/boundaries/kommuner.topojson`. Run again only when the source
 * changes:
 *
 *   npm exec -- node scripts/simplify-boundaries.ts
 *
 * Source: content/boundaries/source/Kommuner-S.topojson (robhop/fylker-og-kommuner,
 * from Kartverket's open data, CC BY 4.0, "© Kartverket"). Output: one
 * GeometryCollection `kommuner`, each geometry with `id` = the municipality
 * number and properties `{ number, name }` (the name as Kartverket writes it,
 * Sami and Kven forms included).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { geoArea } from 'd3';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { BOUNDARY_OBJECT } from '../src/lib/municipalities/boundaries.ts';

const SOURCE = 'content/boundaries/source/Kommuner-S.topojson';
const OUT = 'content/boundaries/kommuner.topojson';
/** Share of the source's points kept: enough for municipal borders at ≤ 1280 px. */
const KEEP = 0.025;
/** Islands smaller than this (steradians; about 10 km²) are dropped, except a municipality's largest polygon and any on a shared border. */
const MIN_ISLAND = 2.5e-7;

type SourceProperties = { kommunenummer: string; kommunenavn: string };
const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology<{ Kommuner: GeometryCollection<SourceProperties> }>;
const sourceObject = source.objects.Kommuner;
const pre = presimplify(source as unknown as Topology<Objects<{}>>, sphericalTriangleArea);
const simplified = simplify(pre, quantile(pre, 1 - KEEP));

// Which source arcs each municipality uses: a polygon on an arc another municipality also uses
// carries a shared border, and is kept however small (else neighbours would be lost).
type ArcPolygon = number[][];
const polygonArcs = (g: (typeof sourceObject.geometries)[number]): ArcPolygon[] =>
  g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
const arcUsers = new Map<number, Set<number>>();
sourceObject.geometries.forEach((g, gi) => {
  for (const polygon of polygonArcs(g)) for (const ring of polygon) for (const a of ring) {
    const arc = a < 0 ? ~a : a;
    if (!arcUsers.has(arc)) arcUsers.set(arc, new Set());
    arcUsers.get(arc)!.add(gi);
  }
});
const sharesBorder = (polygon: ArcPolygon) => polygon.some((ring) => ring.some((a) => (arcUsers.get(a < 0 ? ~a : a)?.size ?? 0) > 1));

const round = (p: Position): Position => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
const features: Feature<MultiPolygon, { number: string; name: string }>[] = sourceObject.geometries.map((g) => {
  const shared = polygonArcs(g).map(sharesBorder);
  const f = feature(simplified, g) as Feature<Polygon | MultiPolygon>;
  // D3 reads a ring's winding as which side is inside (clockwise exterior); the source winds
  // the other way (RFC 7946), so a ring that encloses more than half the globe is turned round.
  const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((polygon) =>
    polygon.map((ring, i) => {
      const large = geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
      // The exterior ring alone encloses the municipality (small); a hole alone encloses the rest of the globe.
      return large === (i === 0) ? [...ring].reverse() : ring;
    }),
  );
  const areas = polygons.map((coordinates) => geoArea({ type: 'Polygon', coordinates }));
  const largest = areas.indexOf(Math.max(...areas));
  const kept = polygons.filter((_, i) => i === largest || areas[i]! >= MIN_ISLAND || shared[i]).map((polygon) => polygon.map((ring) => ring.map(round)));
  const { kommunenummer: number, kommunenavn: name } = g.properties as SourceProperties;
  return { type: 'Feature', id: number, properties: { number, name }, geometry: { type: 'MultiPolygon', coordinates: kept } };
});
features.sort((a, b) => a.properties.number.localeCompare(b.properties.number));
const collection: FeatureCollection = { type: 'FeatureCollection', features };
const out = quantize(topology({ [BOUNDARY_OBJECT]: collection }) as unknown as Topology<Objects<{}>>, 1e5);
const text = `${JSON.stringify(out)}\n`;
// All or nothing: write beside, then rename over the old file.
writeFileSync(`${OUT}.tmp`, text);
renameSync(`${OUT}.tmp`, OUT);
console.log(`${OUT}: ${features.length} municipalities, ${out.arcs.length} arcs, ${(text.length / 1024).toFixed(0)} kB`);
