import words from "../../content/safety-caution.json";

/**
 * The safety caution for exposure and experiment advice. Its words live in
 * content/safety-caution.json, so articles, worksheets, print copies,
 * homework pages and templates all say the same thing.
 */
export const caution = words;

/** The id of the caution a worksheet page shows, for "go to the caution" links. */
export const CAUTION_ID = "safety-caution";
