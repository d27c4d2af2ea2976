import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { words, type Words } from "../../engine/core/words";
import type { Instrument } from "./instrument";
import type { ResultRecord } from "./schema";
import { worksheetPath } from "../../engine/core/routes";
import { $results, selfScreen } from "./store";
import { deleteResult } from "./actions";
import { handoverKey } from "./handover";
import { $storageHealth } from "../../engine/storage/engine";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { useStore } from "../../engine/core/use-store";
import { useUndo } from "../../engine/ui/Undo";
import { exportSelfScreen } from "./export";
import { History } from "./History";
import { Results } from "./Results";
import type { CrisisGroup } from "./text";
import "./self-screen.css";

interface Props {
  instrument: Instrument;
  /** Worksheet titles by slug, for the links on the results. */
  worksheetTitles: Record<string, string>;
  /** Fixed text rendered on the server, so it costs HTML, not JavaScript. */
  crisis?: ComponentChildren;
  about?: ComponentChildren;
  talk?: ComponentChildren;
  notDiagnosis?: ComponentChildren;
  /** The crisis lines as data, for the downloaded copy. */
  crisisLines: CrisisGroup[];
  /** The program's contact from src/site.config.ts, when one is set. */
  contact?: string;
  /** The site's public origin, and the getting-help page's path, for links in the downloaded copy. */
  siteUrl: string;
  helpPath: string;
  /** The page's words (words/<locale>.json) and locale. */
  words: Words;
  locale: string;
}

/**
 * A result handed over in this tab's history state by the questions page when
 * this browser could not save it (never from the URL, which anyone can write).
 * It is validated and shown, never stored.
 */
function takeCarriedResult(): ResultRecord | undefined {
  const handover: unknown = (history.state as Record<string, unknown> | null)?.[handoverKey];
  if (!handover || typeof handover !== "object") return undefined;
  const { result, health } = handover as { result?: unknown; health?: unknown };
  // The questions page could not save; say so here too, with the offer to export.
  if ((health === "full" || health === "unavailable") && $storageHealth.get() === "ok")
    $storageHealth.set(health);
  const decoded = selfScreen.codec.fromUnknown({
    version: selfScreen.codec.version,
    records: [result],
  });
  const record = decoded.ok ? decoded.value.records[0] : undefined;
  return record && "kind" in record && record.kind === "result" ? record : undefined;
}

/** The self-screen's second page: one result (?id=…), or the list of all results and their trend. */
export default function SelfScreenResults(props: Props) {
  const { locale } = props;
  const w = useMemo(() => words(props.words, locale), [props.words, locale]);
  const [carried] = useState(takeCarriedResult);
  const stored = useStore($results);
  const results =
    carried && !stored.some((r) => r.id === carried.id) ? [carried, ...stored] : stored;
  const [id, setId] = useState(() => new URLSearchParams(location.search).get("id"));
  const heading = useRef<HTMLHeadingElement>(null);
  const [offer, undoView] = useUndo("ss-undo");
  /** False straight after a deletion, when focus goes to Undo rather than to the heading. */
  const toHeading = useRef(true);
  const open = (next: string | null) => {
    setId(next);
    history.replaceState(
      history.state,
      "",
      next ? `?id=${encodeURIComponent(next)}` : location.pathname,
    );
  };
  // Each view starts with focus on its heading, so screen readers hear where they are.
  useEffect(() => {
    if (toHeading.current) heading.current?.focus();
    toHeading.current = true;
  }, [id]);

  const result =
    results.find((r) => r.id === id) ?? (results.length === 1 ? results[0] : undefined);
  const start = worksheetPath("self-screen");

  return (
    <div class="self-screen">
      <StorageNotices
        store={selfScreen}
        onExport={() =>
          exportSelfScreen(carried ? [...selfScreen.$value.get().records, carried] : undefined)
        }
      />
      {undoView}
      {result ? (
        <Results
          {...props}
          w={w}
          result={result}
          headingRef={heading}
          onBack={() => (results.length > 1 ? open(null) : location.assign(start))}
          onDelete={() => {
            const undo = deleteResult(result.id);
            const when = new Date(result.completedAt).toLocaleString(locale, {
              dateStyle: "medium",
              timeStyle: "short",
            });
            offer(w("deleted", { when }), () => (undo() ? (open(result.id), "results-title") : ""));
            toHeading.current = false;
            open(null);
          }}
        />
      ) : results.length > 0 ? (
        <History
          instrument={props.instrument}
          results={results}
          headingRef={heading}
          onOpen={open}
          w={w}
          locale={locale}
        />
      ) : (
        <section aria-labelledby="none-title">
          <h2 id="none-title" tabIndex={-1} ref={heading}>
            {w("noneH")}
          </h2>
          <p>
            {w("noneText")}
            <a href={start}>{w("noneLink")}</a>
            {w("noneEnd")}
          </p>
        </section>
      )}
    </div>
  );
}
