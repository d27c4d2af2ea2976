import * as v from "../core/validate";
import { assignable, partsOf } from "../../worksheets/registry";
import { assignmentSchema, type Homework, type PrefillSchema } from "./assignment";

export type { Homework } from "./assignment";
export { FROM_MAX, HOMEWORK_VERSION, NOTE_MAX, PREFILL_TEXT_MAX } from "./limits";

const prefills = new Map(
  partsOf(
    import.meta.glob<PrefillSchema>("../../worksheets/*/prefill.ts", {
      eager: true,
      import: "prefillSchema",
    }),
    "prefill.ts",
  ),
);

/**
 * Every assignable worksheet's assignments, told apart by `w`, in registry
 * order, each with the pre-fill schema from its folder's prefill.ts. (A
 * homework page checks links with its own worksheet's part alone.)
 */
export const homeworkSchema: v.Schema<Homework> = v.variant(
  "w",
  assignable.map((w) => assignmentSchema(w.slug, prefills.get(w))),
);
