import { useState } from "preact/hooks";
import {
  experimentEntries,
  goalPlannerEntries,
  nameFrom,
  selfScreenEntries,
  type SummaryEntry,
} from "../../lib/summary";
import { live } from "../../engine/storage/merge";
import { experimentTracker } from "../../worksheets/experiment-tracker/store";
import { thoughtRecord } from "../../worksheets/thought-record/store";
import { thoughtRecordEntries, trapWords } from "../../worksheets/thought-record/summary";
import { exposureLadder } from "../../worksheets/exposure-ladder/store";
import { exposureLadderEntries } from "../../worksheets/exposure-ladder/summary";
import { selfCompassionJournal } from "../../worksheets/self-compassion-journal/store";
import { selfCompassionJournalEntries } from "../../worksheets/self-compassion-journal/summary";
import { relapsePreventionPlan } from "../../worksheets/relapse-prevention-plan/store";
import { relapsePreventionPlanEntries } from "../../worksheets/relapse-prevention-plan/summary";
import type { PlanPartId } from "../../worksheets/relapse-prevention-plan/plan";
import { goalPlanner } from "../../worksheets/goal-planner/store";
import { selfScreen } from "../../worksheets/self-screen/store";
import type { RecordMeta, StoredValue } from "../../engine/storage/record";
import type { WorksheetStore } from "../../engine/storage/worksheet-store";
import { downloadExport } from "../../engine/core/download";
import { useStore } from "../../engine/core/use-store";
import "./summary.css";

interface Props {
  /** Worksheet titles by slug. */
  titles: Record<string, string>;
  /** Self-screen domain names by id, from the instrument. */
  domainNames: Record<string, string>;
  /** Thinking-trap names by id, from the glossary (content/distortions.json). */
  trapNames: Record<string, string>;
  /** The relapse-prevention plan's part titles, in page order. */
  planTitles: Record<PlanPartId, string>;
}

/** Pick entries from any worksheet, then print them (one block each) or download them. */
export default function Summary({ titles, domainNames, trapNames, planTitles }: Props) {
  const screen = useStore(selfScreen.$records);
  const goals = useStore(goalPlanner.$records);
  const experiments = useStore(experimentTracker.$records);
  const thoughtRecordRecords = useStore(thoughtRecord.$records);
  const exposureLadderRecords = useStore(exposureLadder.$records);
  const selfCompassionJournalRecords = useStore(selfCompassionJournal.$records);
  const relapsePreventionPlanRecords = useStore(relapsePreventionPlan.$records);
  const only = new URLSearchParams(location.search).get("worksheet");
  const groups: [string, SummaryEntry[], WorksheetStore<RecordMeta>][] = (
    [
      [
        "self-screen",
        selfScreenEntries(screen, (id) => nameFrom(domainNames, id) ?? id),
        selfScreen,
      ],
      ["goal-planner", goalPlannerEntries(goals), goalPlanner],
      ["experiment-tracker", experimentEntries(experiments), experimentTracker],
      [
        "thought-record",
        thoughtRecordEntries(
          thoughtRecordRecords,
          (id) => nameFrom(trapNames, id) ?? trapWords(id),
        ),
        thoughtRecord,
      ],
      ["exposure-ladder", exposureLadderEntries(exposureLadderRecords), exposureLadder],
      [
        "self-compassion-journal",
        selfCompassionJournalEntries(selfCompassionJournalRecords),
        selfCompassionJournal,
      ],
      [
        "relapse-prevention-plan",
        relapsePreventionPlanEntries(relapsePreventionPlanRecords, planTitles),
        relapsePreventionPlan,
      ],
    ] as [string, SummaryEntry[], unknown][]
  )
    .map(([w, e, s]): [string, SummaryEntry[], WorksheetStore<RecordMeta>] => [
      w,
      [...e].sort((a, b) => b.day.localeCompare(a.day)),
      s as WorksheetStore<RecordMeta>,
    ])
    .filter(([w, e]) => e.length > 0 && (!only || w === only));
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const chosen = groups.flatMap(([, e]) => e.filter((x) => picked.has(x.key)));
  const toggle = (key: string) => {
    const next = new Set(picked);
    if (!next.delete(key)) next.add(key);
    setPicked(next);
  };

  function download() {
    const values: Record<string, StoredValue<RecordMeta>> = {};
    for (const [w, entries, store] of groups) {
      const ids = new Set(entries.filter((x) => picked.has(x.key)).flatMap((x) => x.recordIds));
      if (ids.size)
        values[w] = {
          version: store.codec.version,
          records: live(store.$value.get().records).filter((r) => ids.has(r.id)),
        };
    }
    downloadExport(values, "summary");
  }

  if (groups.length === 0) {
    return (
      <p class="notice">
        There are no entries on this device yet. Entries you make in the worksheets appear here.
      </p>
    );
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
                {x.title} ({x.day})
              </label>
            ))}
          </fieldset>
        ))}
        <p class="actions">
          <button type="button" disabled={!chosen.length} onClick={() => print()}>
            Print the summary
          </button>{" "}
          <button type="button" class="secondary" disabled={!chosen.length} onClick={download}>
            Download the summary
          </button>
        </p>
        <p role="status">
          {chosen.length ? `${chosen.length} chosen` : "Choose the entries to bring."}
        </p>
      </div>
      {chosen.length > 0 && (
        <section aria-labelledby="summary-preview">
          <h2 id="summary-preview">Your summary</h2>
          {chosen.map((x) => (
            <article key={x.key} class="card summary-entry">
              <h3>{x.title}</h3>
              <p class="muted">
                {titles[x.worksheet]} · {x.day}
              </p>
              <dl>
                {x.lines.map(([k, v], i) => (
                  <div key={i}>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
              </dl>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
