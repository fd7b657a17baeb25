import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeWithOffsets } from "./normalize.js";

test("curly quotes and dashes are unified without moving offsets", () => {
  const { norm, map } = normalizeWithOffsets("Arnor\u2019s \u201cking\u201d \u2014 Elessar");
  assert.equal(norm, `Arnor's "king" - Elessar`);
  assert.equal(map, null);
});

test("NFC composition keeps a map back to the original offsets", () => {
  const text = "Gondo\u0301r and Ro\u0308han";
  const { norm, map } = normalizeWithOffsets(text);
  assert.equal(norm, "Gondór and Röhan");
  assert.ok(map);
  const start = norm.indexOf("and");
  assert.equal(text.slice(map[start], map[start + 3]), "and");
  assert.equal(map[norm.length], text.length);
});

test("control and bidirectional characters become spaces, offsets unchanged", () => {
  const text = "Colonel \u001b[31mKurtz\u0007 left on Monday.\u202e Rebels fled.";
  const { norm, map } = normalizeWithOffsets(text);
  assert.equal(norm, "Colonel  [31mKurtz  left on Monday.  Rebels fled.");
  assert.equal(norm.length, text.length);
  assert.equal(map, null);
});
