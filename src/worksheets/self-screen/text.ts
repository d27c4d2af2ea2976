import { formatDayTime, localDay } from "../../engine/core/dates";
import { worksheetPath } from "../../engine/core/routes";
import type { Instrument } from "./instrument";
import type { ResultRecord } from "./schema";
import { bandLabel, type Say } from "./scoring";
import { resultView } from "./view";

/** One region's crisis lines, as content/crisis-lines.json gives them (read on the server). */
export interface CrisisGroup {
  region: string;
  services: { name: string; how: string; web?: string; referral?: boolean }[];
}

export interface ResultTextInput {
  w: Say;
  locale: string;
  instrument: Instrument;
  result: ResultRecord;
  crisisLines: readonly CrisisGroup[];
  /** The program's contact from src/site.config.ts, when one is set. */
  contact?: string;
  /** The site's public origin, so links in the file work from anywhere. */
  siteUrl: string;
  /** The getting-help page's path. */
  helpPath: string;
  /** Worksheet titles by slug. */
  worksheetTitles: Record<string, string>;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`);

/**
 * A self-screen result as a plain-text file a person, a therapist or a doctor
 * can read (headings in Markdown style, so it also reads as Markdown): the
 * date and time, that it is not a diagnosis, the bands with their meanings,
 * each area, the answers, next steps and the crisis lines. Pure: the same
 * input always gives the same text.
 */
export function resultText(input: ResultTextInput): string {
  const { w, result, instrument } = input;
  const view = resultView(w, result, instrument);
  const link = (path: string) => input.siteUrl.replace(/\/$/, "") + path;
  const next = [
    ...(input.contact ? [input.contact] : []),
    w("textHelp", { url: link(input.helpPath) }),
    w("textDoctor"),
    ...view.tryWorksheets.map((slug) =>
      w("textTry", {
        title: input.worksheetTitles[slug] ?? slug,
        url: link(worksheetPath(slug)),
      }),
    ),
  ];
  return [
    `# ${w("textTitle", { date: formatDayTime(result.completedAt, input.locale) })}`,
    "",
    w("notDiagnosis"),
    "",
    view.summary,
    "",
    `## ${w("bandsH")}`,
    "",
    ...bullets([
      `${w("overallLine")}${bandLabel(w, view.overall.band)}. ${view.overall.meaning}`,
      `${w("impactLine")}${bandLabel(w, view.impact.band)}. ${view.impact.meaning}`,
    ]),
    "",
    `## ${w("textAreasH")}`,
    "",
    ...bullets(
      view.domains.map(
        (d) =>
          w("bandLine", { name: d.name }) +
          (d.score === null
            ? w("areaMissing")
            : w("textScore", { score: d.score.toFixed(1), band: bandLabel(w, d.band) })),
      ),
    ),
    "",
    `## ${w("answersH")}`,
    "",
    instrument.scale.prompt,
    "",
    ...bullets(view.answers.map((a) => `${a.text} (${a.answer})`)),
    "",
    `## ${w("nextH")}`,
    "",
    ...bullets(next),
    "",
    `## ${w("textCrisisH")}`,
    "",
    w("textDanger"),
    ...input.crisisLines.flatMap((group) => [
      "",
      `### ${group.region}`,
      "",
      ...bullets(
        group.services.map(
          (s) =>
            `${s.name}${s.referral ? w("textReferral") : ""}: ${s.how}${s.web ? ` ${s.web}` : ""}`,
        ),
      ),
    ]),
    "",
  ].join("\n");
}

/** The file's name, with the result's local date and time, e.g. self-screen-2026-12-06-2141.txt. */
export function resultFileName(result: Pick<ResultRecord, "completedAt">): string {
  const at = new Date(result.completedAt);
  const time = [at.getHours(), at.getMinutes()].map((n) => String(n).padStart(2, "0")).join("");
  return `self-screen-${localDay(at)}-${time}.txt`;
}
