import { useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { naming, worksheetStores } from "../../worksheets/stores";
import { archiveStore } from "../../engine/my-data/bulk";
import { downloadExport } from "../../engine/core/download";
import { useConfirm } from "../../engine/core/Confirm";
import { useFocusLater } from "../../engine/core/focus";
import type { RecordMeta, StoredValue } from "../../engine/storage/record";
import { formatDay } from "../../engine/core/dates";
import { words as bind, type Words } from "../../engine/core/words";

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Moves entries made before a chosen day into a file, then (only after the
 * file is downloaded, and a confirmation) removes them here. The file is an
 * ordinary export, so importing it brings them back. Each worksheet decides
 * what may go (settings and the relapse plan stay).
 */
/** `words`: ./words/archive.<locale>.json; `sheets`: each store's words (src/worksheets/my-data-words.ts). */
export default function Archive({
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
  worksheetStores.forEach((s) => useStore(s.store.$records));
  const focusLater = useFocusLater();
  const { ask, box } = useConfirm(focusLater, "archive-confirm", {
    box: "confirm",
    actions: "actions",
  });
  const [day, setDay] = useState(() => isoDay(new Date(Date.now() - 365 * DAY)));
  const [downloaded, setDownloaded] = useState("");
  const [done, setDone] = useState("");
  const before = new Date(`${day}T00:00:00`).toISOString();
  const valid = /^\d{4}-\d\d-\d\d$/.test(day) && !Number.isNaN(Date.parse(before));
  const picked = worksheetStores
    .map((s) => ({
      s,
      records: valid ? (s.archive?.(s.store.$records.get(), before) ?? []) : [],
    }))
    .filter((p) => p.records.length > 0);
  const summary = picked
    .map((p) => name(p.s).says({ version: p.s.store.codec.version, records: p.records }))
    .join(", ");
  const when = valid ? formatDay(day, locale) : "";

  return (
    <section class="my-data" aria-label={w("region")}>
      <label for="archive-before">{w("before")}</label>{" "}
      <input
        id="archive-before"
        type="date"
        value={day}
        max={isoDay(new Date())}
        onInput={(e) => {
          setDay(e.currentTarget.value);
          setDownloaded("");
        }}
      />
      <p id="archive-preview">
        {!valid
          ? w("chooseDay")
          : picked.length === 0
            ? w("nothing", { when })
            : w("preview", { when, summary })}
      </p>
      {picked.length > 0 && (
        <p>
          <button
            type="button"
            onClick={() => {
              const values: Record<string, StoredValue<RecordMeta>> = {};
              for (const p of picked)
                values[p.s.store.codec.worksheet] = {
                  version: p.s.store.codec.version,
                  records: p.records,
                };
              downloadExport(values, `archive-before-${day}`);
              setDownloaded(day);
            }}
          >
            {w("download")}
          </button>{" "}
          <button
            type="button"
            class="secondary"
            id="archive-remove"
            disabled={downloaded !== day}
            onClick={() =>
              ask(
                {
                  title: w("confirmTitle"),
                  text: w("confirmText", { summary }),
                  yes: w("confirmYes"),
                  no: w("cancel"),
                },
                "archive-remove",
                () => {
                  const taken = worksheetStores.map(
                    (s) => archiveStore(s.store, before, s.archive).length,
                  );
                  const n = taken.reduce((a, b) => a + b, 0);
                  setDone(w("done", { count: n, when }));
                  focusLater("archive-status");
                },
              )
            }
          >
            {w("remove")}
          </button>
        </p>
      )}
      {box}
      <p id="archive-status" role="status" class="status" tabIndex={-1}>
        {done}
      </p>
    </section>
  );
}
