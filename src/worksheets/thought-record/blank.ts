import type { ThoughtDraft } from "./record";

/*
 * A new, empty draft, apart from the form's checks, so the homework page can
 * start a thought record without loading them.
 */

const pad = (n: number): string => String(n).padStart(2, "0");

/** A Date as a datetime-local value in the device's time zone, "YYYY-MM-DDTHH:mm". */
export const localFromDate = (d: Date): string =>
  `${String(d.getFullYear()).padStart(4, "0")}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
  `T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** A draft with nothing written yet, dated `now`. */
export function emptyThoughtDraft(now: Date): ThoughtDraft {
  return {
    when: localFromDate(now),
    situation: "",
    emotions: [],
    automaticThought: "",
    beliefBefore: "",
    traps: [],
    evidenceFor: "",
    evidenceAgainst: "",
    balancedThought: "",
    balancedBelief: "",
    beliefAfter: "",
  };
}
