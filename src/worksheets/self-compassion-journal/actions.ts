import type { JournalEntry } from "./schema";
import type { EntryFields } from "./journal";
import { selfCompassionJournal } from "./store";
import { removeWithUndo } from "../../engine/ui/undo";

/*
 * The journal's actions: the only way its islands change the store. Kept
 * apart from ./store.ts so that pages which only read or export the store
 * (homework, My data) do not load them.
 */

/**
 * Saves an entry: a new one when `id` is empty, else the edit. If another tab
 * deleted it meanwhile, the person's words are kept as a new entry.
 */
export const saveEntry = (id: string | undefined, fields: EntryFields): JournalEntry =>
  (id && selfCompassionJournal.update(id, fields)) ||
  selfCompassionJournal.create({ kind: "entry", ...fields });

export const deleteEntry = (id: string) => removeWithUndo(selfCompassionJournal, [id]);
