/**
 * Text made safe to print on a terminal. Names, titles and ids come from the articles read, so
 * they may hold escape sequences (clear the screen, retitle the window) or bidi overrides that
 * reorder what is shown. Human-readable output replaces them with visible placeholders: C0
 * controls and DEL by their Control Pictures symbol (ESC shows as ␛), C1 controls and bidi
 * controls by U+FFFD (�). Machine formats are escaped by their own rules instead.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same with tab and line feed, for one-line cells. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function placeholder(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return "\uFFFD";
}

/** Text for a terminal: line breaks and tabs kept (CR LF becomes LF), every other control character made visible. */
export function terminalText(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(UNSAFE, placeholder);
}

/** One line for a terminal: runs of white space become one space, control characters made visible. */
export function terminalLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(UNSAFE_IN_LINE, placeholder);
}
