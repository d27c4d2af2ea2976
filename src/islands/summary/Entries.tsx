import { summaryText, type SummaryEntry } from "../../lib/summary";
import { formatDay, localDay } from "../../engine/core/dates";
import { downloadText } from "../../engine/core/download";

interface Props {
  entries: SummaryEntry[];
  /** Worksheet titles by slug; an unknown slug is shown as it is. */
  titles: Record<string, string>;
  locale: string;
}

/** Entries as the printed summary shows them: a card each, its fields as label and value. */
export function EntryCards({ entries, titles, locale }: Props) {
  return (
    <>
      {entries.map((x) => (
        <article key={x.key} class="card summary-entry">
          <h3>{x.title}</h3>
          <p class="muted">
            {titles[x.worksheet] ?? x.worksheet} · {formatDay(x.day, locale)}
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
    </>
  );
}

/** Downloads the entries as the summary's readable text file (summaryText). */
export function saveEntries(
  { entries, titles, locale }: Props,
  heading: string,
  intro: (day: string) => string,
  dateLabel: string,
) {
  const long = (day: string) => formatDay(day, locale);
  const today = localDay(new Date());
  const text = summaryText(entries, {
    heading,
    intro: intro(long(today)),
    worksheetTitle: (slug) => titles[slug] ?? slug,
    day: long,
    dateLabel,
  });
  downloadText(`good-enough-summary-${today}.txt`, text, "text/plain;charset=utf-8");
}
