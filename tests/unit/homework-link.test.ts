import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeHomework,
  encodeHomework,
  homeworkLink,
  LINK_MAX,
  newHomeworkId,
  payloadFromHash,
} from "../../src/engine/homework/link";
import {
  FROM_MAX,
  homeworkSchema,
  NOTE_MAX,
  type Homework,
} from "../../src/engine/homework/link-schema";
import { assignmentSchema } from "../../src/engine/homework/assignment";
import { prefillSchema as goalPrefill } from "../../src/worksheets/goal-planner/prefill";

const base: Homework = {
  v: 1,
  id: "abcdEFGH1234",
  w: "goal-planner",
  from: "Dr. Rivera",
  note: "Three goals a day.",
  due: "2026-12-03",
  prefill: { limit: 3, focus: "finish lines" },
};
// Random printable text: it does not compress, so the link really is long.
const noise = (n: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) =>
    String.fromCharCode(48 + (b % 74)),
  ).join("");
const kinds = ["too-long", "malformed", "unknown-version", "invalid"];

const day = fc
  .date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2035-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const common = {
  v: fc.constant(1 as const),
  id: fc.stringMatching(/^[A-Za-z0-9_-]{8,32}$/),
  from: opt(fc.string({ maxLength: FROM_MAX })),
  note: opt(fc.string({ maxLength: NOTE_MAX })),
  due: opt(day),
};
const strip = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as T;
const homeworkArb: fc.Arbitrary<Homework> = fc
  .oneof(
    fc.record({ ...common, w: fc.constant("self-screen" as const) }),
    fc.record({
      ...common,
      w: fc.constant("goal-planner" as const),
      prefill: opt(
        fc
          .record({
            limit: opt(fc.integer({ min: 1, max: 5 })),
            focus: opt(fc.string({ maxLength: 200 })),
          })
          .map(strip),
      ),
    }),
    fc.record({
      ...common,
      w: fc.constant("experiment-tracker" as const),
      prefill: opt(
        fc
          .record({
            template: opt(fc.constantFrom("email-one-read", "task-at-80")),
            belief: opt(fc.string({ maxLength: 300 })),
            experiment: opt(fc.string({ maxLength: 300 })),
            rituals: opt(fc.array(fc.string({ maxLength: 50 }), { maxLength: 5 })),
          })
          .map(strip),
      ),
    }),
  )
  .map(strip);

describe("homework links", () => {
  it("round-trips an assignment through its link", async () => {
    const link = await homeworkLink("https://site.example", base);
    expect(link).toMatch(
      /^https:\/\/site\.example\/worksheets\/goal-planner\/#hw=[jz][A-Za-z0-9_-]+$/,
    );
    expect(await decodeHomework(payloadFromHash(new URL(link!).hash)!, homeworkSchema)).toEqual({
      ok: true,
      homework: base,
    });
  });

  it("compresses a long note when that makes the link shorter", async () => {
    const long = { ...base, note: "Try to stop at good enough. ".repeat(17) };
    const payload = await encodeHomework(long);
    expect(payload[0]).toBe("z");
    expect(await decodeHomework(payload, homeworkSchema)).toEqual({ ok: true, homework: long });
  });

  it("refuses to build a link longer than 2,000 characters", async () => {
    const huge: Homework = {
      ...base,
      note: noise(500),
      w: "experiment-tracker",
      prefill: {
        belief: "x".repeat(10),
        rituals: Array.from({ length: 10 }, () => noise(200)),
      },
    };
    expect(await homeworkLink("https://site.example", huge)).toBeNull();
  });

  it("refuses a payload over the cap without reading it", async () => {
    expect(await decodeHomework(`j${"A".repeat(LINK_MAX + 1)}`, homeworkSchema)).toEqual({
      ok: false,
      error: "too-long",
    });
  });

  it("refuses an unknown version", async () => {
    const payload = `j${btoa(JSON.stringify({ ...base, v: 2 })).replace(/=+$/, "")}`;
    expect(await decodeHomework(payload, homeworkSchema)).toEqual({
      ok: false,
      error: "unknown-version",
    });
  });

  it("refuses a tampered field, such as an over-long name", async () => {
    const payload = `j${btoa(JSON.stringify({ ...base, from: "x".repeat(81) })).replace(/=+$/, "")}`;
    expect(await decodeHomework(payload, homeworkSchema)).toEqual({ ok: false, error: "invalid" });
  });

  it("refuses a __proto__ key", async () => {
    const payload = `j${btoa('{"v":1,"id":"abcdEFGH1234","w":"self-screen","__proto__":{"x":1}}').replace(/=+$/, "")}`;
    expect(await decodeHomework(payload, homeworkSchema)).toEqual({
      ok: false,
      error: "malformed",
    });
  });

  it("reads the payload from the hash, and finds none when absent", () => {
    expect(payloadFromHash("#hw=jabc")).toBe("jabc");
    expect(payloadFromHash("#top")).toBeNull();
  });

  it("makes ids that the schema accepts", () => {
    expect(newHomeworkId()).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});

describe("property: the link decoder", { timeout: 120_000 }, () => {
  it("round-trips every valid assignment", async () => {
    await fc.assert(
      fc.asyncProperty(homeworkArb, async (hw) => {
        expect(await decodeHomework(await encodeHomework(hw), homeworkSchema)).toEqual({
          ok: true,
          homework: hw,
        });
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws on arbitrary strings, and returns a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.stringMatching(/^[jz][A-Za-z0-9_-]*$/),
        ),
        async (s) => {
          const r = await decodeHomework(s, homeworkSchema);
          if (!r.ok) expect(kinds).toContain(r.error);
        },
      ),
      { numRuns: 6000 },
    );
  });

  it("never throws on mutated valid payloads, and accepts only valid ones", async () => {
    const mutated = fc
      .tuple(homeworkArb, fc.nat(), fc.integer({ min: 0, max: 63 }), fc.boolean())
      .chain(([hw, pos, ch, cut]) =>
        fc.constant(
          encodeHomework(hw).then((p) => {
            const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            const i = 1 + (pos % Math.max(1, p.length - 1));
            return cut ? p.slice(0, i) : p.slice(0, i) + alphabet[ch] + p.slice(i + 1);
          }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(mutated, async (payloadPromise) => {
        const r = await decodeHomework(await payloadPromise, homeworkSchema);
        if (!r.ok) expect(kinds).toContain(r.error);
        else expect(r.homework.v).toBe(1);
      }),
      { numRuns: 4000 },
    );
  });

  it("reads a link with its own worksheet's schema alone, and refuses another worksheet's link", async () => {
    const payload = await encodeHomework(base);
    expect(await decodeHomework(payload, assignmentSchema("goal-planner", goalPrefill))).toEqual({
      ok: true,
      homework: base,
    });
    expect(await decodeHomework(payload, assignmentSchema("thought-record"))).toEqual({
      ok: false,
      error: "invalid",
    });
  });

  it("still reads a link made before the pre-fill schemas moved into the worksheet folders", async () => {
    // Written out once from the v1 format, so a change to the schemas cannot pass unnoticed.
    const old =
      "jeyJ2IjoxLCJpZCI6Im9sZExpbmsxMjM0NSIsInciOiJleHBlcmltZW50LXRyYWNrZXIiLCJmcm9tIjoiRHIuIFJpdmVyYSIsIm5vdGUiOiJUcnkgdGhpcyBvbmUuIiwiZHVlIjoiMjAyNi0xMi0wMyIsInByZWZpbGwiOnsidGVtcGxhdGUiOiJlbWFpbC1vbmUtcmVhZCIsInJpdHVhbHMiOlsiUmVyZWFkaW5nIGl0Il19fQ";
    expect(await decodeHomework(old, homeworkSchema)).toEqual({
      ok: true,
      homework: {
        v: 1,
        id: "oldLink12345",
        w: "experiment-tracker",
        from: "Dr. Rivera",
        note: "Try this one.",
        due: "2026-12-03",
        prefill: { template: "email-one-read", rituals: ["Rereading it"] },
      },
    });
  });
});
