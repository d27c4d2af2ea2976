import { CycleSvg } from "../../engine/ui/CycleSvg";
import { layoutCycle } from "../../lib/cycle-diagram";
import type { Say } from "../../engine/core/words";
import { BACK_TO, cycleRows, PAPER, PARTS, SCREEN, type PartId } from "./cycle";

/** A worksheet that works on a part: where it is and its name. */
export interface PartLink {
  href: string;
  title: string;
}

interface Props {
  /** The person's words by part. */
  parts: Record<PartId, string>;
  w: Say;
  /** Each part's worksheet, from the registry (pages/index.astro). */
  links: Partial<Record<PartId, PartLink>>;
}

/**
 * One person's cycle: the drawing (narrow on screen, wide on paper; their
 * words cut to fit) and, beside it, the same steps in words, in full, as an
 * ordered list with a link to the worksheet that works on each part.
 */
export function Drawing({ parts, w, links }: Props) {
  const { rows, aside } = cycleRows(
    (p) => w(`${p}Box`),
    (p) => parts[p].trim() || w("notFilled"),
  );
  const hrefs = PARTS.map((p) => links[p]?.href);
  return (
    <div class="cyc-drawing">
      <figure class="cyc-figure">
        <CycleSvg layout={layoutCycle(rows, { ...SCREEN, aside })} hrefs={hrefs} class="no-print" />
        <CycleSvg layout={layoutCycle(rows, { ...PAPER, aside })} class="print-only" />
        <figcaption class="ws-hint no-print">{w("drawingNote")}</figcaption>
      </figure>
      <section class="cyc-words" aria-labelledby="cyc-words-h">
        <h3 id="cyc-words-h">{w("wordsH")}</h3>
        <ol>
          {PARTS.map((p) => {
            const link = links[p];
            const back = BACK_TO[p];
            return (
              <li key={p}>
                <strong>{w(`${p}Box`)}</strong>
                <p class={parts[p].trim() ? "cyc-text" : "cyc-text muted"}>
                  {parts[p].trim() || w("notFilled")}
                </p>
                {back && <p>{w("backTo", { step: back })}</p>}
                {p === "costs" && <p>{w("outside")}</p>}
                {link && (
                  <p class="no-print">
                    <a href={link.href}>{w("workOn", { title: link.title })}</a>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
