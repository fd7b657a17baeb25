/**
 * Events on an equirectangular world drawn on a canvas from bundled Natural Earth shapes
 * (world-atlas, 1:110m), with no tiles from anywhere: events placed at a city are points;
 * country-level places shade their country.
 */
import type { Geometry, Position } from "geojson";
import codes from "i18n-iso-countries/codes.json";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { api, type ApiEvent } from "../api.js";
import { QUAD_COLORS } from "../colors.js";
import { h, message } from "../dom.js";
import { filterForm, readFilters } from "../filters.js";

interface Spot {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  precision: string | null;
  count: number;
  quads: Map<string, number>;
}

function spots(events: readonly ApiEvent[]): { placed: Spot[]; countries: Map<string, number>; unplaced: Map<string, number> } {
  const placed = new Map<string, Spot>();
  const countries = new Map<string, number>();
  const unplaced = new Map<string, number>();
  for (const e of events) {
    const loc = e.location;
    if (!loc) continue;
    // Country-level places shade the country rather than pretend to a point at its capital.
    if (loc.country && (loc.precision === "country" || loc.lat === null || loc.lon === null)) {
      countries.set(loc.country, (countries.get(loc.country) ?? 0) + 1);
      continue;
    }
    if (loc.lat === null || loc.lon === null) {
      const key = `${loc.name}${loc.country ? ` (${loc.country})` : ""}`;
      unplaced.set(key, (unplaced.get(key) ?? 0) + 1);
      continue;
    }
    const key = `${loc.lat.toFixed(2)},${loc.lon.toFixed(2)}`;
    const spot = placed.get(key) ?? { name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, precision: loc.precision, count: 0, quads: new Map<string, number>() };
    spot.count++;
    spot.quads.set(e.quad, (spot.quads.get(e.quad) ?? 0) + 1);
    placed.set(key, spot);
  }
  return { placed: [...placed.values()].sort((a, b) => b.count - a.count), countries, unplaced };
}

/** ISO 3166-1 numeric (world-atlas ids) from alpha-3 (event records). */
const NUMERIC_OF = new Map<string, string>((codes as string[][]).map((row) => [row[1] ?? "", row[2] ?? ""]));

function countryShapes(): { id: string; name: string; geometry: Geometry | null }[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((f) => ({ id: String(f.id ?? ""), name: f.properties?.name ?? "", geometry: f.geometry }));
}

function polygons(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

/** The ring with each longitude moved by 360° when that brings it nearer the previous point. */
function unwrap(ring: Position[]): [number, number][] {
  const out: [number, number][] = [];
  let previous: number | null = null;
  for (const [rawLon = 0, lat = 0] of ring) {
    let lon = rawLon;
    if (previous !== null) {
      while (lon - previous > 180) lon -= 360;
      while (previous - lon > 180) lon += 360;
    }
    out.push([lon, lat]);
    previous = lon;
  }
  return out;
}

function dominant(quads: Map<string, number>): string {
  let best = "";
  let n = -1;
  for (const [quad, count] of quads) if (count > n) [best, n] = [quad, count];
  return best;
}

export async function renderMap(root: HTMLElement, _args: string[], params: URLSearchParams): Promise<void> {
  const filters = readFilters(params);
  const fetched = await api.events({ ...filters, limit: 5000, fields: "id,event,quad,location,negated,modality" });
  // A map shows what happened: not "did not impose sanctions", not "will march".
  const events = fetched.events.filter((e) => !e.negated && e.modality === "asserted");
  const notShown = fetched.events.length - events.length;
  root.append(filterForm("map", filters));
  const { placed, countries, unplaced } = spots(events);
  if (placed.length === 0 && countries.size === 0 && unplaced.size === 0) {
    root.append(message("No events with a place match these filters."));
    return;
  }
  const width = 1000;
  const height = 500;
  const canvas = h("canvas", { width, height, class: "world", id: "world-map", "aria-label": "map of event places" });
  const ctx = canvas.getContext("2d");
  const x = (lon: number): number => ((lon + 180) / 360) * width;
  const y = (lat: number): number => ((90 - lat) / 180) * height;
  if (ctx) {
    ctx.fillStyle = "#eef3f7";
    ctx.fillRect(0, 0, width, height);
    const byNumeric = new Map<string, number>();
    for (const [alpha3, n] of countries) byNumeric.set(NUMERIC_OF.get(alpha3) ?? "", n);
    const maxCountry = Math.max(1, ...countries.values());
    ctx.lineWidth = 0.5;
    ctx.strokeStyle = "#9aa5ad";
    for (const shape of countryShapes()) {
      const n = byNumeric.get(shape.id) ?? 0;
      ctx.beginPath();
      for (const polygon of polygons(shape.geometry)) {
        for (const ring of polygon) {
          // Rings crossing the antimeridian (Russia, Fiji) are unwrapped, then drawn again a world away.
          const points = unwrap(ring);
          const lons = points.map(([lon]) => lon);
          const shifts = [0, ...(Math.max(...lons) > 180 ? [-360] : []), ...(Math.min(...lons) < -180 ? [360] : [])];
          for (const shift of shifts) {
            points.forEach(([lon, lat], i) => (i === 0 ? ctx.moveTo(x(lon + shift), y(lat)) : ctx.lineTo(x(lon + shift), y(lat))));
            ctx.closePath();
          }
        }
      }
      ctx.fillStyle = n > 0 ? `rgba(203, 24, 29, ${0.15 + 0.55 * (n / maxCountry)})` : "#dfe5dc";
      ctx.fill("evenodd");
      ctx.stroke();
    }
    ctx.strokeStyle = "rgba(120, 140, 160, 0.35)";
    for (let lon = -180; lon <= 180; lon += 30) {
      ctx.beginPath();
      ctx.moveTo(x(lon), 0);
      ctx.lineTo(x(lon), height);
      ctx.stroke();
    }
    for (let lat = -90; lat <= 90; lat += 30) {
      ctx.beginPath();
      ctx.moveTo(0, y(lat));
      ctx.lineTo(width, y(lat));
      ctx.stroke();
    }
    const max = Math.max(...placed.map((p) => p.count), 1);
    for (const p of [...placed].reverse()) {
      const color = QUAD_COLORS[dominant(p.quads)] ?? "#555";
      const r = 3 + 9 * Math.sqrt(p.count / max);
      ctx.beginPath();
      ctx.arc(x(p.lon), y(p.lat), r, 0, 2 * Math.PI);
      ctx.globalAlpha = 0.85;
      ctx.fillStyle = color;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = "#fff";
      ctx.stroke();
    }
    ctx.fillStyle = "#222";
    ctx.font = "12px sans-serif";
    for (const p of placed.slice(0, 15)) ctx.fillText(p.name, x(p.lon) + 8, y(p.lat) - 6);
  }
  const legend = h(
    "div",
    { class: "legend" },
    ...Object.entries(QUAD_COLORS).map(([quad, color]) => h("span", { class: "swatch-item" }, h("span", { class: "swatch", style: `background:${color}` }), quad.replace("_", " "))),
    h("span", { class: "swatch-item" }, h("span", { class: "swatch", style: "background:rgba(203, 24, 29, 0.5)" }), "country-level places (shade: events)"),
  );
  const list = h(
    "table",
    { class: "places-table" },
    h("thead", {}, h("tr", {}, h("th", {}, "Place"), h("th", {}, "Country"), h("th", {}, "Events"))),
    h(
      "tbody",
      {},
      ...placed.slice(0, 30).map((p) => h("tr", {}, h("td", {}, p.name), h("td", {}, p.country ?? ""), h("td", {}, String(p.count)))),
      ...[...countries.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => h("tr", { class: "country-level" }, h("td", {}, "(whole country)"), h("td", {}, code), h("td", {}, String(n)))),
      ...[...unplaced.entries()].map(([name, n]) => h("tr", { class: "unplaced" }, h("td", {}, `${name} (no coordinates)`), h("td", {}, ""), h("td", {}, String(n)))),
    ),
  );
  const located = placed.reduce((n, p) => n + p.count, 0);
  const countryLevel = [...countries.values()].reduce((n, c) => n + c, 0);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const heading = `${plural(located, "event")} at ${plural(placed.length, "place")}; ${plural(countryLevel, "event")} placed only in ${plural(countries.size, "country").replace(/ys$/, "ies")}`;
  const note = notShown > 0 ? h("p", { class: "note" }, `${plural(notShown, "negated or not asserted event")} (future, hypothetical) not shown.`) : null;
  root.append(h("h2", {}, heading), ...(note ? [note] : []), legend, h("div", { class: "map-layout" }, canvas, list));
}
