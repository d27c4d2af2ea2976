/**
 * The geometry of a cycle diagram: boxes stacked top to bottom, an arrow from
 * each box to the next, and one arrow up the right-hand side from the last box
 * back to the first. A column rather than a ring, so the words stay large
 * enough to read on a 375-pixel phone screen. Pure, so a worksheet that draws
 * someone's own cycle can reuse it (src/components/CycleDiagram.astro draws it).
 */

/** The drawing's width in SVG units; the page scales it to fit. */
export const CYCLE_WIDTH = 320;
/** Font size and line height of a box's words, in SVG units. */
export const CYCLE_FONT = 15;
export const CYCLE_LINE = 19;
/** Characters per line: about what fits in a box at that font size. */
export const CYCLE_CHARS = 30;

const BOX_X = 12;
const BOX_W = 250;
const PAD_Y = 12;
const GAP = 34;
const TOP = 8;
const LOOP_X = 300;
const HEAD = 7;

export interface CycleBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label, wrapped into lines. */
  lines: string[];
  /** Where each line's baseline sits. */
  baselines: number[];
}

export interface CycleArrow {
  /** An SVG path for the arrow's line. */
  line: string;
  /** An SVG polygon's points for its head. */
  head: string;
}

export interface CycleLayout {
  width: number;
  height: number;
  boxes: CycleBox[];
  /** From each box to the next, and last of all the loop back to the first. */
  arrows: CycleArrow[];
}

/** Splits a label into lines of at most `max` characters, breaking only at spaces. */
export function wrapLabel(text: string, max = CYCLE_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (!word) continue;
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const downHead = (x: number, tip: number) =>
  `${x - HEAD},${tip - HEAD * 1.4} ${x + HEAD},${tip - HEAD * 1.4} ${x},${tip}`;
const leftHead = (tip: number, y: number) =>
  `${tip + HEAD * 1.4},${y - HEAD} ${tip + HEAD * 1.4},${y + HEAD} ${tip},${y}`;

/** Lays out a cycle of two or more steps. */
export function layoutCycle(steps: readonly string[]): CycleLayout {
  if (steps.length < 2) throw new Error("A cycle needs at least two steps.");
  const boxes: CycleBox[] = [];
  let y = TOP;
  for (const step of steps) {
    const lines = wrapLabel(step);
    const height = lines.length * CYCLE_LINE + PAD_Y * 2;
    // The first baseline sits one font size below the padding, less a little for descenders.
    const baselines = lines.map((_, i) => y + PAD_Y + CYCLE_FONT - 1 + i * CYCLE_LINE);
    boxes.push({ x: BOX_X, y, width: BOX_W, height, lines, baselines });
    y += height + GAP;
  }
  const centerX = BOX_X + BOX_W / 2;
  const right = BOX_X + BOX_W;
  const arrows: CycleArrow[] = boxes.slice(1).map((box, i) => {
    const from = boxes[i]!.y + boxes[i]!.height;
    return { line: `M${centerX} ${from} V${box.y - HEAD}`, head: downHead(centerX, box.y) };
  });
  const first = boxes[0]!;
  const last = boxes[boxes.length - 1]!;
  const fromY = last.y + last.height / 2;
  const toY = first.y + first.height / 2;
  arrows.push({
    line: `M${right} ${fromY} H${LOOP_X} V${toY} H${right + HEAD}`,
    head: leftHead(right, toY),
  });
  return { width: CYCLE_WIDTH, height: last.y + last.height + TOP, boxes, arrows };
}

/** The cycle in words, for screen readers and anyone who cannot see the drawing. */
export function describeCycle(steps: readonly string[]): string {
  const parts = steps.map((s, i) => `${i + 1}. ${s.replace(/[.\s]+$/, "")}.`);
  return `${parts.join(" ")} Then it goes back to step 1, and the cycle starts again.`;
}
