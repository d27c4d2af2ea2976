import { useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { experimentTracker } from "../experiment-tracker/store";
import { learnedFromExperiments, type Say } from "./plan";
import { appendLines, holdsLine } from "./edit";
import { worksheetPartPath, worksheetPath } from "../../engine/core/routes";
import { focusOn } from "../../engine/core/focus";

interface Props {
  w: Say;
  /** The section's text now, to tell which lines are in it already. */
  text: string;
  set: (text: string) => void;
  /** The field the lines go into. */
  fieldId: string;
}

const TRACKER = "experiment-tracker";

/**
 * What the person wrote under "what I learned" in their own behavioral
 * experiments, newest first, each ready to add to the plan with one press,
 * and links to the experiments and what they show.
 */
export function FromExperiments({ w, text, set, fieldId }: Props) {
  const lines = learnedFromExperiments(useStore(experimentTracker.$records));
  const [message, setMessage] = useState("");
  return (
    <div class="rpp-from card no-print">
      <h3>{w("experimentsHeading")}</h3>
      <p>{lines.length ? w("experimentsIntro") : w("experimentsNone")}</p>
      {lines.length > 0 && (
        <ul>
          {lines.map((l) => (
            <li key={l.id}>
              {l.text} <span class="muted">({w("experimentsTested", { belief: l.belief })})</span>{" "}
              {holdsLine(text, l.text) ? (
                <span class="rpp-in">{w("experimentsInPlan")}</span>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  aria-label={w("experimentsAddLabel", { line: l.text })}
                  onClick={() => {
                    set(appendLines(text, l.text));
                    setMessage(w("experimentsAdded"));
                    focusOn(fieldId);
                  }}
                >
                  {w("experimentsAdd")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
      <p>
        <a href={worksheetPartPath(TRACKER, "insights")}>{w("experimentsInsights")}</a> ·{" "}
        <a href={worksheetPath(TRACKER)}>{w("experimentsList")}</a>
      </p>
    </div>
  );
}
