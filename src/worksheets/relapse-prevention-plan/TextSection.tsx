import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { $storageHealth } from "../../engine/storage/engine";
import { charactersLeft, sectionError } from "./edit";
import type { TextSectionId } from "./schema";
import { useLeaveWarning } from "./data";
import { saveSection } from "./actions";
import type { Say } from "./plan";

interface Props {
  w: Say;
  locale: string;
  id: TextSectionId;
  title: string;
  prompt: string;
  examples: readonly string[];
  /** What the store holds for this section. */
  saved: string;
  /** Extra parts under the field, given the text and a way to replace it. */
  extra?: (text: string, set: (text: string) => void) => ComponentChildren;
}

/** How long typing must pause before the section saves. */
const PAUSE = 600;

/** Lines to write on, where a printed part is empty. */
export const WritingLines = ({ n = 3 }: { n?: number }) => (
  <div class="rpp-lines print-only" aria-hidden="true">
    {Array.from({ length: n }, (_, i) => (
      <span key={i} />
    ))}
  </div>
);

/** Example lines, folded away until asked for; never saved as the person's words. */
export const Examples = ({ examples, w }: { examples: readonly string[]; w: Say }) => (
  <details class="rpp-examples no-print">
    <summary>{w("examples")}</summary>
    <p>{w("examplesLabel")}</p>
    <ul>
      {examples.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  </details>
);

/**
 * One written section of the plan. It saves as the person types (after a
 * short pause, on leaving the field, and when the page is hidden), says so,
 * and never saves, or cuts, a text over the limit: the words stay in the
 * field with a message until they fit.
 */
export function TextSection({ w, locale, id, title, prompt, examples, saved, extra }: Props) {
  const [draft, setDraft] = useState(saved);
  const [state, setState] = useState<"" | "saving" | "saved">(saved ? "saved" : "");
  const health = useStore($storageHealth);
  const last = useRef(saved);
  const current = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const error = sectionError(draft, w, locale);
  const left = charactersLeft(draft, w);
  const fid = `rpp-${id}-text`;
  useLeaveWarning(!!error);

  const commit = () => {
    clearTimeout(timer.current);
    const text = current.current;
    if (sectionError(text, w, locale)) return setState("");
    if (text !== last.current) {
      last.current = text;
      saveSection(id, text);
    }
    setState((s) => s && "saved");
  };
  const change = (text: string, now?: boolean) => {
    current.current = text;
    setDraft(text);
    setState("saving");
    clearTimeout(timer.current);
    if (now) commit();
    else timer.current = setTimeout(commit, PAUSE);
  };

  // Another tab, a homework link or "Add" changed it: show that, unless the person has unsaved words here.
  useEffect(() => {
    if (saved === last.current) return;
    if (current.current === last.current) {
      current.current = saved;
      setDraft(saved);
    }
    last.current = saved;
  }, [saved]);

  // Save what is waiting when the page is hidden or closed.
  useEffect(() => {
    addEventListener("pagehide", commit);
    document.addEventListener("visibilitychange", commit);
    return () => {
      removeEventListener("pagehide", commit);
      document.removeEventListener("visibilitychange", commit);
    };
  }, []);

  return (
    <section class="rpp-section" id={`rpp-${id}`} aria-labelledby={`rpp-${id}-h`}>
      <h2 id={`rpp-${id}-h`}>
        <label for={fid}>{title}</label>
      </h2>
      <p class="rpp-prompt no-print" id={`${fid}-prompt`}>
        {prompt}
      </p>
      <Examples examples={examples} w={w} />
      {error && (
        <p id={`${fid}-err`} class="field-error no-print">
          {error}
        </p>
      )}
      <textarea
        id={fid}
        class="no-print"
        rows={4}
        value={draft}
        aria-describedby={`${fid}-prompt ${error ? `${fid}-err ` : left ? `${fid}-count ` : ""}${fid}-state`}
        aria-invalid={error ? "true" : undefined}
        onInput={(e) => change(e.currentTarget.value)}
        onBlur={commit}
      />
      {!error && left && (
        <p id={`${fid}-count`} class="rpp-state no-print">
          {left}
        </p>
      )}
      <p id={`${fid}-state`} class="rpp-state no-print">
        {error
          ? w("notSaved")
          : state === "saving"
            ? w("saving")
            : state && w(health === "ok" ? "saved" : "memoryOnly")}
      </p>
      {draft.trim() ? <p class="rpp-text ws-text print-only">{draft.trim()}</p> : <WritingLines />}
      {extra?.(draft, (text) => change(text, true))}
    </section>
  );
}
