import { derive } from "../core/derive";
import { createCodec } from "../storage/codec";
import { live, madeBefore } from "../storage/merge";
import type { Homework } from "./assignment";
import { migrations, valueSchema, VERSION, type AssignmentRecord } from "./schema";
import { createWorksheetStore } from "../storage/worksheet-store";

/** Homework added from therapists' links: goodenough:homework. Shape: src/engine/homework/schema.ts. */
export const homework = createWorksheetStore(
  createCodec<AssignmentRecord>({
    worksheet: "homework",
    version: VERSION,
    schema: valueSchema,
    migrations,
    archive: madeBefore(),
    describe(value) {
      const n = live(value.records).length;
      return `${n} homework ${n === 1 ? "assignment" : "assignments"}`;
    },
  }),
);

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
