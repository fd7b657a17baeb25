/** Events per day by type: cooperation stacked above the axis, conflict below, so the two read apart. */
import { api, type TimelineRow } from "../api.js";
import { TYPE_QUAD, isConflict, typeColor } from "../colors.js";
import { h, message, s } from "../dom.js";
import { filterForm, readFilters } from "../filters.js";

const DAY_MS = 86_400_000;
/** Longer spans are drawn per month so bars stay visible. */
const MAX_DAYS = 400;

function buckets(rows: readonly TimelineRow[]): { keys: string[]; label: string; keyOf(day: string): string } {
  const days = rows.map((r) => r.day).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return { keys: [], label: "day", keyOf: (d) => d };
  const span = (Date.parse(last) - Date.parse(first)) / DAY_MS + 1;
  const monthly = span > MAX_DAYS;
  const keyOf = (d: string): string => (monthly ? d.slice(0, 7) : d);
  const keys: string[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += DAY_MS) {
    const key = keyOf(new Date(t).toISOString().slice(0, 10));
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return { keys, label: monthly ? "month" : "day", keyOf };
}

export async function renderTimeline(root: HTMLElement, _args: string[], params: URLSearchParams): Promise<void> {
  const filters = readFilters(params);
  const { days } = await api.timeline(filters);
  root.append(filterForm("timeline", filters));
  const { keys, label, keyOf } = buckets(days);
  if (keys.length === 0) {
    root.append(message("No dated events match these filters."));
    return;
  }
  const counts = new Map<string, Map<string, number>>();
  for (const row of days) {
    const key = keyOf(row.day);
    const byType = counts.get(key) ?? new Map<string, number>();
    byType.set(row.event, (byType.get(row.event) ?? 0) + row.events);
    counts.set(key, byType);
  }
  const types = [...new Set(days.map((d) => d.event))].sort((a, b) => (TYPE_QUAD[a] ?? "").localeCompare(TYPE_QUAD[b] ?? "") || a.localeCompare(b));
  let maxUp = 1;
  let maxDown = 1;
  for (const byType of counts.values()) {
    let up = 0;
    let down = 0;
    for (const [type, n] of byType) if (isConflict(TYPE_QUAD[type] ?? "")) down += n; else up += n;
    maxUp = Math.max(maxUp, up);
    maxDown = Math.max(maxDown, down);
  }
  const width = Math.max(600, Math.min(4000, keys.length * 14 + 80));
  const height = 360;
  const left = 50;
  const plot = height - 50;
  const scale = (plot - 20) / (maxUp + maxDown);
  const axisY = 10 + maxUp * scale;
  const bar = (width - left - 10) / keys.length;
  const svg = s("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img", "aria-label": `events per ${label} by type` });
  svg.append(
    s("line", { x1: left, x2: width - 10, y1: axisY, y2: axisY, stroke: "#444" }),
    s("text", { x: 4, y: 20, class: "axis-label" }, "cooperation ↑"),
    s("text", { x: 4, y: plot, class: "axis-label" }, "conflict ↓"),
    s("text", { x: left - 6, y: 14, "text-anchor": "end", class: "tick" }, String(maxUp)),
    s("text", { x: left - 6, y: plot + 4, "text-anchor": "end", class: "tick" }, String(maxDown)),
  );
  keys.forEach((key, i) => {
    const byType = counts.get(key);
    const x = left + i * bar;
    let up = axisY;
    let down = axisY;
    for (const type of types) {
      const n = byType?.get(type) ?? 0;
      if (n === 0) continue;
      const hgt = n * scale;
      const conflict = isConflict(TYPE_QUAD[type] ?? "");
      const y = conflict ? down : up - hgt;
      if (conflict) down += hgt; else up -= hgt;
      svg.append(s("rect", { x: x + 1, y, width: Math.max(1, bar - 2), height: hgt, fill: typeColor(type), "data-type": type, "data-day": key }, s("title", {}, `${key}: ${n} ${type}`)));
    }
    const every = Math.max(1, Math.ceil(keys.length / 12));
    if (i % every === 0) svg.append(s("text", { x: x + bar / 2, y: height - 24, "text-anchor": "middle", class: "tick" }, key));
  });
  const legend = h(
    "div",
    { class: "legend" },
    ...types.map((t) => h("span", { class: "swatch-item" }, h("span", { class: "swatch", style: `background:${typeColor(t)}` }), t)),
  );
  root.append(h("h2", {}, `Events per ${label} by type`), legend, h("div", { class: "scroll-x" }, svg));
}
