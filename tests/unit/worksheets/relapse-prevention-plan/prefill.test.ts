import { describe, expect, it } from "vitest";
import { planFromPrefill } from "../../../../src/worksheets/relapse-prevention-plan/prefill";
import { prefillFromFields } from "../../../../src/worksheets/relapse-prevention-plan/PrefillForm";
import {
  SECTION_MAX,
  type RelapsePlanRecord,
} from "../../../../src/worksheets/relapse-prevention-plan/schema";
import { PREFILL_TEXT_MAX, homeworkSchema } from "../../../../src/engine/homework/link-schema";
import * as v from "../../../../src/engine/core/validate";

const t = "2026-11-20T10:00:00.000Z";
const section = (id: "learned" | "warning-signs", text: string): RelapsePlanRecord => ({
  id,
  kind: "section",
  createdAt: t,
  updatedAt: t,
  text,
});

describe("a homework link's points added to the plan", () => {
  it("go below what the person wrote, on a new line, never replacing it", () => {
    const changes = planFromPrefill(
      { learned: "Mistakes are information", signs: "Rereading emails\nStaying up late" },
      [section("learned", "Rest helps my work."), section("warning-signs", "Skipping lunch\n")],
    );
    expect(changes.sections).toEqual([
      { id: "learned", text: "Rest helps my work.\nMistakes are information" },
      { id: "warning-signs", text: "Skipping lunch\nRereading emails\nStaying up late" },
    ]);
    expect(changes.tooLong).toEqual([]);
  });

  it("fill sections the person has not written in yet, one tidy point per line", () => {
    const { sections } = planFromPrefill({ signs: "  Rereading emails \n\n Staying up late " }, []);
    expect(sections).toEqual([{ id: "warning-signs", text: "Rereading emails\nStaying up late" }]);
  });

  it("set a review date only when the person has none", () => {
    expect(planFromPrefill({ review: "2027-03-01" }, []).reviewDate).toBe("2027-03-01");
    const mine: RelapsePlanRecord = {
      id: "review",
      kind: "review",
      createdAt: t,
      updatedAt: t,
      reviewDate: "2027-01-10",
    };
    const changes = planFromPrefill({ review: "2027-03-01" }, [mine]);
    expect(changes.reviewDate).toBeUndefined();
    expect(changes.sections).toEqual([]);
  });

  it("leave a section as it is, and say so, when the points would take it past the limit", () => {
    const full = "a".repeat(SECTION_MAX - 5);
    const changes = planFromPrefill({ learned: "Rest helps", signs: "Skipping lunch" }, [
      section("learned", full),
    ]);
    expect(changes.tooLong).toEqual([{ id: "learned", points: "Rest helps" }]);
    expect(changes.sections).toEqual([{ id: "warning-signs", text: "Skipping lunch" }]);
  });

  it("change nothing when the link has no pre-fill, or only spaces", () => {
    expect(planFromPrefill(undefined, [])).toEqual({ sections: [], tooLong: [] });
    expect(planFromPrefill({ learned: "  \n " }, [section("learned", "Mine")])).toEqual({
      sections: [],
      tooLong: [],
    });
  });
});

describe("the builder's pre-fill fields", () => {
  it("trim the text, drop empty fields, and keep a whole review date", () => {
    expect(
      prefillFromFields({ learned: "  Rest helps\n", signs: "   ", review: "2027-03-01" }),
    ).toEqual({ learned: "Rest helps", review: "2027-03-01" });
  });

  it("give no pre-fill at all when every field is empty", () => {
    expect(prefillFromFields({})).toBeUndefined();
    expect(prefillFromFields({ learned: " ", signs: "\n", review: "" })).toBeUndefined();
  });

  it("cap each text at the link's limit, and drop a date that is not whole", () => {
    const out = prefillFromFields({ signs: "b".repeat(PREFILL_TEXT_MAX + 40), review: "2027-3-1" });
    expect(out).toEqual({ signs: "b".repeat(PREFILL_TEXT_MAX) });
  });

  it("make a pre-fill the homework link format accepts", () => {
    const prefill = prefillFromFields({
      learned: "x".repeat(900),
      signs: "Rereading\nStaying up",
      review: "2027-03-01",
    });
    const hw = { v: 1, id: "abcdEFGH1234", w: "relapse-prevention-plan", prefill };
    expect(v.safeParse(homeworkSchema, hw).success).toBe(true);
  });
});
