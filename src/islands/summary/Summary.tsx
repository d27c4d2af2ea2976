import { useState } from "preact/hooks";
import type { Names, SummaryEntry } from "../../lib/summary";
import type { RecordMeta } from "../../engine/storage/record";
import type { WorksheetStore } from "../../engine/storage/worksheet-store";
import { formatDay } from "../../engine/core/dates";
import { useStore } from "../../engine/core/use-store";
import { words as bind, type Words } from "../../engine/core/words";
import { EntryCards, saveEntries } from "./Entries";
import Send from "./Send";
import "./summary.css";

type Entries = (records: RecordMeta[], names: Names, locale: string) => SummaryEntry[];
// Each worksheet's store and summary.ts, found by file name in its folder. (Not through
// src/worksheets/stores.ts, which would add the homework store and every manifest to this page.)
const stores = import.meta.glob<WorksheetStore<RecordMeta>>("../../worksheets/*/store.ts", {
  eager: true,
  import: "default",
});
const summaries = import.meta.glob<Entries>("../../worksheets/*/summary.ts", {
  eager: true,
  import: "summaryEntries",
});
const partsFor = (slug: string) => {
  const store = stores[`../../worksheets/${slug}/store.ts`];
  const entries = summaries[`../../worksheets/${slug}/summary.ts`];
  return store && entries ? [{ slug, store, entries }] : [];
};

interface Props {
  /** The worksheets' slugs, in the registry's order. */
  slugs: string[];
  /** Worksheet titles by slug. */
  titles: Record<string, string>;
  /** Names each worksheet's summary needs, by slug (its summary-names.ts, read on the server). */
  names: Record<string, Names>;
  /** ./words/<locale>.json */
  words: Words;
  locale: string;
  /** The text file's title, e.g. "Good Enough: session summary". */
  heading: string;
  /** The passphrase word list, one space between words (src/engine/send/words/). */
  passWords: string;
}

/**
 * Pick entries from any worksheet, then print them (one block each; the print
 * window also saves a PDF) or download them as a text file a therapist can read.
 * The JSON export, for backup, is on My data.
 */
export default function Summary({
  slugs,
  titles,
  names,
  words,
  locale,
  heading,
  passWords,
}: Props) {
  const w = bind(words, locale);
  const summarized = slugs.flatMap(partsFor);
  // The list of slugs never changes, so the hooks are called in the same order every render.
  const records = summarized.map(({ store }) => useStore(store.$records));
  const only = new URLSearchParams(location.search).get("worksheet");
  const groups: [string, SummaryEntry[], WorksheetStore<RecordMeta>][] = summarized
    .map(({ slug, store, entries }, i): [string, SummaryEntry[], WorksheetStore<RecordMeta>] => [
      slug,
      [...entries(records[i]!, Object.hasOwn(names, slug) ? names[slug]! : {}, locale)].sort(
        (a, b) => b.day.localeCompare(a.day),
      ),
      store,
    ])
    .filter(([slug, e]) => e.length > 0 && (!only || slug === only));
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const chosen = groups.flatMap(([, e]) => e.filter((x) => picked.has(x.key)));
  const toggle = (key: string) => {
    const next = new Set(picked);
    if (!next.delete(key)) next.add(key);
    setPicked(next);
  };

  const download = () =>
    saveEntries(
      { entries: chosen, titles, locale },
      heading,
      (day) => w("fileIntro", { day, count: chosen.length }),
      w("date"),
    );

  if (groups.length === 0) {
    return <p class="notice">{w("empty")}</p>;
  }
  return (
    <div class="summary">
      <div class="no-print">
        {groups.map(([w, entries]) => (
          <fieldset key={w}>
            <legend>{titles[w] ?? w}</legend>
            {entries.map((x) => (
              <label key={x.key} class="pick">
                <input type="checkbox" checked={picked.has(x.key)} onChange={() => toggle(x.key)} />{" "}
                {x.title} ({formatDay(x.day, locale)})
              </label>
            ))}
          </fieldset>
        ))}
        <p class="actions">
          <button type="button" disabled={!chosen.length} onClick={() => print()}>
            {w("print")}
          </button>{" "}
          <button type="button" class="secondary" disabled={!chosen.length} onClick={download}>
            {w("download")}
          </button>
        </p>

        <p role="status">{chosen.length ? w("chosen", { count: chosen.length }) : w("choose")}</p>
        <Send chosen={chosen} w={w} list={passWords} />
      </div>
      {chosen.length > 0 && (
        <section aria-labelledby="summary-preview">
          <h2 id="summary-preview">{w("preview")}</h2>
          <EntryCards entries={chosen} titles={titles} locale={locale} />
        </section>
      )}
    </div>
  );
}
