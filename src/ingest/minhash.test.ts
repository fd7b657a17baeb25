import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { BANDS, SIGNATURE_SIZE, bandKeys, bestDuplicate, estimateSimilarity, minhashSignature } from "./minhash.js";
import { cleanText, contentHash } from "./hash.js";
import { guessLanguage } from "./language.js";

const STORY =
  "Mordor Army raided villages near Osgiliath on Monday, officials said. Gondor Council condemned the raid and called " +
  "on its allies in Arnor to send help. Residents described hours of fighting and said many families had fled across " +
  "the river before dawn. The council said it would meet again on Wednesday to decide on further steps.";

describe("minhash", () => {
  it("finds a lightly edited copy similar and another story not", () => {
    const a = minhashSignature(STORY);
    const edited = minhashSignature(STORY.replace("Monday", "Monday morning").replace("many families", "hundreds of families") + " More soon.");
    const other = minhashSignature("Arnor Rangers met Gondor Council in Minas Tirith to discuss grain deliveries to the north before the winter sets in, both sides said.");
    assert.ok(a && edited && other);
    assert.equal(a.length, SIGNATURE_SIZE);
    assert.ok(estimateSimilarity(a, edited) >= 0.5, `edited copy: ${estimateSimilarity(a, edited)}`);
    assert.ok(estimateSimilarity(a, other) < 0.2);
    assert.equal(estimateSimilarity(a, minhashSignature(STORY.toUpperCase())!), 1);
    assert.equal(minhashSignature("Too short."), null);
  });

  it("bands a signature and explains a match", () => {
    const a = minhashSignature(STORY);
    const keys = bandKeys(a);
    assert.equal(keys.length, BANDS);
    assert.deepEqual(bandKeys(minhashSignature(STORY)), keys);
    assert.deepEqual(bandKeys(null), []);
    const match = bestDuplicate(minhashSignature(STORY + " Updated."), [{ docId: "raid", minhash: a! }]);
    assert.equal(match?.docId, "raid");
    assert.equal(match?.method, "minhash");
    assert.match(match?.reason ?? "", /^estimated Jaccard similarity 0\.\d\d of 4-word shingles with raid/);
    assert.equal(bestDuplicate(a, [{ docId: "other", minhash: minhashSignature("Arnor Rangers met Gondor Council in Minas Tirith to talk grain and roads today.")! }]), null);
  });
});

describe("content hash", () => {
  it("ignores whitespace layout but not words", () => {
    assert.equal(contentHash("Gondor  met\nArnor. "), contentHash("Gondor met Arnor."));
    assert.notEqual(contentHash("Gondor met Arnor."), contentHash("Gondor met Mordor."));
    assert.equal(cleanText("a\u0000b\r\nc"), "a b\nc");
  });
});

describe("language guess", () => {
  it("tells English from Spanish and gives up on short text", () => {
    assert.equal(guessLanguage(STORY), "en");
    assert.equal(guessLanguage("El ejército de Mordor atacó los pueblos cerca de Osgiliath el lunes, según dijeron los funcionarios de la ciudad, y el consejo de Gondor condenó el ataque con una declaración."), "es");
    assert.equal(guessLanguage("Gondor met Arnor."), null);
  });
});
