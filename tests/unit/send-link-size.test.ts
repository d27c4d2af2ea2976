import { describe, expect, it } from "vitest";
import { SEND_KEY, SEND_MAX, SEND_PATH, sealedLength, toSent } from "../../src/engine/send/codec";
import { thoughtRecordEntries } from "../../src/worksheets/thought-record/summary";
import names from "../../src/worksheets/thought-record/words/summary.en.json";
import { site } from "../../src/site.config";
import { workedThought } from "../support/thought-record";

/**
 * How many realistic entries one send-back link holds (README, "Send-back
 * links"). Thought records are the longest entries a worksheet makes; these
 * twelve are each filled in at every step, in different words, as a person
 * would write them, so deflate finds no more repetition than real use has.
 */
const thoughts: [string, string, string, string, string, string][] = [
  [
    "Giving the monthly update to my team.",
    "Everyone noticed I lost my place.",
    "anxious",
    "I paused for a few seconds.",
    "Two people asked follow-up questions and nobody mentioned the pause.",
    "I lost my place briefly and found it again, and the update still got across.",
  ],
  [
    "My manager asked to talk on Friday afternoon.",
    "She has found the mistake in the budget and I will be let go.",
    "scared",
    "There was a formula error in March that I fixed late.",
    "She also asked two colleagues for a chat, and she thanked me for the report last week.",
    "A talk can be about anything; if it is the error, I can explain how I fixed it.",
  ],
  [
    "Sending an email to a client without reading it a fourth time.",
    "If there is a typo they will think I am careless and take their work elsewhere.",
    "tense",
    "I once sent a message with the wrong date in it.",
    "The client replied to that message with thanks and booked again.",
    "A small typo is normal and people look at what I deliver, not at commas.",
  ],
  [
    "Cooking dinner for friends on Saturday.",
    "The food has to be perfect or the evening is ruined.",
    "worried",
    "The rice was a bit dry the last time.",
    "Everyone stayed until midnight and asked me to host again.",
    "My friends come to see me; a dry dish does not spoil a good evening.",
  ],
  [
    "Handing in the essay two days before the deadline.",
    "It is not good enough yet, so I should keep rewriting it all night.",
    "restless",
    "I have not checked the last section against the marking guide.",
    "My last three essays got good marks with less rewriting than this one.",
    "It meets the brief now; more hours will change little and cost my sleep.",
  ],
  [
    "Leaving the gym class halfway because my knee hurt.",
    "I am lazy and everyone saw me give up.",
    "ashamed",
    "I left before the cool-down.",
    "The teacher nodded and told me to look after the knee.",
    "Stopping when something hurts is sensible, and people were busy with their own workout.",
  ],
  [
    "Posting a photo of my painting online.",
    "People will laugh at how amateur it looks.",
    "embarrassed",
    "One person commented that the sky looked flat.",
    "Eight people liked it and a neighbor asked where I take lessons.",
    "It is a hobby; showing it is part of learning and most replies were kind.",
  ],
  [
    "My partner said the kitchen looked fine when I had not cleaned the oven.",
    "If I do not clean everything today, I am failing at keeping a home.",
    "irritable",
    "The oven has not been cleaned for a month.",
    "Nothing bad has happened, and we both had a relaxed evening instead.",
    "A clean enough kitchen is fine; the oven can wait until the weekend.",
  ],
  [
    "Being asked a question in the seminar that I could not answer.",
    "They all think I do not belong in this course.",
    "hot and flushed",
    "I said I would need to look it up.",
    "Two other students also said they were not sure, and the tutor moved on calmly.",
    "Not knowing one answer is part of studying; it does not decide whether I belong.",
  ],
  [
    "Writing a birthday card for my sister.",
    "It has to say exactly the right thing or she will think I do not care.",
    "stuck",
    "I threw away two cards already.",
    "She keeps every card I have sent, even the short ones.",
    "A few warm words from me are what she values; it does not need to be perfect.",
  ],
  [
    "Choosing a new phone plan.",
    "If I pick the wrong one I will waste money and it will be my fault.",
    "overwhelmed",
    "I spent three evenings comparing plans.",
    "The two best plans differ by less than a coffee a month, and I can change after a year.",
    "Any of the good plans is fine; the time I spend choosing costs more than the difference.",
  ],
  [
    "Reading feedback on my work in the annual review.",
    "One comment about deadlines means the whole year was a failure.",
    "low",
    "I missed two deadlines in the autumn.",
    "The review also listed four things I did well and rated me as meeting expectations.",
    "One area to work on sits next to many strengths; the year went well overall.",
  ],
  [
    "Asking a neighbor to turn their music down.",
    "They will decide I am difficult and the street will talk about me.",
    "nervous",
    "They looked surprised when I knocked.",
    "They said sorry, turned it down at once and waved the next morning.",
    "Asking politely is reasonable, and one request does not change how a street sees me.",
  ],
  [
    "Missing my son's school play because of a late train.",
    "I am a terrible parent who always lets him down.",
    "guilty",
    "I missed the first half of the play.",
    "I made it to every other event this term and he was happy I saw his scene.",
    "A late train is not a measure of my parenting; I was there for what I could be.",
  ],
  [
    "Making a small mistake on the phone with a customer.",
    "My voice shook so I must have sounded incompetent.",
    "flustered",
    "I gave the wrong order number and had to correct it.",
    "The customer thanked me and rated the call five stars.",
    "Correcting a slip quickly is competent; a shaky voice is something only I noticed.",
  ],
  [
    "Starting a new hobby class where everyone seemed more skilled.",
    "I should already be good at this, or there is no point going.",
    "discouraged",
    "My first pot collapsed on the wheel.",
    "The teacher said most people take weeks to centre the clay, and I enjoyed the evening.",
    "Being a beginner is the whole point of a class; enjoying it is reason enough to go.",
  ],
  [
    "Forgetting to reply to a friend's message for four days.",
    "She will think I do not care and the friendship is over.",
    "anxious",
    "She sent a second message asking if I was okay.",
    "She has forgotten to reply to me before and I did not mind at all.",
    "A late reply happens in every friendship; I can reply now and say I was busy.",
  ],
  [
    "Getting a B on a test I studied hard for.",
    "Anything less than an A means I am not clever enough.",
    "disappointed",
    "I lost marks on the last question.",
    "A B is above the class average and I improved on my last test.",
    "I learned most of the material well, and one grade does not decide how clever I am.",
  ],
];

const entries = thoughtRecordEntries(
  thoughts.map(
    ([situation, automaticThought, feeling, evidenceFor, evidenceAgainst, balancedThought], i) =>
      workedThought({
        id: `r${i}`,
        when: `2026-11-${String(i + 1).padStart(2, "0")}T09:00:00.000Z`,
        situation,
        automaticThought,
        emotions: [{ name: feeling, before: 70 + (i % 3) * 10, after: 30 + (i % 4) * 10 }],
        traps: [
          ["mind-reading"],
          ["catastrophizing"],
          ["all-or-nothing-thinking", "should-statements"],
        ][i % 3]!,
        evidenceFor,
        evidenceAgainst,
        balancedThought,
      }),
  ),
  names,
);
const start = `${site.url}${SEND_PATH}#${SEND_KEY}=`;
const linkLength = async (n: number) =>
  start.length + (await sealedLength(toSent(entries.slice(0, n), "2026-12-07")));

describe("how much one send-back link holds", () => {
  it("holds fifteen fully written thought records, the figure the README gives, and not all eighteen", async () => {
    let fit = 0;
    while (fit < entries.length && (await linkLength(fit + 1)) <= SEND_MAX) fit++;
    expect(fit).toBeGreaterThanOrEqual(15);
    expect(fit).toBeLessThan(entries.length);
  });
});
