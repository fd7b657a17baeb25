import { XMLParser, XMLValidator } from "fast-xml-parser";
import { TacitusError } from "../../errors/index.js";
import { toIsoDate } from "../jsonl.js";
import { htmlToText } from "./html-text.js";
import type { Reader, SourceDocument } from "./reader.js";

const MAX_FEED_BYTES = 64 * 1024 * 1024;

type Node = Record<string, unknown>;

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function child(node: unknown, key: string): unknown {
  return typeof node === "object" && node !== null && !Array.isArray(node) ? (node as Node)[key] : undefined;
}

/** The text of an element whether the parser gave a string, a number or {#text, @_attrs}. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  const inner = child(value, "#text");
  return inner === undefined ? null : textOf(inner);
}

function first(node: unknown, keys: readonly string[]): string | null {
  for (const key of keys) {
    const text = textOf(child(node, key));
    if (text) return text;
  }
  return null;
}

/** Atom links are elements with href attributes; prefer rel="alternate" (or no rel). */
function atomLink(entry: unknown): string | null {
  const links = list(child(entry, "link"));
  for (const link of links) {
    const rel = child(link, "@_rel");
    const href = child(link, "@_href");
    if (typeof href === "string" && (rel === undefined || rel === "alternate")) return href;
  }
  const direct = textOf(links[0]);
  return direct && /^https?:/.test(direct) ? direct : null;
}

interface FeedItem {
  node: unknown;
  atom: boolean;
}

function feedItems(root: Node): FeedItem[] | null {
  const rss = child(root, "rss");
  if (rss !== undefined) return list(child(child(rss, "channel"), "item")).map((node) => ({ node, atom: false }));
  const rdf = child(root, "rdf:RDF");
  if (rdf !== undefined) return list(child(rdf, "item")).map((node) => ({ node, atom: false }));
  const feed = child(root, "feed");
  if (feed !== undefined) return list(child(feed, "entry")).map((node) => ({ node, atom: true }));
  return null;
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom feed file: one document per item with text. */
export const feedReader: Reader = {
  format: "feed",
  extensions: [".rss", ".atom", ".xml"],
  maxBytes: MAX_FEED_BYTES,
  sniff: (head) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/.test(head),
  read(xml, origin) {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      throw new TacitusError(
        "INPUT_MALFORMED",
        `${origin.name}:${valid.err.line}: not a well-formed feed (${valid.err.msg}); check the file is complete RSS or Atom.`,
      );
    }
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", textNodeName: "#text", htmlEntities: true, processEntities: true });
    const items = feedItems(parser.parse(xml) as Node);
    if (!items) {
      throw new TacitusError("INPUT_MALFORMED", `${origin.name}: XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>).`);
    }
    const docs: SourceDocument[] = [];
    const problems: TacitusError[] = [];
    items.forEach(({ node, atom }, index) => {
      const where = `${origin.name}#${index + 1}`;
      const body = first(node, atom ? ["content", "summary"] : ["content:encoded", "description", "content"]);
      const text = body ? htmlToText(body) : "";
      if (text.trim() === "") {
        problems.push(new TacitusError("INPUT_EMPTY", `${where}: feed item has no text (no description or content); skipped.`));
        return;
      }
      const title = first(node, ["title"]);
      const url = atom ? atomLink(node) : first(node, ["link"]);
      const guid = first(node, atom ? ["id"] : ["guid"]);
      docs.push({
        id: guid ?? url ?? `${origin.id}#${index + 1}`,
        text,
        title: title ? htmlToText(title) : null,
        url,
        publishedAt: toIsoDate(first(node, atom ? ["published", "updated"] : ["pubDate", "dc:date", "published"])),
        source: where,
      });
    });
    return { docs, problems };
  },
};
