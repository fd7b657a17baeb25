/** Plain text of an HTML fragment or document, with a blank line between blocks. */
import { parseHTML } from "linkedom";

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD", "TITLE"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collect(node: DomNode, blocks: string[], current: { text: string }): void {
  if (node.nodeType === TEXT_NODE) {
    current.text += node.textContent ?? "";
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  const block = BLOCKS.has(name);
  if (block) flush(blocks, current);
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) collect(child, blocks, current);
  }
  if (block) flush(blocks, current);
}

function flush(blocks: string[], current: { text: string }): void {
  const text = current.text.replace(/\s+/g, " ").trim();
  if (text !== "") blocks.push(text);
  current.text = "";
}

/** Text of a DOM node: paragraphs separated by blank lines, whitespace collapsed inside them. */
export function nodeText(node: unknown): string {
  const blocks: string[] = [];
  const current = { text: "" };
  collect(node as DomNode, blocks, current);
  flush(blocks, current);
  return blocks.join("\n\n");
}

/** Text of an HTML fragment (e.g. a feed item's description). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, " ").trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeText(document.body);
}
