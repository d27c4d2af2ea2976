import { useRef, useState } from "preact/hooks";
import { importTargets, naming, worksheetStores } from "../../worksheets/stores";
import { mergeInto, replaceAll } from "../../engine/my-data/bulk";
import { parseImport, type ImportPlan } from "../../engine/my-data/import";
import { myDataPath } from "../../engine/core/routes";
import { checkSaved } from "../../engine/storage/engine";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { words as bind, type Words } from "../../engine/core/words";
import { formatDayTime } from "../../engine/core/dates";

/** Biggest file we read at all: a larger one is refused before it is loaded. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Import from an export file: checked in full, previewed, then merged or
 * replaced. On its own page so My data's list stays within its script budget.
 */
/** `words`: ./words/import.<locale>.json; `sheets`: each store's words (src/worksheets/my-data-words.ts). */
export default function Import({
  words,
  sheets,
  locale,
}: {
  words: Words;
  sheets: Record<string, Words>;
  locale: string;
}) {
  const w = bind(words, locale);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [error, setError] = useState("");
  const [message, setMessage] = useState("");
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const fileInput = useRef<HTMLInputElement>(null);

  async function onFile(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setPlan(null);
    setError("");
    setMessage("");
    if (!file) return;
    const result = parseImport(
      file.size > MAX_BYTES ? "" : await file.text(),
      importTargets(naming(sheets, locale)),
      file.size,
    );
    if (result.ok) setPlan(result.value);
    else {
      const { say, vars = {} } = result.error;
      // A wrong field's problem comes as the validator's code (src/engine/core/validate.ts).
      const issue =
        vars.issue === undefined ? vars : { ...vars, issue: w(`issue.${vars.issue}`, vars) };
      setError(w("refused", { reason: w(say, issue) }));
    }
  }

  function runImport() {
    if (!plan) return;
    const saved = checkSaved();
    for (const entry of worksheetStores) {
      const value = plan.worksheets[entry.store.codec.worksheet];
      if (!value) continue;
      if (mode === "merge") mergeInto(entry.store, value);
      else replaceAll(entry.store, value);
    }
    // Say "imported" only for what the browser really kept.
    setMessage(saved() ? w("imported", { what: plan.preview.join(", ") }) : w("notSaved"));
    setPlan(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  return (
    <div class="my-data">
      <StorageNotices />
      <label for="import-file">{w("choose")}</label>
      <br />
      <input
        id="import-file"
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        onChange={onFile}
      />
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
      {plan && (
        <div class="card import-preview" role="region" aria-label={w("preview")}>
          <p>
            {w("holdsBefore")} <strong>{plan.preview.join(", ")}</strong>
            {w("holdsAfter", { at: formatDayTime(plan.exportedAt, locale) })}
          </p>
          {plan.cautions.map((c) => (
            <p key={c.say} class="notice">
              {w(c.say, c.vars)}
            </p>
          ))}
          <fieldset>
            <legend>{w("how")}</legend>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === "merge"}
                onChange={() => setMode("merge")}
              />{" "}
              {w("merge")}
            </label>
            <br />
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === "replace"}
                onChange={() => setMode("replace")}
              />{" "}
              {w("replace")}
            </label>
          </fieldset>
          <p>
            <button type="button" onClick={runImport}>
              {w("import")}
            </button>{" "}
            <button type="button" class="secondary" onClick={() => setPlan(null)}>
              {w("cancel")}
            </button>
          </p>
        </div>
      )}
      <p role="status" class="status">
        {message && (
          <>
            {message} <a href={myDataPath}>{w("seeStored")}</a>
          </>
        )}
      </p>
    </div>
  );
}
