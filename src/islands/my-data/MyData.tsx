import { useStore } from "../shared/use-store";
import { useEffect, useRef, useState } from "preact/hooks";
import { worksheetStores, codecsBySlug, type RegisteredStore } from "../../stores/registry";
import { clearStore, mergeInto, replaceAll } from "../../stores/bulk";
import { $storageHealth, getEngine } from "../../stores/engine";
import { deleteQuarantined, listQuarantined, type QuarantinedCopy } from "../../stores/quarantine";
import { parseImport, type ImportPlan } from "../../lib/storage/import";
import { downloadExport, downloadText } from "../shared/download";
import { approxBytes, formatBytes } from "../../lib/storage/size";
import type { RecordMeta, StoredValue } from "../../schemas/stored/record";

type Confirm = { label: string; what: string; run: () => void } | null;

function exportValues(stores: readonly RegisteredStore[], worksheet?: string) {
  const values: Record<string, StoredValue<RecordMeta>> = {};
  for (const s of stores) values[s.store.codec.worksheet] = s.store.$value.get();
  downloadExport(values, worksheet);
}

function Row({ entry, onAsk }: { entry: RegisteredStore; onAsk: (c: Confirm) => void }) {
  const records = useStore(entry.store.$records);
  const raw = getEngine()[entry.store.key];
  return (
    <tr>
      <th scope="row">{entry.title}</th>
      <td>{entry.store.codec.describe(useStore(entry.store.$value))}</td>
      <td>{raw ? formatBytes(approxBytes(entry.store.key, raw)) : "nothing stored"}</td>
      <td class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => exportValues([entry], entry.store.codec.worksheet)}
        >
          Export <span class="visually-hidden">{entry.title}</span>
        </button>
        <button
          type="button"
          class="secondary"
          disabled={records.length === 0 && !raw}
          onClick={() =>
            onAsk({
              label: `Delete ${entry.title}`,
              what: `This deletes ${entry.store.codec.describe(entry.store.$value.get())} from the ${entry.title} on this device.`,
              run: () => clearStore(entry.store),
            })
          }
        >
          Delete <span class="visually-hidden">{entry.title}</span>
        </button>
      </td>
    </tr>
  );
}

/** Asks before anything is deleted, naming exactly what will go; focus moves to it. */
function ConfirmPanel({
  confirm,
  onDone,
}: {
  confirm: NonNullable<Confirm>;
  onDone: (yes: boolean) => void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div
      class="card confirm"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-what"
    >
      <h2 id="confirm-title">{confirm.label}?</h2>
      <p id="confirm-what">{confirm.what}</p>
      <button type="button" ref={yes} onClick={() => onDone(true)}>
        Yes, {confirm.label.toLowerCase()}
      </button>{" "}
      <button type="button" class="secondary" onClick={() => onDone(false)}>
        Cancel
      </button>
    </div>
  );
}

export default function MyData() {
  const health = useStore($storageHealth);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [message, setMessage] = useState<string>("");
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [importError, setImportError] = useState<string>("");
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const [copies, setCopies] = useState<QuarantinedCopy[]>(() => listQuarantined());
  const fileInput = useRef<HTMLInputElement>(null);

  const ask = (c: Confirm) => {
    setConfirm(c);
    setMessage("");
  };

  async function onFile(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setPlan(null);
    setImportError("");
    setMessage("");
    if (!file) return;
    // Check the size before reading, so a huge file is never loaded.
    const result =
      file.size > 5 * 1024 * 1024
        ? parseImport("", codecsBySlug, file.size)
        : parseImport(await file.text(), codecsBySlug, file.size);
    if (result.ok) setPlan(result.value);
    else
      setImportError(
        `This file can't be imported: ${result.error.message} Nothing on this device was changed.`,
      );
  }

  function runImport() {
    if (!plan) return;
    for (const entry of worksheetStores) {
      const value = plan.worksheets[entry.store.codec.worksheet];
      if (!value) continue;
      if (mode === "merge") mergeInto(entry.store, value);
      else replaceAll(entry.store, value);
    }
    setMessage(`Imported ${plan.preview.join(", ")}.`);
    setPlan(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  return (
    <div class="my-data">
      {health !== "ok" && (
        <p class="notice" role="status">
          {health === "unavailable"
            ? "This browser is not letting the site save, so entries last only until this tab closes. Export them to keep them."
            : "This browser's storage for this site is full. Delete set-aside copies or old entries to free space."}
        </p>
      )}

      <h2>What is stored on this device</h2>
      <div
        class="table-scroll"
        role="region"
        aria-label="Entries stored for each worksheet"
        tabIndex={0}
      >
        <table>
          <caption class="visually-hidden">Entries stored for each worksheet</caption>
          <thead>
            <tr>
              <th scope="col">Worksheet</th>
              <th scope="col">Entries</th>
              <th scope="col">Space used</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {worksheetStores.map((entry) => (
              <Row key={entry.store.key} entry={entry} onAsk={ask} />
            ))}
          </tbody>
        </table>
      </div>

      <p>
        <button type="button" onClick={() => exportValues(worksheetStores)}>
          Export everything
        </button>
      </p>

      <h2>Set-aside copies</h2>
      {copies.length === 0 ? (
        <p>
          None. If saved entries ever can't be read, a copy is kept here instead of being deleted.
        </p>
      ) : (
        <>
          <p>
            These saved entries could not be read, so they were set aside rather than deleted.
            Download one to keep it or to show someone who can help recover it.
          </p>
          <ul class="copies">
            {copies.map((c) => (
              <li key={c.key}>
                <span>
                  {worksheetStores.find((s) => s.store.codec.worksheet === c.worksheet)?.title ??
                    c.worksheet}
                  , set aside {new Date(c.at).toLocaleString()} (
                  {formatBytes(approxBytes(c.key, c.raw))})
                </span>{" "}
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    downloadText(`good-enough-set-aside-${c.worksheet}.txt`, c.raw, "text/plain")
                  }
                >
                  Download copy
                </button>{" "}
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    ask({
                      label: "Delete set-aside copy",
                      what: `This deletes the set-aside copy of the ${c.worksheet} entries from ${new Date(c.at).toLocaleString()}.`,
                      run: () => {
                        deleteQuarantined(c.key);
                        setCopies(listQuarantined());
                      },
                    })
                  }
                >
                  Delete copy
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Import from a file</h2>
      <p>
        Bring in entries you exported earlier, from this device or another one. The file is checked
        in full first.
      </p>
      <label for="import-file">Choose an exported file (.json)</label>
      <br />
      <input
        id="import-file"
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        onChange={onFile}
      />
      {importError && (
        <p class="notice" role="alert">
          {importError}
        </p>
      )}
      {plan && (
        <div class="card import-preview" role="region" aria-label="Import preview">
          <p>
            This file holds <strong>{plan.preview.join(", ")}</strong>, exported{" "}
            {new Date(plan.exportedAt).toLocaleString()}.
          </p>
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

      <h2>Delete everything</h2>
      <p>Removes every worksheet entry and set-aside copy this site has stored in this browser.</p>
      <button
        type="button"
        class="secondary"
        onClick={() =>
          ask({
            label: "Delete everything",
            what: `This deletes ${worksheetStores.map((s) => s.store.codec.describe(s.store.$value.get())).join(", ")}, and ${copies.length} set-aside ${copies.length === 1 ? "copy" : "copies"}, from this device. It can't be undone unless you have an export.`,
            run: () => {
              worksheetStores.forEach((s) => clearStore(s.store));
              listQuarantined().forEach((c) => deleteQuarantined(c.key));
              setCopies([]);
            },
          })
        }
      >
        Delete everything
      </button>

      {confirm && (
        <ConfirmPanel
          confirm={confirm}
          onDone={(done) => {
            if (done) {
              confirm.run();
              setMessage(`Done: ${confirm.label.toLowerCase()}.`);
            }
            setConfirm(null);
          }}
        />
      )}
      <p role="status" class="status">
        {message}
      </p>
    </div>
  );
}
