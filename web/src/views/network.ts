/** Who acts on whom: actors on a circle, arrows coloured by event type and as thick as their count. */
import { api } from "../api.js";
import { typeColor } from "../colors.js";
import { h, message, s } from "../dom.js";
import { filterForm, readFilters } from "../filters.js";

const MAX_ACTORS = 40;

export async function renderNetwork(root: HTMLElement, _args: string[], params: URLSearchParams): Promise<void> {
  const filters = readFilters(params);
  const { edges } = await api.network({ ...filters, limit: 400 });
  root.append(filterForm("network", filters));
  if (edges.length === 0) {
    root.append(message("No events with both an actor and a recipient match these filters."));
    return;
  }
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.actor, (weight.get(e.actor) ?? 0) + e.events);
    weight.set(e.recipient, (weight.get(e.recipient) ?? 0) + e.events);
  }
  const actors = [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_ACTORS).map(([name]) => name);
  const size = 720;
  const c = size / 2;
  const radius = size / 2 - 150;
  const pos = new Map<string, { x: number; y: number; angle: number }>();
  actors.forEach((name, i) => {
    const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2;
    pos.set(name, { x: c + radius * Math.cos(angle), y: c + radius * Math.sin(angle), angle });
  });
  const maxEdge = Math.max(...edges.map((e) => e.events));
  const svg = s("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, class: "network", role: "img", "aria-label": "actor network" });
  const defs = s("defs");
  const types = [...new Set(edges.map((e) => e.event))];
  for (const t of types) {
    defs.append(s("marker", { id: `arrow-${t}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: typeColor(t) })));
  }
  svg.append(defs);
  // Several types between one pair curve apart so each stays visible.
  const pairIndex = new Map<string, number>();
  for (const e of edges) {
    const a = pos.get(e.actor);
    const b = pos.get(e.recipient);
    if (!a || !b || e.actor === e.recipient) continue;
    const pair = `${e.actor}\u0000${e.recipient}`;
    const k = pairIndex.get(pair) ?? 0;
    pairIndex.set(pair, k + 1);
    const mx = (a.x + b.x) / 2 + (c - (a.x + b.x) / 2) * (0.25 + 0.12 * k);
    const my = (a.y + b.y) / 2 + (c - (a.y + b.y) / 2) * (0.25 + 0.12 * k);
    svg.append(
      s("path", {
        d: `M ${a.x} ${a.y} Q ${mx} ${my} ${b.x} ${b.y}`, fill: "none", stroke: typeColor(e.event), "stroke-opacity": 0.75,
        "stroke-width": 1 + (5 * e.events) / maxEdge, "marker-end": `url(#arrow-${e.event})`, class: "edge", "data-type": e.event,
      }, s("title", {}, `${e.actor} → ${e.recipient}: ${e.events} ${e.event}`)),
    );
  }
  for (const name of actors) {
    const p = pos.get(name);
    if (!p) continue;
    const r = 4 + Math.sqrt(weight.get(name) ?? 1) * 2;
    const right = Math.cos(p.angle) >= 0;
    svg.append(
      s("circle", { cx: p.x, cy: p.y, r, class: "node" }, s("title", {}, `${name}: ${weight.get(name) ?? 0} events`)),
      s("text", { x: p.x + (right ? r + 4 : -r - 4), y: p.y + 4, "text-anchor": right ? "start" : "end", class: "node-label" }, name.length > 28 ? `${name.slice(0, 27)}…` : name),
    );
  }
  const legend = h("div", { class: "legend" }, ...types.sort().map((t) => h("span", { class: "swatch-item" }, h("span", { class: "swatch", style: `background:${typeColor(t)}` }), t)));
  root.append(h("h2", {}, `Who acts on whom (${actors.length} most active actors)`), legend, svg);
}
