import type { EventFilter, Store } from "../store/index.js";
import { acledProfile } from "./acled.js";
import { gdeltProfile } from "./gdelt.js";
import { geojsonProfile } from "./geojson.js";
import { ploverProfile } from "./plover.js";
import type { ExportProfile, ExportProfileName } from "./profile.js";

export const PROFILES: Readonly<Record<ExportProfileName, ExportProfile>> = {
  plover: ploverProfile,
  gdelt: gdeltProfile,
  acled: acledProfile,
  geojson: geojsonProfile,
};

export interface ExportCounts {
  written: number;
  /** Matching events the profile has no place for. */
  left: number;
}

/** Streams matching events through a profile; `write` may return a promise to apply back-pressure. */
export async function exportEvents(
  store: Store,
  profile: ExportProfile,
  filter: EventFilter,
  write: (chunk: string) => void | Promise<void>,
): Promise<ExportCounts> {
  const writer = profile.createWriter();
  const counts: ExportCounts = { written: 0, left: 0 };
  await write(writer.start());
  let buffer = "";
  for await (const event of store.streamEvents(filter)) {
    const text = writer.write(event);
    if (text === null) {
      counts.left++;
      continue;
    }
    counts.written++;
    buffer += text;
    if (buffer.length > 64 * 1024) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer + writer.end());
  return counts;
}
