import { useEffect } from "preact/hooks";
import { useStore } from "./use-store";
import { $storageHealth } from "../../stores/engine";
import { $quarantined } from "../../stores/worksheet-store";
import { $dismissedQuarantine, dismissQuarantine, listQuarantined } from "../../stores/quarantine";

interface Props {
  worksheet: string;
  /** Downloads this worksheet's entries, so nothing is lost when storage fails. */
  onExport: () => void;
}

/**
 * Tells the person, kindly and specifically, when their entries could not be
 * read or saved. The notices themselves are static HTML on the page
 * (src/components/StorageNoticeText.astro); this shows the right one and
 * wires its button.
 */
export function StorageNotices({ worksheet, onExport }: Props) {
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
      if (action === "export") onExport();
      if (action === "dismiss") dismissQuarantine(copies.map((c) => c.key));
    };
  });
  return null;
}
