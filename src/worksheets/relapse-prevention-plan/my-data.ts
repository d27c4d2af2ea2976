import { live } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { RelapsePlanRecord } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview), in the words of words/my-data.<locale>.json,
// and what may be archived. Apart from store.ts, so the pages that use the
// store do not load it.

export function describe(value: StoredValue<RelapsePlanRecord>, say: Say): string {
  const rs = live(value.records);
  const written = rs.filter((r) => r.kind === "section" && r.text.trim()).length;
  const people = rs.filter((r) => r.kind === "contact").length;
  return say("count", {
    sections: say("sections", { count: written }),
    contacts: say("contacts", { count: people }),
  });
}

// No `archive`: nothing of the plan is archived, as it is what the worksheet needs to work.

/** Nothing: the plan is one living document, kept whole however old its parts are. */
export const archive = undefined;
