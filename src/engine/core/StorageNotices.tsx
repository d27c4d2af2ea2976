import { useEffect, useState } from "preact/hooks";
import { useStore } from "./use-store";
import { $storageHealth, getEngine } from "../storage/engine";
import {
  $quarantined,
  $refused,
  pageStores,
  type WorksheetStore,
} from "../storage/worksheet-store";
import type { RecordMeta, StoredValue } from "../storage/record";
import { downloadExport } from "./download";
import { $dismissedQuarantine, dismissQuarantine, listQuarantined } from "../storage/quarantine";
import { KEY_PREFIX } from "../storage/keys";
import { ARCHIVE_AT, QUOTA_CHARS, usedChars } from "../my-data/size";

interface Props<R extends RecordMeta> {
  /** The worksheet's store; without one, every store on the page is exported. */
  store?: WorksheetStore<R>;
  /** Replaces the download, where a page holds entries the store does not. */
  onExport?: () => void;
}

/** The share of the browser's space this site's keys take, from 0 to 1. */
export function storageShare(): number {
  const engine = getEngine();
  let used = 0;
  for (const k of engine.keys())
    if (k.startsWith(KEY_PREFIX)) used += usedChars(k, engine.read(k) ?? "");
  return used / QUOTA_CHARS;
}

/**
 * Tells the person, kindly and specifically, when their entries could not be
 * read or saved, or when space is running low. The notices themselves are
 * static HTML on the page (src/components/StorageNoticeText.astro); this
 * shows the right one and wires its buttons.
 */
export function StorageNotices<R extends RecordMeta>({ store, onExport }: Props<R>) {
  const worksheet = store?.codec.worksheet;
  const mine = (w: string) => !worksheet || w === worksheet;
  const health = useStore($storageHealth);
  const events = useStore($quarantined).filter((q) => mine(q.worksheet));
  const refused = useStore($refused);
  const dismissed = useStore($dismissedQuarantine);
  // Measured once the page has drawn, so a long list never waits for it.
  const [share, setShare] = useState(0);
  useEffect(() => setShare(storageShare()), [health]);
  const copies = listQuarantined().filter((q) => mine(q.worksheet) && !dismissed.includes(q.key));
  useEffect(() => {
    const box = document.querySelector<HTMLElement>("[data-storage-notices]");
    if (!box) return;
    const shown: Record<string, boolean> = {
      quarantine: copies.length > 0,
      stuck: events.some((q) => !q.kept),
      refused: !!refused && mine(refused.worksheet),
      unavailable: health === "unavailable",
      full: health === "full",
      archive: health === "ok" && share >= ARCHIVE_AT,
    };
    box
      .querySelectorAll<HTMLElement>("[data-notice]")
      .forEach((n) => (n.hidden = !shown[n.dataset.notice!]));
    const percent = box.querySelector("[data-fill=percent]");
    if (percent) percent.textContent = `${Math.round(share * 100)}%`;
    box.onclick = (e) => {
      const action = (e.target as HTMLElement)
        .closest("[data-action]")
        ?.getAttribute("data-action");
      if (action === "export") (onExport ?? (() => exportStores(store ? [store] : pageStores)))();
      if (action === "dismiss") dismissQuarantine(copies.map((c) => c.key));
    };
  });
  return null;
}

type Exportable = { codec: { worksheet: string }; $value: { get(): StoredValue<RecordMeta> } };

function exportStores(stores: readonly Exportable[]) {
  const values: Record<string, StoredValue<RecordMeta>> = {};
  for (const s of stores) values[s.codec.worksheet] = s.$value.get();
  downloadExport(values, stores.length === 1 ? stores[0]!.codec.worksheet : undefined);
}
