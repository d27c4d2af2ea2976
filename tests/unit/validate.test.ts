import { describe, expect, it } from "vitest";
import * as v from "../../src/engine/core/validate";
import { record } from "../../src/engine/validate-more";

const person = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(5)),
  age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
});

describe("the small validator", () => {
  it("keeps known keys, drops unknown ones and leaves out absent optional ones", () => {
    expect(v.safeParse(person, { name: "Ann", extra: 1 })).toEqual({
      success: true,
      output: { name: "Ann" },
    });
  });

  it("reports the first problem with its path", () => {
    const r = v.safeParse(v.object({ list: v.array(person) }), {
      list: [{ name: "Ann" }, { name: "Bo", age: 1.5 }],
    });
    expect(r.success).toBe(false);
    expect(!r.success && v.getDotPath(r.issues[0])).toBe("list.1.age");
  });

  it("rejects text over the limit rather than cutting it", () => {
    expect(v.safeParse(person, { name: "Annabelle" }).success).toBe(false);
  });

  it("rejects arrays where a record is expected, and skips no __proto__ key silently", () => {
    const answers = record(v.string(), v.number());
    expect(v.safeParse(answers, [1, 2]).success).toBe(false);
    expect(v.safeParse(answers, JSON.parse('{"__proto__": 1}')).success).toBe(false);
    expect(v.safeParse(answers, { a: 1 })).toEqual({ success: true, output: { a: 1 } });
  });

  it("picks a variant by its kind and reports that variant's own error", () => {
    const item = v.variant("kind", [
      v.object({ kind: v.literal("a"), id: v.pipe(v.string(), v.regex(/^a:/)) }),
      v.object({ kind: v.literal("b"), n: v.number() }),
    ]);
    expect(v.safeParse(item, { kind: "b", n: 2 }).success).toBe(true);
    const r = v.safeParse(item, { kind: "b", n: "2" });
    expect(!r.success && v.getDotPath(r.issues[0])).toBe("n");
    const unknown = v.safeParse(item, { kind: "c" });
    expect(!unknown.success && v.getDotPath(unknown.issues[0])).toBe("kind");
  });

  it("accepts real dates and timestamps only", () => {
    const day = v.pipe(v.string(), v.isoDate());
    expect(v.safeParse(day, "2028-02-29").success).toBe(true);
    expect(v.safeParse(day, "2026-02-30").success).toBe(false);
    expect(v.safeParse(day, "2026-13-01").success).toBe(false);
    const time = v.pipe(v.string(), v.isoTimestamp());
    expect(v.safeParse(time, new Date(0).toISOString()).success).toBe(true);
    expect(v.safeParse(time, "yesterday").success).toBe(false);
    expect(v.safeParse(time, "1969-07-20T20:17:00.000Z").success).toBe(true);
  });

  it("gives the same answer for a day seen many times, as years of entries check it", () => {
    const day = v.pipe(v.string(), v.isoDate());
    for (let i = 0; i < 3; i++) {
      expect(v.safeParse(day, "2026-02-28").success).toBe(true);
      expect(v.safeParse(day, "2026-02-29").success).toBe(false);
      expect(v.safeParse(day, "2026-2-28").success).toBe(false);
    }
  });

  it("tries union options in order", () => {
    const u = v.union([v.literal(1), v.string()]);
    expect(v.safeParse(u, 1).success).toBe(true);
    expect(v.safeParse(u, "x").success).toBe(true);
    expect(v.safeParse(u, true).success).toBe(false);
  });
});
