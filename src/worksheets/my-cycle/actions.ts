import type { CycleEntry } from "./schema";
import type { CycleFields } from "./cycle";
import { myCycle } from "./store";
import { removeWithUndo } from "../../engine/ui/undo";

/*
 * The cycle's actions: the only way its islands change the store. Apart from
 * ./store.ts, so pages that only read the store (My data, homework) do not load them.
 */

/**
 * Saves a cycle: a new one when `id` is empty, else the edit. If another tab
 * deleted it meanwhile, the person's words are kept as a new one.
 */
export const saveCycle = (id: string | undefined, fields: CycleFields): CycleEntry =>
  (id && myCycle.update(id, fields)) || myCycle.create({ kind: "cycle", ...fields });

export const deleteCycle = (id: string) => removeWithUndo(myCycle, [id]);
