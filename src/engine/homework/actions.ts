import { derive } from "../core/derive";
import type { Homework } from "./assignment";
import { homework } from "./store";

// What the homework panel reads and does, kept apart from ./store.ts so that
// pages which only count or export the store (My data) do not load it.

/** Assignments, soonest due first; those with no due date last. */
export const $assignments = derive(homework.$records, (records) =>
  [...records].sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999")),
);

/** Remembers an accepted assignment (and the entry it made), so the link adds it only once. */
export function rememberAssignment(hw: Homework, entryId?: string): void {
  homework.create(
    {
      kind: "assignment",
      worksheet: hw.w,
      ...(hw.from ? { from: hw.from } : {}),
      ...(hw.note ? { note: hw.note } : {}),
      ...(hw.due ? { due: hw.due } : {}),
      ...(entryId ? { entryId } : {}),
    },
    hw.id,
  );
}

export const setDone = (id: string, done: boolean) =>
  homework.update(id, done ? { doneAt: new Date().toISOString() } : { doneAt: undefined });
