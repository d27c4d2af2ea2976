import { removeWithUndo } from "../../engine/ui/undo";
import { selfScreen } from "./store";

/**
 * The self-screen's store actions for its results page. Kept apart from
 * ./store.ts, so pages that only read the store (My data, the questions page)
 * do not load what Undo needs.
 */

/** Deletes a result; returns its undo, true when the result is back as it was. */
export const deleteResult = (id: string) => removeWithUndo(selfScreen, [id]);
