/**
 * The geometry of a cycle diagram: boxes stacked top to bottom, an arrow from
 * each box to the next, and an arrow up the side from the last box back to
 * the first. A column rather than a ring, so the words stay large enough to
 * read on a 375-pixel phone screen. Pure, and the one copy of it: the
 * articles' static diagrams (src/components/CycleDiagram.astro) and the
 * "my cycle" worksheet, which draws someone's own cycle, both lay out here
 * and draw with src/engine/ui/CycleSvg.tsx.
 *
 * The last row may split in two (a fork: "if I meet it… / if I miss it…"),
 * each half looping back on its own side, and a box may sit under the loop,
 * outside it (`aside`: what the cycle costs).
 */

/** The drawing's width in SVG units; the page scales it to fit. */
export const CYCLE_WIDTH = 320;
/** Font size and line height of a box's words, in SVG units. */
export const CYCLE_FONT = 15;
export const CYCLE_LINE = 19;
/** Characters per line: about what fits in a box at that font size. */
export const CYCLE_CHARS = 30;

const PAD_Y = 12;
const PAD_X = 10;
const GAP = 34;
const TOP = 8;
/** Space between the two halves of a fork. */
const SPLIT = 8;
/** Where a loop runs, in from each side of the drawing. */
const LOOP_IN = 20;
/** Room beside the boxes for a loop and its arrowhead. */
const SIDE = 58;
const NO_SIDE = 12;
const HEAD = 7;

/** One box's words: an optional heading (drawn bold) over the text. */
export interface CycleNode {
  head?: string;
  text: string;
  /** For a fork's half: the row its loop goes back to (the first when not given). */
  back?: number;
}

/** One row of the cycle: a box, or (as the last row only) a fork of two boxes. */
export type CycleRow = string | CycleNode | readonly [CycleNode, CycleNode];

export interface CycleOptions {
  /** The drawing's width (CYCLE_WIDTH when not given); wider means more words a line. */
  width?: number;
  /** At most this many lines of a box's text, the last cut with "…" (all when not given). */
  maxLines?: number;
  /** At least this many lines of room in each box, for writing by hand. */
  minLines?: number;
  /** A box under the cycle, outside the loop. */
  aside?: CycleNode;
}

export interface CycleBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The heading and text, wrapped into lines. */
  lines: string[];
  /** How many of the lines are the heading. */
  head: number;
  /** Where each line's baseline sits. */
  baselines: number[];
  /** Outside the loop (drawn dashed). */
  aside?: boolean;
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
  /** Row by row, left to right, then the aside. */
  boxes: CycleBox[];
  /** Into each next row, and last of all the loops back. */
  arrows: CycleArrow[];
}

/** About how many characters fit on one line of a box this wide. */
export const charsFor = (width: number): number =>
  Math.floor((width - PAD_X * 2) / (CYCLE_FONT / 2));

/**
 * Splits a label into lines of at most `max` characters, breaking only at
 * spaces. With `maxLines` (someone's own words), a word longer than a line is
 * cut into pieces, and text past the last line is left out, the last line
 * ending in "…"; otherwise every word is kept whole.
 */
export function wrapLabel(text: string, max = CYCLE_CHARS, maxLines?: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.trim().split(/\s+/);
  const pieces = maxLines
    ? words.flatMap((w) => w.match(new RegExp(`.{1,${max}}`, "gu")) ?? [])
    : words;
  for (const word of pieces) {
    if (!word) continue;
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (!maxLines || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, max - 1).trimEnd()}…`;
  return kept;
}

const downHead = (x: number, tip: number) =>
  `${x - HEAD},${tip - HEAD * 1.4} ${x + HEAD},${tip - HEAD * 1.4} ${x},${tip}`;
const leftHead = (tip: number, y: number) =>
  `${tip + HEAD * 1.4},${y - HEAD} ${tip + HEAD * 1.4},${y + HEAD} ${tip},${y}`;
const rightHead = (tip: number, y: number) =>
  `${tip - HEAD * 1.4},${y - HEAD} ${tip - HEAD * 1.4},${y + HEAD} ${tip},${y}`;

const mid = (b: CycleBox) => b.y + b.height / 2;

/** Lays out a cycle of two or more rows; only the last may be a fork. */
export function layoutCycle(steps: readonly CycleRow[], options: CycleOptions = {}): CycleLayout {
  if (steps.length < 2) throw new Error("A cycle needs at least two steps.");
  const rows = steps.map((s): CycleNode[] =>
    typeof s === "string" ? [{ text: s }] : Array.isArray(s) ? [...s] : [s as CycleNode],
  );
  if (rows.slice(0, -1).some((r) => r.length > 1))
    throw new Error("Only a cycle's last step can split in two.");
  const fork = rows[rows.length - 1]!.length > 1;
  const width = options.width ?? CYCLE_WIDTH;
  const left = fork ? SIDE - LOOP_IN : NO_SIDE;
  const right = width - SIDE;
  const full = right - left;
  const half = (full - SPLIT) / 2;

  const box = (node: CycleNode, x: number, y: number, w: number): CycleBox => {
    const max = charsFor(w);
    const head = node.head ? wrapLabel(node.head, max) : [];
    const text = wrapLabel(node.text, max, options.maxLines);
    const room = Math.max(options.minLines ?? 0, text.length);
    const all = [...head, ...text];
    // The first baseline sits one font size below the padding, less a little for descenders.
    const baselines = all.map((_, i) => y + PAD_Y + CYCLE_FONT - 1 + i * CYCLE_LINE);
    const height = (head.length + room) * CYCLE_LINE + PAD_Y * 2;
    return { x, y, width: w, height, lines: all, head: head.length, baselines };
  };

  const boxes: CycleBox[] = [];
  const placed: CycleBox[][] = [];
  let y = TOP;
  for (const row of rows) {
    let made: CycleBox[];
    if (row.length === 1) made = [box(row[0]!, left, y, full)];
    else {
      // Both halves as tall as the taller, so the fork reads as one row.
      made = row.map((n, i) => box(n, left + i * (half + SPLIT), y, half));
      const tall = Math.max(...made.map((b) => b.height));
      for (const b of made) b.height = tall;
    }
    placed.push(made);
    boxes.push(...made);
    y += made[0]!.height + GAP;
  }

  const centerX = left + full / 2;
  const arrows: CycleArrow[] = [];
  for (let i = 1; i < placed.length; i++) {
    const from = placed[i - 1]![0]!;
    const bottom = from.y + from.height;
    for (const to of placed[i]!) {
      const x = to.x + to.width / 2;
      const turn = x === centerX ? "" : ` V${bottom + GAP / 2} H${x}`;
      arrows.push({
        line: `M${centerX} ${bottom}${turn} V${to.y - HEAD}`,
        head: downHead(x, to.y),
      });
    }
  }
  const last = placed[placed.length - 1]!;
  const target = (n?: number) => placed[n ?? 0]?.[0] ?? placed[0]![0]!;
  const rightLoop = width - LOOP_IN;
  const r = last[last.length - 1]!;
  const rTo = target(rows[rows.length - 1]![last.length - 1]!.back);
  arrows.push({
    line: `M${right} ${mid(r)} H${rightLoop} V${mid(rTo)} H${right + HEAD}`,
    head: leftHead(right, mid(rTo)),
  });
  if (fork) {
    const l = last[0]!;
    const lTo = target(rows[rows.length - 1]![0]!.back);
    arrows.push({
      line: `M${left} ${mid(l)} H${LOOP_IN} V${mid(lTo)} H${left - HEAD}`,
      head: rightHead(left, mid(lTo)),
    });
  }
  if (options.aside) boxes.push({ ...box(options.aside, left, y, full), aside: true });
  const end = boxes[boxes.length - 1]!;
  return { width, height: end.y + end.height + TOP, boxes, arrows };
}

/** The cycle in words, for screen readers and anyone who cannot see the drawing. */
export function describeCycle(steps: readonly string[]): string {
  const parts = steps.map((s, i) => `${i + 1}. ${s.replace(/[.\s]+$/, "")}.`);
  return `${parts.join(" ")} Then it goes back to step 1, and the cycle starts again.`;
}
