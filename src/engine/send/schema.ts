import * as v from "../core/validate";
import type { SummaryEntry } from "../../lib/summary";

/**
 * What a send-back link (/for-therapists/view/#sum=…) holds once opened: the
 * entries a client chose on the session summary, as that page shows them.
 * `v` is the format's version, `d` the day the link was made (YYYY-MM-DD),
 * and each entry is its worksheet's slug `w`, day `d`, title `t` and its
 * label and value lines `l`. Keys are one letter to keep links short.
 */
export const SENT_VERSION = 1;
/** Limits a link could never pass anyway; they bound what a made-up link can ask a page to draw. */
const TEXT_MAX = 20_000;
const ENTRIES_MAX = 500;

const text = () => v.pipe(v.string(), v.maxLength(TEXT_MAX));
const sentSchema = v.object({
  v: v.literal(SENT_VERSION),
  d: v.pipe(v.string(), v.isoDate()),
  e: v.pipe(
    v.array(
      v.object({
        w: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)),
        d: v.pipe(v.string(), v.isoDate()),
        t: text(),
        l: v.pipe(
          v.array(
            v.pipe(
              v.array(text()),
              v.check((pair: string[]) => pair.length === 2),
            ),
          ),
          v.maxLength(200),
        ),
      }),
    ),
    v.maxLength(ENTRIES_MAX),
  ),
});
export type Sent = v.InferOutput<typeof sentSchema>;

/** The payload's JSON for these entries, made on `day`. */
export const toSent = (entries: SummaryEntry[], day: string): Sent => ({
  v: SENT_VERSION,
  d: day,
  e: entries.map((x) => ({ w: x.worksheet, d: x.day, t: x.title, l: x.lines })),
});

/** The entries in an opened link, in the summary's shape, or null when it is not a link's JSON. */
export function fromSent(data: unknown): { day: string; entries: SummaryEntry[] } | null {
  const r = v.safeParse(sentSchema, data);
  return r.success
    ? {
        day: r.output.d,
        entries: r.output.e.map((x, i) => ({
          key: String(i),
          worksheet: x.w,
          day: x.d,
          title: x.t,
          lines: x.l as [string, string][],
          recordIds: [],
        })),
      }
    : null;
}
