import { describe, expect, it } from "vitest";
import {
  LEARNED_MAX,
  sectionsFrom,
  contactFieldsFromDraft,
  draftFromContact,
  learnedFromExperiments,
  planCompleteness as completeness,
  reviewStatus as status,
  telHref,
  validateContact as check,
  type ContactDraft,
  type ExperimentLike,
} from "../../../../src/worksheets/relapse-prevention-plan/plan";
import {
  NAME_MAX,
  PHONE_MAX,
  TEXT_SECTION_IDS,
  type ContactRecord,
  type RelapsePlanRecord,
} from "../../../../src/worksheets/relapse-prevention-plan/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import en from "../../../../src/worksheets/relapse-prevention-plan/words/en.json";
import { words } from "../../../../src/engine/core/words";

// The functions take their words as an argument; these tests use the site's.
const w = words(en, "en-US");
const SECTIONS = sectionsFrom(en);
const EXAMPLES_LABEL = en.examplesLabel;
const NAME_MESSAGE = en.contactNameNeeded;
const PHONE_MESSAGE = en.contactPhoneBad;

const planCompleteness = (records: RelapsePlanRecord[]) => completeness(records, w);
const reviewStatus = (day: string | undefined, today: string) => status(day, today, w);
const validateContact = (draft: ContactDraft) => check(draft, w, "en-US");

const T = "2024-05-01T09:00:00.000Z";
const base = { createdAt: T, updatedAt: T };
const REVIEW = "review" as const;

describe("the plan's sections", () => {
  it("follow the order of the plan, ending with crisis lines and the review date", () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([
      "protecting",
      "learned",
      "triggers",
      "warning-signs",
      "coping",
      "contacts",
      "after-lapse",
      "crisis",
      "review",
    ]);
  });

  it("store exactly the written sections as text", () => {
    const text = SECTIONS.filter((s) => s.type === "text").map((s) => s.id);
    expect([...text].sort()).toEqual([...TEXT_SECTION_IDS].sort());
    expect(SECTIONS.find((s) => s.id === "contacts")?.type).toBe("contacts");
  });

  it("each have a title and a prompt, and every written section has examples", () => {
    for (const s of SECTIONS) {
      expect(s.title.trim()).not.toBe("");
      expect(s.prompt.trim()).not.toBe("");
      if (s.type === "text") expect(s.examples.length).toBeGreaterThan(0);
    }
    expect(EXAMPLES_LABEL).toMatch(/example/i);
  });

  it("say that a lapse is not a relapse", () => {
    expect(SECTIONS.find((s) => s.id === "after-lapse")?.prompt).toContain(
      "A lapse is not a relapse",
    );
  });
});

describe("the review reminder", () => {
  it("is none when there is no date or it cannot be read", () => {
    expect(reviewStatus(undefined, "2024-05-01").state).toBe("none");
    expect(reviewStatus("2024-02-30", "2024-05-01").state).toBe("none");
    expect(reviewStatus("soon", "2024-05-01").state).toBe("none");
  });

  it("counts the days left before the review", () => {
    const status = reviewStatus("2024-05-13", "2024-05-01");
    expect(status).toMatchObject({ state: "upcoming", daysLeft: 12 });
    expect(status.message).toContain("in 12 days");
    expect(reviewStatus("2024-05-02", "2024-05-01").message).toContain("tomorrow");
  });

  it("is due on the review day itself", () => {
    expect(reviewStatus("2024-05-01", "2024-05-01").state).toBe("due");
  });

  it("counts the days since a passed review, across months and a leap day", () => {
    const status = reviewStatus("2024-02-28", "2024-03-01");
    expect(status).toMatchObject({ state: "overdue", daysPast: 2 });
    expect(status.message).toContain("2 days ago");
    expect(reviewStatus("2024-04-30", "2024-05-01").message).toContain("1 day ago");
  });

  it("counts whole days across a change of clocks", () => {
    expect(reviewStatus("2024-03-11", "2024-03-09")).toMatchObject({ daysLeft: 2 });
    expect(reviewStatus("2023-12-31", "2024-12-31")).toMatchObject({ daysPast: 366 });
  });
});

describe("checking a contact", () => {
  const ok: ContactDraft = { name: "Sam", phone: "", relationship: "", note: "" };

  it("needs only a name", () => {
    expect(validateContact(ok)).toEqual({});
    expect(validateContact({ ...ok, name: "  " })).toEqual({ name: NAME_MESSAGE });
  });

  it("explains a name or relationship over the limit", () => {
    const long = "x".repeat(NAME_MAX + 5);
    const errors = validateContact({ ...ok, name: long, relationship: long });
    expect(errors.name).toContain(`${NAME_MAX} characters`);
    expect(errors.name).toContain("5 over");
    expect(errors.relationship).toContain(`${NAME_MAX} characters`);
    expect(validateContact({ ...ok, note: "x".repeat(TEXT_MAX + 1) }).note).toContain("2,000");
  });

  it.each(["+1 (555) 123-4567", "07700 900123", " 988 "])(
    "accepts the phone number %j",
    (phone) => {
      expect(validateContact({ ...ok, phone })).toEqual({});
    },
  );

  it.each(["555-0100 ext 2", "call me", "555.0100", "()-"])(
    "rejects the phone number %j",
    (phone) => {
      expect(validateContact({ ...ok, phone }).phone).toBe(PHONE_MESSAGE);
    },
  );

  it("explains a phone number that is too long", () => {
    expect(validateContact({ ...ok, phone: "1".repeat(PHONE_MAX + 1) }).phone).toContain(
      `${PHONE_MAX} characters`,
    );
  });

  it("turns a draft into trimmed fields, leaving out empty ones, and back", () => {
    const fields = contactFieldsFromDraft({
      name: " Sam ",
      phone: " 555 0100 ",
      relationship: "",
      note: " evenings ",
    });
    expect(fields).toEqual({ name: "Sam", phone: "555 0100", note: "evenings" });
    const record: ContactRecord = { ...base, id: "c1", kind: "contact", ...fields };
    expect(draftFromContact(record)).toEqual({
      name: "Sam",
      phone: "555 0100",
      relationship: "",
      note: "evenings",
    });
  });
});

describe("the link that dials a contact", () => {
  it("keeps only digits and a leading plus", () => {
    expect(telHref("+1 (555) 123-4567")).toBe("tel:+15551234567");
    expect(telHref("(+44) 7700 900123")).toBe("tel:+447700900123");
    expect(telHref("555-0100")).toBe("tel:5550100");
    expect(telHref(" 988 ")).toBe("tel:988");
  });

  it("is null with no number or with characters a number should not have", () => {
    expect(telHref(undefined)).toBeNull();
    expect(telHref("")).toBeNull();
    expect(telHref("+ ( ) -")).toBeNull();
    expect(telHref("555 0100 ext 2")).toBeNull();
    expect(telHref("javascript:alert(1)")).toBeNull();
  });
});

describe("how complete the plan is", () => {
  const section = (id: string, text: string) =>
    ({ ...base, id, kind: "section", text }) as RelapsePlanRecord;

  it("starts empty, with a gentle first step", () => {
    const c = planCompleteness([]);
    expect(c.filled).toEqual([]);
    expect(c.total).toBe(8);
    expect(c.empty).toHaveLength(8);
    expect(c.empty).not.toContain("crisis");
    expect(c.message).toContain("easiest");
  });

  it("counts sections with words, contacts and the review date, in page order", () => {
    const c = planCompleteness([
      { ...base, id: REVIEW, kind: "review", reviewDate: "2024-08-01" },
      section("coping", "Set a timer."),
      section("triggers", "   "),
      { ...base, id: "c1", kind: "contact", name: "Sam" },
      { ...base, id: "c2", kind: "contact", name: "Alex" },
      section("protecting", "My evenings."),
    ]);
    expect(c.filled).toEqual(["protecting", "coping", "contacts", "review"]);
    expect(c.empty).toEqual(["learned", "triggers", "warning-signs", "after-lapse"]);
    expect(c.message).toContain("4 of 8");
  });

  it("says so when every part has something in it", () => {
    const records: RelapsePlanRecord[] = [
      ...TEXT_SECTION_IDS.map((id) => section(id, "Something.")),
      { ...base, id: "c1", kind: "contact", name: "Sam" },
      { ...base, id: REVIEW, kind: "review", reviewDate: "2024-08-01" },
    ];
    const c = planCompleteness(records);
    expect(c.empty).toEqual([]);
    expect(c.message).toContain("Every part");
  });
});

describe("lines learned from experiments", () => {
  const exp = (id: string, extra: Partial<ExperimentLike>): ExperimentLike => ({
    id,
    belief: `Belief ${id}`,
    ...extra,
  });

  it("takes what was learned, newest first, skipping experiments with nothing learned", () => {
    const lines = learnedFromExperiments([
      exp("old", {
        learned: "One read was enough.",
        status: "done",
        completedAt: "2024-01-01T10:00:00.000Z",
      }),
      exp("blank", { learned: "   ", status: "done", completedAt: "2024-06-01T10:00:00.000Z" }),
      exp("none", { status: "planned" }),
      exp("new", {
        learned: "Nobody noticed.",
        status: "done",
        completedAt: "2024-05-01T10:00:00.000Z",
      }),
    ]);
    expect(lines).toEqual([
      { id: "new", text: "Nobody noticed.", belief: "Belief new" },
      { id: "old", text: "One read was enough.", belief: "Belief old" },
    ]);
  });

  it(`keeps at most ${LEARNED_MAX}, falling back to when an experiment was made`, () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      exp(`e${i}`, { learned: `Lesson ${i}`, createdAt: `2024-05-0${i + 1}T10:00:00.000Z` }),
    );
    const lines = learnedFromExperiments(many);
    expect(lines.map((l) => l.id)).toEqual(["e7", "e6", "e5", "e4", "e3"]);
  });

  it("shortens long text at a word and does not change the input order", () => {
    const input = [
      exp("a", {
        learned: "word ".repeat(60),
        belief: "If I make one mistake, everyone will think I am useless at everything",
      }),
      exp("b", { learned: "Short.", completedAt: "2025-01-01T00:00:00.000Z" }),
    ];
    const [first, second] = learnedFromExperiments(input);
    expect(first?.id).toBe("b");
    expect(second?.text.length).toBeLessThanOrEqual(140);
    expect(second?.text.endsWith("word…")).toBe(true);
    expect(second?.belief.length).toBeLessThanOrEqual(60);
    expect(input.map((e) => e.id)).toEqual(["a", "b"]);
  });
});
