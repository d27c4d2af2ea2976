import { useEffect } from "preact/hooks";
import { useStore } from "./use-store";
import { $storageHealth } from "../../stores/engine";
import { $quarantined, type WorksheetStore } from "../../stores/worksheet-store";
import type { RecordMeta } from "../../schemas/stored/record";
import { downloadWorksheet } from "./download";
import { $dismissedQuarantine, dismissQuarantine, listQuarantined } from "../../stores/quarantine";

interface Props<R extends RecordMeta> {
  /** The worksheet's store; its entries are what "Export my entries" downloads. */
  store: WorksheetStore<R>;
  /** Replaces the download, where a page holds entries the store does not. */
  onExport?: () => void;
}

/**
 * Tells the person, kindly and specifically, when their entries could not be
 * read or saved. The notices themselves are static HTML on the page
 * (src/components/StorageNoticeText.astro); this shows the right one and
 * wires its button.
 */
export function StorageNotices<R extends RecordMeta>({ store, onExport }: Props<R>) {
  const worksheet = store.codec.worksheet;
  const health = useStore($storageHealth);
  useStore($quarantined);
  const dismissed = useStore($dismissedQuarantine);
  const copies = listQuarantined().filter(
    (q) => q.worksheet === worksheet && !dismissed.includes(q.key),
  );
  useEffect(() => {
    const box = document.querySelector<HTMLElement>("[data-storage-notices]");
    if (!box) return;
    const shown: Record<string, boolean> = {
      quarantine: copies.length > 0,
      unavailable: health === "unavailable",
      full: health === "full",
    };
    box
      .querySelectorAll<HTMLElement>("[data-notice]")
      .forEach((n) => (n.hidden = !shown[n.dataset.notice!]));
    box.onclick = (e) => {
      const action = (e.target as HTMLElement)
        .closest("[data-action]")
        ?.getAttribute("data-action");
      if (action === "export") (onExport ?? (() => downloadWorksheet(store)))();
      if (action === "dismiss") dismissQuarantine(copies.map((c) => c.key));
    };
  });
  return null;
}
