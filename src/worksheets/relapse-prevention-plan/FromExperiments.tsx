import { useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { experimentTracker } from "../experiment-tracker/store";
import { learnedFromExperiments } from "./plan";
import { appendLines, holdsLine } from "./edit";
import { worksheetPartPath, worksheetPath } from "../../engine/core/routes";
import { fill, T } from "./data";
import { focusOn } from "../../engine/core/focus";

interface Props {
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
export function FromExperiments({ text, set, fieldId }: Props) {
  const lines = learnedFromExperiments(useStore(experimentTracker.$records));
  const [message, setMessage] = useState("");
  const t = T.experiments;
  return (
    <div class="rpp-from card no-print">
      <h3>{t.heading}</h3>
      <p>{lines.length ? t.intro : t.none}</p>
      {lines.length > 0 && (
        <ul>
          {lines.map((l) => (
            <li key={l.id}>
              {l.text} <span class="muted">({fill(t.tested, l.belief)})</span>{" "}
              {holdsLine(text, l.text) ? (
                <span class="rpp-in">{t.inPlan}</span>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  aria-label={fill(t.addLabel, l.text)}
                  onClick={() => {
                    set(appendLines(text, l.text));
                    setMessage(t.added);
                    focusOn(fieldId);
                  }}
                >
                  {t.add}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
      <p>
        <a href={worksheetPartPath(TRACKER, "insights")}>{t.insights}</a> ·{" "}
        <a href={worksheetPath(TRACKER)}>{t.list}</a>
      </p>
    </div>
  );
}
