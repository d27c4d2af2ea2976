import type { CostsEntry } from "./schema";
import type { EntryFields } from "./entry";
import { costsAndBenefits } from "./store";
import { removeWithUndo } from "../../engine/ui/undo";

/*
 * The worksheet's actions: the only way its island changes the store. Kept
 * apart from ./store.ts so pages that only read the store do not load them.
 */

/**
 * Saves an entry: a new one when `id` is empty, else the edit. If another tab
 * deleted it meanwhile, the person's words are kept as a new entry.
 */
export const saveEntry = (id: string | undefined, fields: EntryFields): CostsEntry =>
  (id && costsAndBenefits.update(id, fields)) ||
  costsAndBenefits.create({ kind: "entry", ...fields });

export const deleteEntry = (id: string) => removeWithUndo(costsAndBenefits, [id]);
