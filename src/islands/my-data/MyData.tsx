import { useStore } from "../../engine/core/use-store";
import { useEffect, useRef, useState } from "preact/hooks";
import { worksheetStores, type RegisteredStore } from "../../worksheets/stores";
import { clearStore } from "../../engine/my-data/bulk";
import { $storageHealth } from "../../engine/storage/engine";
import {
  deleteQuarantined,
  listQuarantined,
  type QuarantinedCopy,
} from "../../engine/storage/quarantine";
import { myDataImportPath, routes } from "../../engine/core/routes";
import { downloadExport, downloadText } from "../../engine/core/download";
import { ARCHIVE_AT, formatBytes, QUOTA_CHARS, usedChars } from "../../engine/my-data/size";
import { storageShare } from "../../engine/core/StorageNotices";
import type { RecordMeta, StoredValue } from "../../engine/storage/record";

type Confirm = { label: string; what: string; run: () => void } | null;

function exportValues(stores: readonly RegisteredStore[], worksheet?: string) {
  const values: Record<string, StoredValue<RecordMeta>> = {};
  for (const s of stores) values[s.store.codec.worksheet] = s.store.$value.get();
  downloadExport(values, worksheet);
}

function Row({ entry, onAsk }: { entry: RegisteredStore; onAsk: (c: Confirm) => void }) {
  const records = useStore(entry.store.$records);
  const used = entry.store.size();
  return (
    <tr>
      <th scope="row">{entry.title}</th>
      <td>{entry.store.codec.describe(useStore(entry.store.$value))}</td>
      <td>{used ? formatBytes(used) : "nothing stored"}</td>
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
          disabled={records.length === 0 && !used}
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
  const [copies, setCopies] = useState<QuarantinedCopy[]>(() => listQuarantined());
  // Measured once a render: it reads every stored value's length.
  const share = storageShare();

  const ask = (c: Confirm) => {
    setConfirm(c);
    setMessage("");
  };

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
        This site uses {formatBytes(Math.round(share * QUOTA_CHARS))} of the about{" "}
        {formatBytes(QUOTA_CHARS)} your browser gives it ({Math.round(share * 100)}%).
      </p>
      <p>
        <button type="button" onClick={() => exportValues(worksheetStores)}>
          Export everything
        </button>
      </p>

      {share >= ARCHIVE_AT ? (
        <p class="notice" role="status">
          <strong>Space is running low.</strong> To keep room for new entries,{" "}
          <a href={routes.myDataArchive}>archive older entries</a> to a file. Importing that file
          brings them back.
        </p>
      ) : (
        <p>
          Running out of room? <a href={routes.myDataArchive}>Archive older entries</a> to a file.
        </p>
      )}

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
                  {formatBytes(usedChars(c.key, c.raw))})
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
        Bring in entries you exported earlier, from this device or another one.{" "}
        <a href={myDataImportPath}>Import a file</a>
      </p>

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
