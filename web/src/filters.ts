/** The event filter form shared by the explorer, timeline, network and map; its state lives in the URL. */
import { EVENT_TYPES, query } from "./api.js";
import { h } from "./dom.js";

export const FILTER_KEYS = ["actor", "country", "type", "since", "until", "place", "text"] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function readFilters(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

export function filterForm(view: string, filters: Filters): HTMLFormElement {
  const input = (name: keyof Filters, label: string, type = "text", placeholder = ""): HTMLElement =>
    h("label", {}, label, h("input", { name, type, value: filters[name] ?? "", placeholder }));
  const form = h(
    "form",
    { class: "filters", id: "filters" },
    input("actor", "Actor", "text", "name or code"),
    input("country", "Country", "text", "VEN"),
    h(
      "label",
      {},
      "Type",
      h("select", { name: "type" }, h("option", { value: "" }, "any"), ...EVENT_TYPES.map((t) => h("option", { value: t, selected: filters.type === t }, t))),
    ),
    input("since", "Since", "date"),
    input("until", "Until", "date"),
    input("place", "Place"),
    input("text", "Text", "search", "words in the article"),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next: Record<string, string> = {};
    for (const key of FILTER_KEYS) {
      const value = data.get(key);
      if (typeof value === "string" && value.trim() !== "") next[key] = value.trim();
    }
    location.hash = `#/${view}${query(next)}`;
  });
  return form;
}
