import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { TacitusError } from "../../errors/index.js";
import { MAX_DOCUMENT_BYTES } from "../decode.js";
import { toIsoDate } from "../jsonl.js";
import { htmlToText, nodeText } from "./html-text.js";
import type { Reader } from "./reader.js";

/** Largest HTML page read: pages carry markup and scripts around the article. */
const MAX_HTML_BYTES = 4 * MAX_DOCUMENT_BYTES;

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

function attr(doc: MetaDocument, selectors: readonly string[], name: string): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/** datePublished from JSON-LD blocks, when a page has them. */
function jsonLdDate(doc: MetaDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]?.textContent ?? "");
    if (match?.[1]) return match[1];
  }
  return null;
}

function pageMeta(doc: MetaDocument): { title: string | null; url: string | null; date: string | null } {
  const title =
    attr(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'], "content") ??
    (doc.querySelector("title")?.textContent?.trim() || null);
  const url = attr(doc, ['link[rel="canonical"]'], "href") ?? attr(doc, ['meta[property="og:url"]'], "content");
  const date =
    attr(
      doc,
      [
        'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
        'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]',
        'meta[property="og:published_time"]',
      ],
      "content",
    ) ??
    attr(doc, ["time[datetime]"], "datetime") ??
    jsonLdDate(doc);
  return { title, url, date };
}

/** A whole page for the parser, which builds no document from a fragment or from text without an <html> element. */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<!doctype html><html><body>${html.replace(/^\s*<!doctype[^>]*>/i, "")}</body></html>`;
}

/** An HTML page: the main text by Readability, title, date and URL from its meta tags. */
export const htmlReader: Reader = {
  format: "html",
  extensions: [".html", ".htm", ".xhtml"],
  maxBytes: MAX_HTML_BYTES,
  sniff: (head) => /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|article|p|div)[\s>]/i.test(head),
  read(html, origin) {
    let parsed: ReturnType<typeof parseHTML>;
    try {
      parsed = parseHTML(asDocument(html));
    } catch (cause) {
      throw new TacitusError("INPUT_MALFORMED", `${origin.name}: cannot parse the HTML; save the page again or give its text.`, { cause });
    }
    const document = parsed.document;
    const meta = pageMeta(document as unknown as MetaDocument);
    let text = "";
    let readableTitle: string | null = null;
    try {
      const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
      if (article?.content) text = htmlToText(article.content);
      readableTitle = article?.title?.trim() || null;
    } catch {
      // Readability gives up on some odd pages; the whole body's text is then the article.
      text = "";
    }
    if (text.trim() === "") text = nodeText(parseHTML(asDocument(html)).document.body);
    if (text.trim() === "") {
      throw new TacitusError("INPUT_EMPTY", `${origin.name}: the page has no readable text; check it is an article, not a script-only page.`);
    }
    return {
      docs: [{ id: origin.id, text, title: meta.title ?? readableTitle, url: meta.url, publishedAt: toIsoDate(meta.date), source: origin.name }],
      problems: [],
    };
  },
};
