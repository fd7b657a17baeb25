import { saveToken, savedToken } from "./api.js";
import { clear, h, message } from "./dom.js";
import { renderArticle } from "./views/article.js";
import { renderEvents } from "./views/events.js";
import { renderMap } from "./views/map.js";
import { renderNetwork } from "./views/network.js";
import { renderReview } from "./views/review.js";
import { renderTimeline } from "./views/timeline.js";

type View = (root: HTMLElement, args: string[], params: URLSearchParams) => Promise<void>;

const VIEWS: readonly { path: string; label: string; render: View }[] = [
  { path: "article", label: "Articles", render: renderArticle },
  { path: "events", label: "Events", render: renderEvents },
  { path: "timeline", label: "Timeline", render: renderTimeline },
  { path: "network", label: "Actor network", render: renderNetwork },
  { path: "map", label: "Map", render: renderMap },
  { path: "review", label: "Review", render: renderReview },
];

/** Routes are #/view/arg?params, so every view can be linked and reloaded. */
async function route(): Promise<void> {
  const root = document.getElementById("view");
  const nav = document.getElementById("nav");
  if (!root || !nav) return;
  const hash = location.hash.replace(/^#\/?/, "");
  const [pathPart = "", search = ""] = hash.split("?");
  const [name = "article", ...args] = pathPart.split("/").map(decodeURIComponent);
  const view = VIEWS.find((v) => v.path === name) ?? VIEWS[0];
  clear(nav);
  for (const v of VIEWS) nav.append(h("a", { href: `#/${v.path}`, class: v === view ? "active" : null, "data-view": v.path }, v.label));
  if (!view) return;
  clear(root);
  root.dataset["view"] = view.path;
  root.append(message("Loading…"));
  try {
    const content = h("div", { class: `view view-${view.path}` });
    await view.render(content, args, new URLSearchParams(search));
    clear(root);
    root.append(content);
  } catch (error) {
    clear(root);
    root.append(message(error instanceof Error ? error.message : String(error), "error"));
  }
  root.dataset["ready"] = "true";
}

const tokenInput = document.getElementById("token");
if (tokenInput instanceof HTMLInputElement) {
  tokenInput.value = savedToken();
  tokenInput.addEventListener("change", () => saveToken(tokenInput.value.trim()));
}
window.addEventListener("hashchange", () => void route());
void route();
