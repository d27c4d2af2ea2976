import type { CycleLayout } from "../../lib/cycle-diagram";
import "./cycle.css";

interface Props {
  layout: CycleLayout;
  /**
   * The drawing's name and its steps in words, when the drawing is the only
   * telling of them (an article). Without it the drawing is hidden from
   * screen readers: the page lists the same steps in words beside it.
   */
  label?: { id: string; title: string; desc: string };
  /** Where each box leads, by box, for a pointer; the list in words carries the same links. */
  hrefs?: readonly (string | undefined)[];
  class?: string;
}

/**
 * Draws a laid-out cycle (src/lib/cycle-diagram.ts) as SVG boxes and arrows.
 * Rendered on the server for articles (no JavaScript) and in the "my cycle"
 * worksheet's island. Colors come from the design tokens, so it follows the theme.
 */
export function CycleSvg({ layout, label, hrefs, class: cls }: Props) {
  return (
    <svg
      class={`cycle-svg ${cls ?? ""}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      {...(label
        ? {
            role: "img",
            "aria-labelledby": `${label.id}-title`,
            "aria-describedby": `${label.id}-desc`,
          }
        : { "aria-hidden": "true" })}
    >
      {label && <title id={`${label.id}-title`}>{label.title}</title>}
      {label && <desc id={`${label.id}-desc`}>{label.desc}</desc>}
      {layout.arrows.map((a, i) => (
        <g class="cycle-arrow" key={`a${i}`}>
          <path d={a.line} />
          <polygon points={a.head} />
        </g>
      ))}
      {layout.boxes.map((b, i) => {
        const shape = (
          <g class={b.aside ? "cycle-box cycle-aside" : "cycle-box"}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="8" />
            {b.lines.map((line, j) => (
              <text
                key={j}
                x={b.x + b.width / 2}
                y={b.baselines[j]}
                class={j < b.head ? "cycle-head" : undefined}
              >
                {line}
              </text>
            ))}
          </g>
        );
        const href = hrefs?.[i];
        // Out of the tab order: keyboard and screen-reader users have the same link in the list.
        return href ? (
          <a key={i} href={href} tabindex={-1}>
            {shape}
          </a>
        ) : (
          <g key={i}>{shape}</g>
        );
      })}
    </svg>
  );
}
