import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { terminalLine, terminalText } from "./terminal-text.js";
import { textTable } from "./text-table.js";

describe("terminal-safe text", () => {
  it("shows C0, C1 and bidi control characters as placeholders, keeping line breaks and tabs in text", () => {
    assert.equal(terminalText("a\u001b[2J\u001b]0;pwned\u0007b\r\nc\td\u009b31m\u202eevil\u2066x\u200f"), "a␛[2J␛]0;pwned␇b\nc\td�31m�evil�x�");
    assert.equal(terminalText("carriage\rreturn\u007f"), "carriage␍return␡");
    assert.equal(terminalLine("Colonel\n\t\u001b[31mKurtz"), "Colonel ␛[31mKurtz");
  });

  it("makes every table cell safe and aligns on what is shown", () => {
    const table = textTable(["name", "n"], [["\u001b[2JKurtz\u202e", "1"], ["Anna", "2"]]);
    assert.equal(table, "name        n\n----------  -\n␛[2JKurtz�  1\nAnna        2\n");
  });
});
