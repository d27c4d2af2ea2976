import { experimentTracker } from "../../stores/experiment-tracker";
import { buildExport, exportFileName } from "../../lib/storage/export";
import { downloadText } from "../shared/download";

/** Downloads the experiments, for when the browser cannot save them. */
export function exportMine() {
  const now = new Date();
  downloadText(
    exportFileName(now, "experiment-tracker"),
    JSON.stringify(
      buildExport({ "experiment-tracker": experimentTracker.$value.get() }, now),
      null,
      2,
    ),
  );
}
