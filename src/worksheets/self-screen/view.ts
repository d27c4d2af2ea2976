import type { ResultRecord } from "./schema";
import type { Band, Domain, Instrument } from "./instrument";
import { summarize, topTwo, type DomainScore, type Say } from "./scoring";

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
  /** The impact or overall band is high: suggest talking to a professional. */
  highImpact: boolean;
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
  return {
    domains,
    top,
    summary,
    highImpact: result.impact.band === "high" || result.overall.band === "high",
    answers,
    current,
  };
}
