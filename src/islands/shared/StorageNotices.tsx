import { useStore } from "./use-store";
import { $storageHealth } from "../../stores/engine";
import { $quarantined } from "../../stores/worksheet-store";
import { $dismissedQuarantine, dismissQuarantine, listQuarantined } from "../../stores/quarantine";
import { myDataPath } from "../../lib/routes";

interface Props {
  worksheet: string;
  /** Downloads this worksheet's entries, so nothing is lost when storage fails. */
  onExport: () => void;
}

/** Tells the person, kindly and specifically, when their entries could not be read or saved. */
export function StorageNotices({ worksheet, onExport }: Props) {
  const health = useStore($storageHealth);
  useStore($quarantined);
  const dismissed = useStore($dismissedQuarantine);
  const copies = listQuarantined().filter(
    (q) => q.worksheet === worksheet && !dismissed.includes(q.key),
  );

  return (
    <>
      {copies.length > 0 && (
        <div class="notice" role="status">
          <p>
            <strong>Some saved entries could not be read.</strong> We kept a copy aside and started
            fresh. Download or delete the copy on <a href={myDataPath}>My data</a>.
          </p>
          <button
            type="button"
            class="secondary"
            onClick={() => dismissQuarantine(copies.map((c) => c.key))}
          >
            Dismiss this notice
          </button>
        </div>
      )}
      {health !== "ok" && (
        <div class="notice" role="status">
          <p>
            {health === "unavailable" ? (
              <>
                <strong>This browser is not letting the site save.</strong> You can keep working,
                but entries are lost when you leave or reload this page. Export them to keep them.
              </>
            ) : (
              <>
                <strong>This browser's storage for this site is full.</strong> New changes are kept
                on this page only. Export them, or free space on <a href={myDataPath}>My data</a>.
              </>
            )}
          </p>
          <button type="button" onClick={onExport}>
            Export my entries
          </button>
        </div>
      )}
    </>
  );
}
