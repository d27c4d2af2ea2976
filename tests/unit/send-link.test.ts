import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FORMAT,
  ITERATIONS,
  open,
  OWN_MIN,
  passphrase,
  seal,
  sealedFromHash,
  sealedLength,
  SEND_MAX,
  SENT_VERSION,
  tidy,
  toSent,
} from "../../src/engine/send/codec";
import { fromSent } from "../../src/engine/send/schema";
import { base64urlToBytes, bytesToBase64url } from "../../src/engine/base64url";
import type { SummaryEntry } from "../../src/lib/summary";
import list from "../../src/engine/send/words/passphrase.en.json";

// Links are always made with ITERATIONS; these tests pass fewer so that hundreds of opens stay quick.
const FEW = 1000;
const PASS = "maple river candle otter quilt";

const entry = (n: number, extra: Partial<SummaryEntry> = {}): SummaryEntry => ({
  key: String(n),
  worksheet: "thought-record",
  day: `2026-11-${String(n + 1).padStart(2, "0")}`,
  title: `A thought ${n}`,
  lines: [
    ["Situation", "A meeting ran late"],
    ["Thought", "They think my work is sloppy\nand I will be found out"],
  ],
  recordIds: [],
  ...extra,
});

/** What a link's entries are once opened: the summary's shape, keys by position. */
const opened = (entries: SummaryEntry[]) =>
  entries.map((e, i) => ({ ...e, key: String(i), recordIds: [] }));

const day = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const entryArb = fc.record({
  key: fc.string(),
  worksheet: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  day,
  title: fc.string({ unit: "grapheme", maxLength: 40 }),
  lines: fc.array(
    fc.tuple(fc.string({ maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 80 })),
    {
      maxLength: 4,
    },
  ),
  recordIds: fc.constant([] as string[]),
});

async function sealEntries(entries: SummaryEntry[], pass = PASS) {
  return seal(toSent(entries, "2026-12-07"), pass, FEW);
}
async function openEntries(payload: string, pass = PASS) {
  const r = await open(payload, pass, FEW);
  return r.ok ? fromSent(r.value) : r.error;
}

describe("send-back links", () => {
  it("makes every link with at least 600,000 rounds of PBKDF2", () => {
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it("gives back exactly the entries that were sent, with the right passphrase", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 5 }), async (entries) => {
        const back = await openEntries(await sealEntries(entries));
        expect(back).toEqual({ day: "2026-12-07", entries: opened(entries) });
      }),
      { numRuns: 40 },
    );
  });

  it("opens with the production rounds when none are given", async () => {
    const payload = await seal(toSent([entry(1)], "2026-12-07"), PASS);
    expect(await open(payload, PASS, FEW)).toEqual({ ok: false, error: "passphrase" });
    const r = await open(payload, PASS);
    expect(r.ok && fromSent(r.value)?.entries).toEqual(opened([entry(1)]));
  });

  it("does not care about capitals or extra spaces in the passphrase", async () => {
    const payload = await sealEntries([entry(1)]);
    expect(await openEntries(payload, "  Maple  RIVER candle\totter quilt ")).not.toBe(
      "passphrase",
    );
    expect(tidy(" A  b\nC ")).toBe("a b c");
  });

  it("refuses any other passphrase", async () => {
    const payload = await sealEntries([entry(1)]);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((p) => tidy(p) !== tidy(PASS)),
        async (wrong) => {
          expect(await openEntries(payload, wrong)).toBe("passphrase");
        },
      ),
      { numRuns: 30 },
    );
  });

  it("refuses a link with any single bit flipped", async () => {
    const payload = await sealEntries([entry(1, { lines: [] })]);
    const bytes = base64urlToBytes(payload)!;
    for (let i = 0; i < bytes.length * 8; i++) {
      const bad = bytes.slice();
      bad[i >> 3]! ^= 1 << (i & 7);
      const error = await openEntries(bytesToBase64url(bad));
      expect(error, `bit ${i}`).toBe(i < 8 ? "unknown-version" : "passphrase");
    }
  });

  it("refuses a link with any character changed, even one whose spare bits are all that differ", async () => {
    const payload = await sealEntries([entry(1, { lines: [] })]);
    const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < payload.length; i++) {
      const c = abc.indexOf(payload[i]!);
      for (const flip of [1, 2, 32]) {
        const bad = payload.slice(0, i) + abc[c ^ flip]! + payload.slice(i + 1);
        expect(typeof (await openEntries(bad)), `character ${i}`).toBe("string");
      }
    }
  });

  it("refuses a link cut short at any length, or made longer", async () => {
    const payload = await sealEntries([entry(1, { lines: [] })]);
    for (let n = 0; n < payload.length; n++)
      expect(typeof (await openEntries(payload.slice(0, n))), `length ${n}`).toBe("string");
    expect(typeof (await openEntries(`${payload}A`))).toBe("string");
    expect(await openEntries("not a link!")).toBe("damaged");
    expect(await openEntries("A".repeat(SEND_MAX + 4))).toBe("damaged");
  });

  it("refuses a link made in a future format, kindly, without trying the passphrase", async () => {
    const bytes = base64urlToBytes(await sealEntries([entry(1)]))!;
    for (const version of [0, FORMAT + 1, 255]) {
      bytes[0] = version;
      expect(await openEntries(bytesToBase64url(bytes))).toBe("unknown-version");
    }
  });

  it("refuses entries in a future version of the JSON, or in the wrong shape", async () => {
    const sealed = (value: unknown) => seal(value, PASS, FEW);
    const good = toSent([entry(1)], "2026-12-07");
    for (const value of [
      { ...good, v: SENT_VERSION + 1 },
      { ...good, d: "yesterday" },
      { ...good, e: [{ ...good.e[0]!, d: "2026-13-01" }] },
      { ...good, e: [{ ...good.e[0]!, w: "../worksheet" }] },
      { ...good, e: [{ ...good.e[0]!, t: "x".repeat(20_001) }] },
      { ...good, e: [{ w: "x", d: "2026-12-01", t: "A", l: [["one"]] }] },
      [good],
      "text",
    ])
      expect(await openEntries(await sealed(value))).toBeNull();
  });

  it("uses a new salt and IV for every link, so one passphrase never makes the same link twice", async () => {
    const a = await sealEntries([entry(1)]);
    const b = await sealEntries([entry(1)]);
    expect(a).not.toBe(b);
    expect(a.length).toBe(b.length);
  });

  it("knows a payload's length before encrypting it", async () => {
    const sent = toSent([entry(1), entry(2)], "2026-12-07");
    expect(await sealedLength(sent)).toBe((await seal(sent, PASS, FEW)).length);
  });

  it("finds the payload in the address's fragment", () => {
    expect(sealedFromHash("#sum=abc_-1")).toBe("abc_-1");
    expect(sealedFromHash("#hw=abc")).toBeNull();
    expect(sealedFromHash("")).toBeNull();
  });

  it("asks more of a client's own passphrase than a few letters", () => {
    expect(OWN_MIN).toBeGreaterThanOrEqual(16);
  });
});

describe("passphrases", () => {
  it("are five words from the list, told apart by single spaces", () => {
    for (let i = 0; i < 50; i++) {
      const words = passphrase(list).split(" ");
      expect(words).toHaveLength(5);
      for (const w of words) expect(list).toContain(w);
    }
  });

  it("favour no word: a draw past the list's last whole multiple is thrown away", () => {
    const real = crypto.getRandomValues.bind(crypto);
    const draws = [65535, 65534, 2, 65533, 3, 4];
    try {
      crypto.getRandomValues = (<T extends ArrayBufferView | null>(a: T) => {
        (a as unknown as Uint16Array)[0] = draws.shift()!;
        return a;
      }) as typeof crypto.getRandomValues;
      // 65536 % 3 = 1, so 65535 is thrown away; 65534 (c), 2 (c), 65533 (b) and 3 (a) are kept.
      expect(passphrase(["a", "b", "c"], 4)).toBe("c c b a");
    } finally {
      crypto.getRandomValues = real;
    }
  });

  it("come from a list of 512 distinct, short, lower-case words, so five words hold 45 bits", () => {
    expect(list).toHaveLength(512);
    expect(new Set(list).size).toBe(512);
    for (const w of list) expect(w).toMatch(/^[a-z]{3,10}$/);
  });
});
