import { useEffect, useMemo, useState } from "preact/hooks";
import type { Names, SummaryEntry } from "../../lib/summary";
import type { RecordMeta } from "../../engine/storage/record";
import { getEngine } from "../../engine/storage/engine";
import { readOnly } from "../../engine/my-data/read";
import { formatDay } from "../../engine/core/dates";
import { words as bind, type Words } from "../../engine/core/words";
import { EntryCards, saveEntries } from "./Entries";
import Send from "./Send";
import "./summary.css";

type Entries = (records: RecordMeta[], names: Names, locale: string) => SummaryEntry[];
// Each worksheet's summary.ts, found by file name in its folder. The entries are read
// straight from storage (readOnly), so this page loads no worksheet's store or schema.
const summaries = import.meta.glob<Entries>("../../worksheets/*/summary.ts", {
  eager: true,
  import: "summaryEntries",
});

interface Props {
  /** The worksheets' slugs, in the registry's order. */
  slugs: string[];
  /** Each worksheet's stored version (its manifest's), by slug: newer values are not shown. */
  versions: Record<string, number>;
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

/** [slug, its entries newest first, true when some of its entries could not be shown]. */
type Group = [string, SummaryEntry[], boolean];

/**
 * Pick entries from any worksheet, then print them (one block each; the print
 * window also saves a PDF) or download them as a text file a therapist can read.
 * The JSON export, for backup, is on My data.
 */
export default function Summary({
  slugs,
  versions,
  titles,
  names,
  words,
  locale,
  heading,
  passWords,
}: Props) {
  const w = bind(words, locale);
  // Read again when another tab saves, not on every tick of a checkbox.
  const [saved, setSaved] = useState(0);
  useEffect(() => getEngine().onChange(() => setSaved((n) => n + 1)), []);
  const only = new URLSearchParams(location.search).get("worksheet");
  const all = useMemo(
    () =>
      slugs.flatMap((slug): Group[] => {
        const entries = summaries[`../../worksheets/${slug}/summary.ts`];
        if (!entries || (only && slug !== only)) return [];
        const { records, skipped } = readOnly(slug, versions[slug] ?? 1);
        const describe = (rs: RecordMeta[]) => {
          try {
            return entries(rs, Object.hasOwn(names, slug) ? names[slug]! : {}, locale);
          } catch {
            return null;
          }
        };
        // A record this page cannot describe is left out, not the whole worksheet:
        // its own page shows and checks it.
        const whole = describe(records);
        const list = whole ?? describe(records.filter((r) => describe([r]))) ?? [];
        return [[slug, list.sort((a, b) => b.day.localeCompare(a.day)), skipped || !whole]];
      }),
    [saved],
  );
  const groups = all.filter(([, e]) => e.length > 0);
  const unshown = all.filter(([, , skipped]) => skipped);
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

  const notes = unshown.map(([slug]) => (
    <p key={slug} class="notice no-print">
      {w("unshown", { title: titles[slug] ?? slug })}
    </p>
  ));
  if (groups.length === 0) {
    return (
      <>
        {notes}
        <p class="notice">{w("empty")}</p>
      </>
    );
  }
  return (
    <div class="summary">
      {notes}
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
