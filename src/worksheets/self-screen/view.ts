import type { ResultRecord } from "./schema";
import type { Band, Domain, Instrument } from "./instrument";
import { alwaysTry } from "./next-steps";
import {
  bandMeaning,
  concernFor,
  summarize,
  topTwo,
  type Concern,
  type DomainScore,
  type Say,
} from "./scoring";

/** The overall or impact band of a result, with its meaning in plain words. */
export interface BandView {
  band: Band | null;
  meaning: string;
}

export interface DomainView {
  id: string;
  name: string;
  score: number | null;
  band: Band | null;
  /** Present when the domain still exists in the instrument in use. */
  domain?: Domain;
}

export interface ResultView {
  domains: DomainView[];
  /** The two highest scored domains, ties in instrument order. */
  top: DomainView[];
  summary: string;
  /** Why to suggest talking to a professional, if at all; only impact answers give "impact". */
  concern: Concern;
  overall: BandView;
  impact: BandView;
  /** Worksheets to try: those of the top two domains, then the goal planner; no repeats. */
  tryWorksheets: string[];
  /** Each question with the person's answer (the words' "skipped" when skipped). */
  answers: { id: string; text: string; answer: string }[];
  /** False when the result was made with another instrument or version. */
  current: boolean;
}

/**
 * What the results page shows, built from the scores saved with the result,
 * so later edits to the instrument never change an old result.
 */
export function resultView(w: Say, result: ResultRecord, instrument: Instrument): ResultView {
  const current =
    result.instrumentId === instrument.id && result.instrumentVersion === instrument.version;
  const domains: DomainView[] = result.domains.map((d) => {
    const domain = instrument.domains.find((x) => x.id === d.id);
    return { ...d, name: domain?.name ?? d.id, ...(domain ? { domain } : {}) };
  });
  const top = topTwo(domains);
  const summary = summarize(w, { topDomains: top as DomainScore[] } as Parameters<
    typeof summarize
  >[1]);
  const label = (v: number) =>
    instrument.scale.options.find((o) => o.value === v)?.label ?? String(v);
  const answers = current
    ? instrument.items.map((item) => {
        const a = result.answers[item.id];
        return { id: item.id, text: item.text, answer: a === undefined ? w("skipped") : label(a) };
      })
    : Object.entries(result.answers).map(([id, a]) => ({ id, text: id, answer: label(a) }));
  // How many questions of each kind were answered, to tell "skipped them all" from "too few".
  const kindOf = (itemId: string) =>
    instrument.domains.find((d) => d.id === instrument.items.find((i) => i.id === itemId)?.domain)
      ?.kind;
  const answered = (kind: string) =>
    Object.keys(result.answers).filter((id) => kindOf(id) === kind).length;
  const band = (group: "overall" | "impact", kind: string): BandView => ({
    band: result[group].band,
    meaning: bandMeaning(w, group, result[group].band, answered(kind)),
  });
  return {
    domains,
    top,
    summary,
    concern: concernFor(result.overall.band, result.impact.band),
    tryWorksheets: [
      ...new Set(top.flatMap((d) => (d.domain ? [d.domain.worksheet] : [])).concat(alwaysTry)),
    ],
    overall: band("overall", "sign"),
    impact: band("impact", "impact"),
    answers,
    current,
  };
}
