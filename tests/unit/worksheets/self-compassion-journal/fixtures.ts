import type { JournalEntry } from "../../../../src/worksheets/self-compassion-journal/schema";

const t = "2026-11-20T10:00:00.000Z";

/** A stored journal entry for tests: nothing answered unless `fields` says so. */
export const entry = (id: string, fields: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  kind: "entry",
  createdAt: t,
  updatedAt: t,
  day: "2026-11-19",
  whatHappened: "",
  whatISaid: "",
  whatIdSayToAFriend: "",
  strength: "",
  ...fields,
});
