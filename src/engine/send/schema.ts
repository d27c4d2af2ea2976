import * as v from "../core/validate";
import type { SummaryEntry } from "../../lib/summary";
import { SENT_VERSION } from "./codec";

/**
 * What a send-back link (/for-therapists/view/#sum=…) holds once opened: the
 * entries a client chose on the session summary, as that page shows them.
 * `v` is the format's version, `d` the day the link was made (YYYY-MM-DD),
 * and each entry is its worksheet's slug `w`, day `d`, title `t` and its
 * label and value lines `l`. Keys are one letter to keep links short.
 * Links are written by `toSent` in ./codec.ts (so the summary page does not
 * carry this reader) and read here.
 *
 * The limits are ones a real link could never reach; they bound what a
 * made-up link can ask the page to draw.
 */
const TEXT_MAX = 20_000;
const ENTRIES_MAX = 500;

const text = () => v.pipe(v.string(), v.maxLength(TEXT_MAX));
// A day the browser can show. (Not v.isoDate: no other page's code outside the engine uses it,
// and exporting it from the shared engine chunk would add bytes to every page.)
const day = () =>
  v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d\d-\d\d$/),
    v.check((d: string) => !Number.isNaN(Date.parse(d))),
  );
const sentSchema = v.object({
  v: v.literal(SENT_VERSION),
  d: day(),
  e: v.pipe(
    v.array(
      v.object({
        w: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)),
        d: day(),
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
