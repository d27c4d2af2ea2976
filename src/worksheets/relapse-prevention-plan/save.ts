// The homework page's adapter imports these from here; they are the store's actions.
export { applyChanges, saveReviewDate, saveSection } from "./store";
