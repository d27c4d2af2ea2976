import { useRef, useState } from "preact/hooks";
import { worksheetStores, codecsBySlug } from "../../worksheets/stores";
import { mergeInto, replaceAll } from "../../engine/my-data/bulk";
import { parseImport, type ImportPlan } from "../../engine/my-data/import";
import { myDataPath } from "../../engine/core/routes";
import { checkSaved } from "../../engine/storage/engine";
import { StorageNotices } from "../../engine/core/StorageNotices";

/** Biggest file we read at all: a larger one is refused before it is loaded. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Import from an export file: checked in full, previewed, then merged or
 * replaced. On its own page so My data's list stays within its script budget.
 */
export default function Import() {
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
      codecsBySlug,
      file.size,
    );
    if (result.ok) setPlan(result.value);
    else
      setError(
        `This file can't be imported: ${result.error.message} Nothing on this device was changed.`,
      );
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
    setMessage(
      saved()
        ? `Imported ${plan.preview.join(", ")}.`
        : "The browser did not save this import, so it is on this page only and will be gone when you leave. Free some space on My data (or let this browser save), then import the file again. Your file is unchanged.",
    );
    setPlan(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  return (
    <div class="my-data">
      <StorageNotices />
      <label for="import-file">Choose an exported file (.json)</label>
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
        <div class="card import-preview" role="region" aria-label="Import preview">
          <p>
            This file holds <strong>{plan.preview.join(", ")}</strong>, exported{" "}
            {new Date(plan.exportedAt).toLocaleString()}.
          </p>
          {plan.cautions.map((c) => (
            <p key={c} class="notice">
              {c}
            </p>
          ))}
          <fieldset>
            <legend>How should it be added?</legend>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === "merge"}
                onChange={() => setMode("merge")}
              />{" "}
              Merge: keep what is here and add what is new (the newer copy of an entry wins)
            </label>
            <br />
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === "replace"}
                onChange={() => setMode("replace")}
              />{" "}
              Replace: make these worksheets match the file exactly
            </label>
          </fieldset>
          <p>
            <button type="button" onClick={runImport}>
              Import
            </button>{" "}
            <button type="button" class="secondary" onClick={() => setPlan(null)}>
              Cancel
            </button>
          </p>
        </div>
      )}
      <p role="status" class="status">
        {message && (
          <>
            {message} <a href={myDataPath}>See what is stored</a>
          </>
        )}
      </p>
    </div>
  );
}
