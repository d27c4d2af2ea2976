import { useStore } from "../../engine/core/use-store";
import { useState } from "preact/hooks";
import { useConfirm } from "../../engine/core/Confirm";
import { useFocusLater } from "../../engine/core/focus";
import { naming, worksheetStores, type Named, type RegisteredStore } from "../../worksheets/stores";
import { clearStore, storeSize } from "../../engine/my-data/bulk";
import { $storageHealth } from "../../engine/storage/engine";
import {
  deleteQuarantined,
  listQuarantined,
  type QuarantinedCopy,
} from "../../engine/storage/quarantine";
import { myDataArchivePath, myDataImportPath } from "../../engine/core/routes";
import { downloadExport, downloadText } from "../../engine/core/download";
import { ARCHIVE_AT, QUOTA_CHARS, usedChars } from "../../engine/my-data/size";
import { formatBytes } from "../../engine/my-data/format-bytes";
import { storageShare } from "../../engine/core/StorageNotices";
import type { RecordMeta, StoredValue } from "../../engine/storage/record";
import { words as bind, t, type Words } from "../../engine/core/words";
import { formatDayTime } from "../../engine/core/dates";

type W = ReturnType<typeof bind>;

/**
 * What a delete button asks about: its label, exactly what goes, the id to
 * return focus to, and what to say, plainly, once it has gone.
 */
type Ask = { label: string; what: string; run: () => void; back: string; done: string };

function exportValues(stores: readonly RegisteredStore[], worksheet?: string) {
  const values: Record<string, StoredValue<RecordMeta>> = {};
  for (const s of stores) values[s.store.codec.worksheet] = s.store.$value.get();
  downloadExport(values, worksheet);
}

function Row({
  entry,
  name,
  onAsk,
  w,
}: {
  entry: RegisteredStore;
  name: Named;
  onAsk: (c: Ask) => void;
  w: W;
}) {
  const records = useStore(entry.store.$records);
  const used = storeSize(entry.store);
  const { title } = name;
  return (
    <tr>
      <th scope="row">{title}</th>
      <td>{name.says(useStore(entry.store.$value))}</td>
      <td>{used ? formatBytes(used) : w("nothingStored")}</td>
      <td class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => exportValues([entry], entry.store.codec.worksheet)}
        >
          {w("export")} <span class="visually-hidden">{title}</span>
        </button>
        <button
          type="button"
          id={`delete-${entry.store.codec.worksheet}`}
          class="secondary"
          disabled={records.length === 0 && !used}
          onClick={() =>
            onAsk({
              back: `delete-${entry.store.codec.worksheet}`,
              label: w("deleteSheet", { title }),
              what: w("deleteSheetWhat", { what: name.says(), title }),
              done: w("deletedSheet", { what: name.says(), title }),
              run: () => clearStore(entry.store),
            })
          }
        >
          {w("delete")} <span class="visually-hidden">{title}</span>
        </button>
      </td>
    </tr>
  );
}

/** `words`: ./words/<locale>.json; `sheets`: each store's words (src/worksheets/my-data-words.ts). */
export default function MyData({
  words,
  sheets,
  locale,
}: {
  words: Words;
  sheets: Record<string, Words>;
  locale: string;
}) {
  const w = bind(words, locale);
  const name = naming(sheets, locale);
  const when = (at: string | number) => formatDayTime(at, locale);
  const health = useStore($storageHealth);
  const focusLater = useFocusLater();
  const confirm = useConfirm(focusLater, "confirm", { box: "", actions: "ws-actions" });
  const [message, setMessage] = useState<string>("");
  const [copies, setCopies] = useState<QuarantinedCopy[]>(() => listQuarantined());
  // Measured once a render: it reads every stored value's length.
  const share = storageShare();

  const ask = (c: Ask) => {
    setMessage("");
    confirm.ask(
      {
        title: w("confirmTitle", { label: c.label }),
        text: c.what,
        yes: w("confirmYes", { label: c.label.toLowerCase() }),
        no: w("cancel"),
      },
      c.back,
      () => {
        c.run();
        setMessage(c.done);
        // Focus goes to what was said, not to the page: the button pressed may be gone or disabled.
        focusLater("my-data-done");
      },
    );
  };

  return (
    <div class="my-data">
      {health !== "ok" && (
        <p class="notice" role="status">
          {health === "unavailable" ? w("unavailable") : w("full")}
        </p>
      )}

      <h2>{w("storedTitle")}</h2>
      <div class="table-scroll" role="region" aria-label={w("tableLabel")} tabIndex={0}>
        <table>
          <caption class="visually-hidden">{w("tableLabel")}</caption>
          <thead>
            <tr>
              <th scope="col">{w("colWorksheet")}</th>
              <th scope="col">{w("colEntries")}</th>
              <th scope="col">{w("colSpace")}</th>
              <th scope="col">{w("colActions")}</th>
            </tr>
          </thead>
          <tbody>
            {worksheetStores.map((entry) => (
              <Row key={entry.store.key} entry={entry} name={name(entry)} onAsk={ask} w={w} />
            ))}
          </tbody>
        </table>
      </div>

      <p>
        {w("share", {
          used: formatBytes(Math.round(share * QUOTA_CHARS)),
          quota: formatBytes(QUOTA_CHARS),
          percent: Math.round(share * 100),
        })}
      </p>
      <p>
        <button type="button" onClick={() => exportValues(worksheetStores)}>
          {w("exportAll")}
        </button>
      </p>

      {share >= ARCHIVE_AT ? (
        <p class="notice" role="status" data-notice="archive">
          <strong>{w("lowTitle")}</strong> {w("lowBefore")}{" "}
          <a href={myDataArchivePath}>{w("lowLink")}</a> {w("lowAfter")}
        </p>
      ) : (
        <p>
          {w("roomBefore")} <a href={myDataArchivePath}>{w("roomLink")}</a> {w("roomAfter")}
        </p>
      )}

      <h2>{w("copiesTitle")}</h2>
      {copies.length === 0 ? (
        <p>{w("copiesNone")}</p>
      ) : (
        <>
          <p>{w("copiesSome")}</p>
          <ul class="copies">
            {copies.map((c, i) => (
              <li key={c.key}>
                <span>
                  {w("copyLine", {
                    title: sheets[c.worksheet] ? t(sheets[c.worksheet]!, "title") : c.worksheet,
                    at: when(c.at),
                    size: formatBytes(usedChars(c.key, c.raw)),
                  })}
                </span>{" "}
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    downloadText(`good-enough-set-aside-${c.worksheet}.txt`, c.raw, "text/plain")
                  }
                >
                  {w("downloadCopy")}
                </button>{" "}
                <button
                  type="button"
                  id={`delete-copy-${i}`}
                  class="secondary"
                  onClick={() =>
                    ask({
                      back: `delete-copy-${i}`,
                      label: w("deleteCopyLabel"),
                      what: w("deleteCopyWhat", { worksheet: c.worksheet, at: when(c.at) }),
                      done: w("deletedCopy", { worksheet: c.worksheet, at: when(c.at) }),
                      run: () => {
                        deleteQuarantined(c.key);
                        setCopies(listQuarantined());
                      },
                    })
                  }
                >
                  {w("deleteCopy")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{w("importTitle")}</h2>
      <p>
        {w("importText")} <a href={myDataImportPath}>{w("importLink")}</a>
      </p>

      <h2>{w("allTitle")}</h2>
      <p>{w("allText")}</p>
      <button
        type="button"
        id="delete-all"
        class="secondary"
        onClick={() =>
          ask({
            back: "delete-all",
            label: w("allLabel"),
            what: w("allWhat", {
              what: worksheetStores.map((s) => name(s).says()).join(", "),
              count: copies.length,
            }),
            done: w("deletedAll", {
              what: worksheetStores.map((s) => name(s).says()).join(", "),
              count: copies.length,
            }),
            run: () => {
              worksheetStores.forEach((s) => clearStore(s.store));
              listQuarantined().forEach((c) => deleteQuarantined(c.key));
              setCopies([]);
            },
          })
        }
      >
        {w("allLabel")}
      </button>

      {confirm.box}
      <p role="status" class="status" id="my-data-done" tabIndex={-1}>
        {message}
      </p>
    </div>
  );
}
