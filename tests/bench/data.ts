// `npm run bench:data`: how the data layer holds up for a heavy user, measured
// in Chromium through Playwright. A script, not a test: it prints figures and
// targets, and fails only when it cannot run. Plain node runs it (type
// stripping), so it imports nothing from src/; the stored shapes it writes
// follow src/schemas/stored/*.ts, and every page must read them without
// setting anything aside.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";

// ---------------------------------------------------------------- settings

const ROOT = join(import.meta.dirname, "..", "..");
const QUOTA = 5 * 1024 * 1024; // characters of keys and values (src/engine/my-data/size.ts)
const TOMBSTONE_DAYS = 400; // src/engine/storage/merge.ts
const YEARS = 5;
const DELETED_SHARE = 0.3;
/** Room left for the saves this script makes, when the full data does not fit. */
const HEADROOM = 100_000;
/** Loads of each list page per user, after one warm-up; BENCH_RUNS changes it. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * --profile: build unminified (tests/bench/astro.profile.config.mjs) and print where each heavy
 * open spends its time. Either build has the stores' timing hooks (GOODENOUGH_BENCH=1), so each
 * goes to a folder of its own, never dist/.
 */
const PROFILE = process.argv.includes("--profile");
/** --open-only: measure opening pages, skip the saves. */
const OPEN_ONLY = process.argv.includes("--open-only");
const CONFIG = ["--config", `tests/bench/astro.${PROFILE ? "profile" : "bench"}.config.mjs`];
const DIST = join(tmpdir(), PROFILE ? "good-enough-bench-profile" : "good-enough-bench");
const SAVES_STATUS = 30;
const JOURNAL_SAVES = 8;
const TYPED = "I froze when the client asked a question I could n";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The data ends at the start of today (UTC), so a run on one day always writes the same data. */
const END = Math.floor(Date.now() / DAY) * DAY;
const START = END - Math.round(YEARS * 365.25) * DAY;
const HORIZON = END - TOMBSTONE_DAYS * DAY;

const WORKSHEETS = [
  "self-screen",
  "goal-planner",
  "experiment-tracker",
  "thought-record",
  "exposure-ladder",
  "self-compassion-journal",
  "relapse-prevention-plan",
  "homework",
] as const;
type Worksheet = (typeof WORKSHEETS)[number];

/** The page that lists each worksheet's entries, and what appears once the list is drawn. */
const OPEN_PAGES: { name: string; path: string; selector: string }[] = [
  {
    name: "self-screen results",
    path: "/worksheets/self-screen/results/",
    selector: "#history-title, #none-title",
  },
  { name: "goal planner", path: "/worksheets/goal-planner/", selector: "#gp-goals-h" },
  { name: "experiment tracker", path: "/worksheets/experiment-tracker/", selector: "#exp-list-h" },
  { name: "thought record", path: "/worksheets/thought-record/", selector: "#tr-list-h" },
  { name: "exposure ladder", path: "/worksheets/exposure-ladder/", selector: "#el-list-h" },
  { name: "journal", path: "/worksheets/self-compassion-journal/", selector: "#scj-list-h" },
  {
    name: "relapse plan",
    path: "/worksheets/relapse-prevention-plan/",
    selector: "#rpp-overview-h",
  },
  { name: "my data", path: "/my-data/", selector: "table tbody tr" },
];

/** Every page that reads stored entries, visited once to see whether anything is set aside. */
const ALL_PAGES = [
  "/worksheets/self-screen/",
  "/worksheets/self-screen/results/",
  "/worksheets/goal-planner/",
  "/worksheets/goal-planner/week/",
  "/worksheets/goal-planner/reflect/",
  "/worksheets/goal-planner/print/",
  "/worksheets/experiment-tracker/",
  "/worksheets/experiment-tracker/insights/",
  "/worksheets/thought-record/",
  "/worksheets/thought-record/write/",
  "/worksheets/exposure-ladder/",
  "/worksheets/exposure-ladder/practice/",
  "/worksheets/self-compassion-journal/",
  "/worksheets/self-compassion-journal/exercise/",
  "/worksheets/relapse-prevention-plan/",
  "/my-data/",
  "/my-data/archive/",
  "/my-data/import/",
  "/my-data/summary/",
];

// ------------------------------------------------------- random, seeded

let seed = 0x13_2026;
/** mulberry32: small, fast, and the same sequence on every run. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p: number) => rand() < p;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
function pickSome<T>(xs: readonly T[], n: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length)
    out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}
const sentences = (bank: readonly string[], lo: number, hi: number) =>
  pickSome(bank, int(lo, hi)).join(" ");
const hex = (n: number) =>
  Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join("");
/** A version-4 UUID, as crypto.randomUUID writes it. */
const uuid = () =>
  `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** A homework assignment id: 9 random bytes in base64url, as src/engine/homework/link.ts makes them. */
const homeworkId = () => Array.from({ length: 12 }, () => pick([...B64])).join("");

const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => iso(ms).slice(0, 10);
/** A moment on day `d` (ms at 00:00 UTC), around hour `h`, spread over `spread` minutes. */
const at = (d: number, h: number, spread = 60) =>
  d + h * HOUR + Math.floor(rand() * spread * 60_000) + int(0, 999);

// ------------------------------------------------------------ text banks
// Plain sentences a person might write, written for this benchmark.

const TASKS = [
  "Email the landlord about the leak",
  "Draft the report summary",
  "Tidy the desk",
  "Reply to Priya's message",
  "Book the dentist",
  "Pay the electricity bill",
  "Write the project update",
  "Prepare slides for Monday",
  "Call Mum",
  "Fill in the expense form",
  "Read chapter four",
  "Clean the kitchen",
  "Plan meals for the week",
  "Send the invoice",
  "Review the pull request",
  "Water the plants",
  "Go for a walk at lunch",
  "Sort the laundry",
  "Update my CV",
  "Answer the survey from school",
  "Renew the library books",
  "Outline the essay",
  "Fix the bike light",
  "Write the meeting notes",
  "Order the birthday present",
  "Back up the laptop",
  "Practice guitar",
  "Send thank-you card",
  "Finish the budget sheet",
  "Phone the insurance company",
];
const FINISH = [
  "Three sentences, one read-through, then send.",
  "A rough outline with the main points.",
  "The desk surface only, not the drawers.",
  "A short reply, no second draft.",
  "Booked for any time next week.",
  "Paid on time; no need to check the statement twice.",
  "Five bullet points and a link to the numbers.",
  "Ten slides, plain template, no animations.",
  "Twenty minutes on the phone, whatever we talk about.",
  "All receipts in, even if one is a photo.",
  "Read it once, with a few notes in the margin.",
  "Counters and sink wiped; the oven can wait.",
  "A list of five dinners, nothing fancy.",
  "Sent with the usual wording.",
  "Comments on the parts I understand; ask about the rest.",
  "Done when the timer rings, wherever I am.",
  "One page, last job first, spell-checked once.",
  "A plan I can change later.",
];
const LETTING_GO = [
  "Perfect formatting.",
  "Reading it a third time.",
  "Getting every detail right before I start.",
  "Making it look impressive.",
  "Checking that nobody minds.",
  "The idea that it has to be the best version.",
  "Matching what I did last year.",
  "Apologizing for it in advance.",
  "Redoing the parts that are already fine.",
];
const DUMP = [
  "Buy milk",
  "Ask Sam about Saturday",
  "Car service is due soon",
  "Birthday card for Aunt Jo",
  "Look up the train times",
  "Find the warranty for the kettle",
  "Return the parcel",
  "Reply to the group chat",
  "Cancel the free trial before Friday",
  "Sign the permission slip",
  "Check whether the form was received",
  "Get new running shoes",
  "Back up the photos",
  "Ring the GP about the results",
  "Think about the holiday dates",
  "Fix the dripping tap",
  "Pick up the dry cleaning",
  "Write down the idea for the garden",
  "Send the recipe to Lee",
  "Move the dentist appointment",
  "Worried that I was short with my manager today",
  "The report I sent last week still bothers me",
  "Need to stop rewriting the same email",
  "Ask for help with the spreadsheet",
];
const PARK_NOTE = [
  "Not urgent; next week is fine.",
  "Wait until I hear back from the office.",
  "Needs a quiet afternoon.",
  "Could do this with Sam.",
  "Only if there is time after the move.",
  "Try it in small pieces.",
];
const STOPPED = [
  "I sent the email after one read and nothing bad happened.",
  "It felt uncomfortable to stop, but the feeling faded within the hour.",
  "Nobody noticed the parts I would have polished.",
  "I had time left for a walk, which I have not had in weeks.",
  "My manager said thanks and moved on to the next thing.",
  "I kept wanting to go back and check it, and I did not.",
  "The slides were plain, and the meeting went fine anyway.",
  "I stopped at the timer and the task was mostly done.",
  "I felt restless for a while, then I forgot about it.",
  "It was good enough, and I could see that by the evening.",
  "I was tired, so I let two goals go on purpose.",
  "I finished early and did not add anything extra.",
];
const PREDICTED = [
  "I predicted people would think I was careless. Nobody said anything.",
  "Perfectionism said I would have to redo it all. I only fixed one line.",
  "I expected to feel guilty all evening. I felt uneasy for about twenty minutes.",
  "I thought the client would complain. They replied with a thumbs up.",
  "I was sure I would forget something important. I forgot something small, and it was fine.",
  "My mind said it would be a disaster to leave the kitchen half done. It was not.",
  "I predicted I would not sleep. I slept a little late, but well.",
  "I expected a long list of corrections. There were two.",
  "I thought stopping would make me anxious for days. It passed by the next morning.",
];
const SITUATIONS = [
  "Giving the monthly update to my team on a video call.",
  "My manager asked for the figures by the end of the day.",
  "I noticed a typo in an email I had already sent to a client.",
  "A friend did not reply to my message for two days.",
  "Cooking dinner for my partner's parents for the first time.",
  "Getting feedback on my essay with a lot of comments in red.",
  "Waiting to hear whether I got the part-time job.",
  "Presenting my section of the group project in class.",
  "My sister said the birthday plans were a bit rushed.",
  "Writing a short post for the neighborhood newsletter.",
  "I arrived ten minutes late to the team lunch.",
  "Someone at work asked me a question I could not answer straight away.",
  "Looking at the messy spare room on Sunday morning.",
  "Filling in my tax return late at night.",
];
const EMOTIONS = [
  "anxious",
  "ashamed",
  "embarrassed",
  "frustrated",
  "sad",
  "guilty",
  "worried",
  "irritated",
  "tense",
  "overwhelmed",
  "disappointed",
  "nervous",
];
const THOUGHTS = [
  "Everyone could see I did not know what I was talking about.",
  "If it is not perfect, they will think I am not good at my job.",
  "I always mess things up at the last minute.",
  "They must be annoyed with me.",
  "I should have checked it one more time.",
  "One mistake means the whole thing is ruined.",
  "If I cannot do it properly, there is no point starting.",
  "People will find out I am not as capable as they think.",
  "I am letting everyone down again.",
  "A good friend would never have said that.",
];
const TRAPS = [
  "all-or-nothing",
  "should-statements",
  "catastrophizing",
  "discounting-the-positive",
  "labeling",
  "mind-reading",
  "overgeneralizing",
  "double-standards",
  "fortune-telling",
  "mental-filter",
  "emotional-reasoning",
  "unfair-comparisons",
];
const EVIDENCE_FOR = [
  "I paused for a few seconds before answering.",
  "My voice shook at the start.",
  "There was a mistake in the second paragraph.",
  "I forgot one of the points I meant to make.",
  "Nobody asked a follow-up question.",
  "I have been late twice this month.",
  "The reply was shorter than usual.",
];
const EVIDENCE_AGAINST = [
  "Two people thanked me afterwards.",
  "My manager has never mentioned the small mistakes.",
  "Most of the work was clear and correct.",
  "Other people make typos too, and I do not think less of them.",
  "The meeting moved on quickly to the next topic.",
  "I have had good feedback on this kind of work before.",
  "My friend is busy with her new job, which has nothing to do with me.",
  "I fixed the mistake as soon as I saw it.",
  "Nobody else seemed to notice the pause.",
  "I was asked to help with the next project, which I would not be if I were bad at this.",
  "Feeling embarrassed does not mean I did something wrong.",
];
const BALANCED = [
  "I made a small mistake in a piece of work that was mostly good, and that is normal.",
  "Pausing to think is not the same as not knowing; most people pause.",
  "One late reply does not tell me how my friend feels about me.",
  "The update was good enough to do its job, and people got what they needed.",
  "I can do a decent job without checking everything three times.",
  "Being a little late once is not the same as being unreliable.",
  "I would not judge a friend this harshly for the same thing.",
  "Mistakes are part of doing real work, and this one was easy to fix.",
];
const HAPPENED = [
  "I sent the report with a typo and my manager pointed it out in the meeting.",
  "I forgot to reply to a friend's message for three days.",
  "I burned the rice while cooking for guests.",
  "I missed the bus and arrived late to work.",
  "My presentation ran over time and I had to skip the last slide.",
  "I snapped at my partner because I was tired.",
  "I did not finish everything on my list today.",
  "I got a lower mark than I hoped on the assignment.",
  "I left the house without the documents I needed.",
  "I said something awkward at the school gate.",
  "I spent the evening resting instead of tidying.",
  "A colleague redid part of my work without asking.",
];
const SAID = [
  "You are so careless. You always do this.",
  "Why can you never get anything right?",
  "Everyone else manages this without trouble.",
  "You should have known better.",
  "That was embarrassing; they must think you are useless.",
  "You wasted the whole day.",
  "If you had tried harder, this would not have happened.",
];
const FRIEND = [
  "Anyone could miss a typo. Be kind to yourself.",
  "You had a lot on today, and you still did most of it.",
  "One slip does not undo all the good work you do.",
  "You are allowed to rest. Tomorrow is another day.",
  "It sounds like you were tired, not careless.",
  "Most people would not even remember this by next week.",
  "You noticed it and put it right, which is what matters.",
  "It is fine to do things your own way.",
];
const STRENGTHS = [
  "Patience",
  "Honesty",
  "Humor",
  "Kindness to myself afterwards",
  "Asking for help",
  "Keeping going when it was hard",
  "Saying sorry simply",
  "Noticing what went well",
  "Taking a break when I needed one",
  "Curiosity",
];
const BELIEFS = [
  "If I send an email without checking it three times, people will think I am careless.",
  "If I leave a task unfinished overnight, I will not be able to sleep.",
  "If I speak up in a meeting without preparing, I will say something stupid.",
  "If my house is not tidy when friends visit, they will judge me.",
  "If I hand in work that is not my best, I will get in trouble.",
  "If I say no to an extra task, my manager will think less of me.",
  "If I make a small mistake in public, I will not be able to stop thinking about it.",
  "If I stop at good enough, the quality of my work will drop a lot.",
];
const ALTERNATIVES = [
  "Most people will not notice small mistakes, and the ones who do will not mind much.",
  "I can cope with some discomfort, and it usually passes.",
  "Good enough work is usually all that is needed.",
  "People judge me on many things, not one moment.",
  "Saying no sometimes is normal and respected.",
];
const PLANS = [
  "Send the weekly email after reading it once.",
  "Leave one small task on my list unfinished until tomorrow.",
  "Ask one question in the team meeting without writing it out first.",
  "Invite a friend round without tidying the living room.",
  "Hand in the draft at the point I would usually start polishing.",
  "Say no to the extra committee role, kindly and briefly.",
  "Wear the shirt with the small stain to the shops.",
];
const WHEN = [
  "Tuesday after lunch",
  "Friday morning",
  "This weekend",
  "Monday, first thing",
  "After the school run",
];
const WHERE = ["At my desk", "At home", "In the office", "At the café", "On the video call"];
const RITUALS = [
  "Re-reading the email",
  "Asking my partner to check it",
  "Apologizing in advance",
  "Staying up late to fix it",
  "Making a list of everything that could go wrong",
  "Checking the sent folder",
];
const PREDICTIONS = [
  "Someone will point out a mistake and I will feel ashamed all day.",
  "I will not be able to think about anything else.",
  "My manager will ask me to redo it.",
  "My friend will think I do not care.",
  "I will feel so anxious that I have to go back and fix it.",
];
const HOW_KNOW = [
  "If anyone mentions a mistake by the end of the week.",
  "If I am still thinking about it at bedtime.",
  "If I get a reply asking for changes.",
  "If my friend says anything about the mess.",
];
const OUTCOMES = [
  "Nobody mentioned anything. I felt uneasy for about an hour, then it passed.",
  "One person pointed out a small error, and it took two minutes to fix.",
  "I got a friendly reply and we moved on.",
  "My friend did not seem to notice; we had a good evening.",
  "I felt anxious at first, but less than I expected, and I did not go back to check.",
  "It went better than I predicted, although I did check once.",
];
const LEARNED = [
  "The worst case is rare, and I can cope when small things go wrong.",
  "My anxiety peaks early and fades if I do not act on it.",
  "People care much less about small details than I do.",
  "Checking less gave me time back without making things worse.",
  "I can be kind to myself when something is not perfect.",
];
const THEMES = [
  "Being seen to make a mistake",
  "Sending work without checking it many times",
  "Leaving things unfinished",
  "Speaking up in meetings",
  "Having people see my home untidy",
  "Asking for help",
  "Saying no to requests",
  "Being late",
  "Getting feedback on my work",
];
const STEPS = [
  "Send a short text to a friend without re-reading it",
  "Leave one dish in the sink overnight",
  "Send a work email after one read",
  "Ask a question in a small meeting",
  "Hand in a draft I would normally polish",
  "Wear an outfit I have not planned the night before",
  "Post a comment online without editing it",
  "Arrive five minutes late to a casual meet-up",
  "Let a colleague see a rough first draft",
  "Share an idea in a big meeting without notes",
  "Leave a typo in an informal message on purpose",
  "Invite a friend over without cleaning first",
  "Say no to a small favor",
  "Ask my manager for feedback on unfinished work",
];
const PRACTICE_NOTES = [
  "Harder than I expected at first, then it eased off.",
  "Hardly thought about it afterwards.",
  "Wanted to check twice; did not.",
  "The urge to fix it lasted about ten minutes.",
  "Easier than last time.",
  "Felt silly, but nothing happened.",
];
const PLAN_TEXT = [
  "Keeping my goals to three a day, each with a clear finish line.",
  "Taking a real lunch break away from the screen.",
  "Noticing when I start re-checking, and stopping after one read.",
  "Talking to my partner when the pressure builds instead of working late.",
  "Stopping at good enough is a skill I can practice, not a failure.",
  "My anxiety about mistakes drops faster when I do not act on it.",
  "Other people mostly do not notice the details I worry about.",
  "Deadlines at work, especially the end of the quarter.",
  "Comparing myself to colleagues on social media.",
  "Being very tired, or skipping exercise for a week or more.",
  "Staying up late to redo work that was already fine.",
  "Making longer and longer to-do lists.",
  "Avoiding starting tasks because I cannot do them perfectly.",
  "Going back to my goal planner and writing a good-enough line for each task.",
  "Doing a thought record when I notice an all-or-nothing thought.",
  "A short walk, then one small task with a timer.",
  "A lapse is a normal part of change, not a sign that I have failed.",
  "I will look at what triggered it, and pick one small step to get back on track.",
  "If it lasts more than two weeks, I will book a session with my therapist.",
];
const HOMEWORK_NOTES = [
  "Try this twice before our next session.",
  "Keep it short; a few lines is plenty.",
  "Pick a small situation from this week.",
  "Notice the urge to check, and write down what happened when you did not.",
  "Bring it to our next session, whatever state it is in.",
];

// ------------------------------------------------------- the heavy user

type Rec = { id: string; createdAt: string; updatedAt: string; [field: string]: unknown };
interface Draft {
  rec: Rec;
  /** May this record be deleted later (not settings or the plan's fixed parts)? */
  deletable?: boolean;
  /** Deleted as part of a group (a ladder): the time of that deletion. */
  deletedAt?: number;
  /** How soon after it was made a deletion happens, in days at most. */
  churnDays?: number;
}

const records: Record<Worksheet, Draft[]> = Object.fromEntries(
  WORKSHEETS.map((w) => [w, [] as Draft[]]),
) as unknown as Record<Worksheet, Draft[]>;

function add(
  w: Worksheet,
  createdMs: number,
  fields: Record<string, unknown>,
  opts: { id?: string; updatedMs?: number; deletable?: boolean; churnDays?: number } = {},
): Rec {
  const updatedMs = Math.min(Math.max(opts.updatedMs ?? createdMs, createdMs), END - 1000);
  const rec: Rec = {
    id: opts.id ?? uuid(),
    createdAt: iso(createdMs),
    updatedAt: iso(updatedMs),
    ...fields,
  };
  records[w].push({ rec, deletable: opts.deletable ?? true, churnDays: opts.churnDays ?? 120 });
  return rec;
}

const days = Math.round((END - START) / DAY);
const minutesBox = () => (chance(0.7) ? pick([10, 15, 20, 25, 30, 45, 60, 90, 120]) : undefined);
const withOptional = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

// The goal planner: about 8 records a day.
add(
  "goal-planner",
  at(START, 7),
  { kind: "settings", dailyLimit: 3 },
  { id: "settings", deletable: false },
);
let openGoals: Rec[] = [];
for (let i = 0; i < days; i++) {
  const d = START + i * DAY;
  const day = dayOf(d);
  if (chance(0.9))
    add(
      "goal-planner",
      at(d, 7, 30),
      { kind: "dayplan", day, minutesAvailable: pick([60, 90, 120, 150, 180, 240, 300]) },
      { id: `day:${day}` },
    );
  const todays: Rec[] = [];
  let t = at(d, 8, 20);
  const carried = openGoals.filter(() => chance(0.4)).slice(0, 1);
  for (const g of carried) {
    todays.push(
      add(
        "goal-planner",
        (t += int(20_000, 200_000)),
        withOptional({
          ...pickGoalFields(g),
          kind: "goal",
          day,
          status: "planned",
          carriedFrom: g.id,
        }),
      ),
    );
  }
  const n = int(2, 4) - carried.length;
  for (let k = 0; k < n; k++) {
    todays.push(
      add(
        "goal-planner",
        (t += int(30_000, 300_000)),
        withOptional({
          kind: "goal",
          day,
          task: pick(TASKS),
          goodEnough: pick(FINISH),
          minutes: minutesBox(),
          lettingGo: chance(0.5) ? pick(LETTING_GO) : undefined,
          status: "planned",
        }),
      ),
    );
  }
  // Statuses are set later that day; a few goals stay planned or partly done.
  openGoals = [];
  for (const g of todays) {
    const status = pick([
      "done",
      "done",
      "done",
      "done",
      "done",
      "partly",
      "let-go",
      "let-go",
      "planned",
      "planned",
    ]);
    g.status = status;
    if (status !== "planned") g.updatedAt = iso(at(d, 17, 180));
    if (status === "planned" || status === "partly") openGoals.push(g);
  }
  // Unfinished goals are sometimes parked rather than carried over.
  for (const g of openGoals.filter(() => chance(0.25))) {
    add(
      "goal-planner",
      at(d, 18, 60),
      withOptional({
        kind: "parked",
        task: g.task,
        goodEnough: g.goodEnough,
        minutes: g.minutes,
        fromGoal: g.id,
      }),
      { churnDays: 30 },
    );
    openGoals = openGoals.filter((o) => o !== g);
  }
  if (chance(0.55))
    add(
      "goal-planner",
      at(d, 12, 360),
      withOptional({
        kind: "parked",
        task: pick(TASKS),
        note: chance(0.6) ? pick(PARK_NOTE) : undefined,
      }),
      { churnDays: 30 },
    );
  const dumps = int(0, 5);
  for (let k = 0; k < dumps; k++)
    add(
      "goal-planner",
      at(d, 9, 720),
      withOptional({ kind: "dump", text: pick(DUMP), day: chance(0.85) ? day : undefined }),
      { churnDays: 14 },
    );
  if (chance(0.85))
    add(
      "goal-planner",
      at(d, 20, 120),
      withOptional({
        kind: "reflection",
        day,
        stoppedAtGoodEnough: chance(0.9) ? sentences(STOPPED, 1, 3) : undefined,
        predictedVsActual: chance(0.8) ? sentences(PREDICTED, 1, 2) : undefined,
        anxiety: chance(0.9) ? int(1, 8) : undefined,
        satisfaction: chance(0.9) ? int(3, 9) : undefined,
      }),
      { id: `reflection:${day}` },
    );
}
function pickGoalFields(g: Rec) {
  return { task: g.task, goodEnough: g.goodEnough, minutes: g.minutes, lettingGo: g.lettingGo };
}

// The thought record and the journal: one entry a day each.
for (let i = 0; i < days; i++) {
  const d = START + i * DAY;
  const created = at(d, 13, 480);
  const finished = chance(0.85);
  const emotions = pickSome(EMOTIONS, int(1, 3)).map((name) => {
    const before = int(4, 9) * 10;
    return withOptional({
      name,
      before,
      after: finished ? clamp(before - int(1, 5) * 10, 0, 100) : undefined,
    });
  });
  add(
    "thought-record",
    created,
    withOptional({
      kind: "record",
      when: iso(created - int(10, 360) * 60_000),
      situation: pick(SITUATIONS),
      emotions,
      automaticThought: pick(THOUGHTS),
      beliefBefore: int(6, 10) * 10,
      traps: pickSome(TRAPS, int(1, 3)),
      evidenceFor: sentences(EVIDENCE_FOR, 1, 2),
      evidenceAgainst: sentences(EVIDENCE_AGAINST, 1, 3),
      balancedThought: finished ? pick(BALANCED) : "",
      balancedBelief: finished ? int(4, 8) * 10 : undefined,
      beliefAfter: finished ? int(2, 6) * 10 : undefined,
      step: finished ? 6 : int(3, 5),
    }),
    { updatedMs: created + int(5, 40) * 60_000 },
  );
  const evening = at(d, 20, 180);
  add("self-compassion-journal", evening, {
    kind: "entry",
    day: dayOf(d),
    whatHappened: sentences(HAPPENED, 1, 2),
    whatISaid: chance(0.9) ? sentences(SAID, 1, 2) : "",
    whatIdSayToAFriend: chance(0.9) ? sentences(FRIEND, 1, 3) : "",
    strength: chance(0.8) ? pick(STRENGTHS) : "",
  });
}

// Two experiments a week.
let previous: Rec | undefined;
for (let i = 0; i < days; i++) {
  const d = START + i * DAY;
  if (new Date(d).getUTCDay() !== 1 && new Date(d).getUTCDay() !== 4) continue;
  const created = at(d, 19, 120);
  const planned = d + int(1, 3) * DAY;
  const done = planned + 20 * HOUR < END && chance(0.85);
  const doneAt = at(planned, 18, 120);
  previous = add(
    "experiment-tracker",
    created,
    withOptional({
      kind: "experiment",
      status: done ? "done" : "planned",
      completedAt: done ? iso(doneAt) : undefined,
      situation: pick(SITUATIONS),
      belief: pick(BELIEFS),
      beliefBefore: int(6, 9) * 10,
      alternative: pick(ALTERNATIVES),
      alternativeBefore: int(2, 5) * 10,
      experiment: pick(PLANS),
      when: pick(WHEN),
      where: pick(WHERE),
      plannedDate: dayOf(planned),
      ritualsToDrop: pickSome(RITUALS, int(1, 3)),
      prediction: pick(PREDICTIONS),
      predictionConfidence: int(5, 9) * 10,
      howIWillKnow: pick(HOW_KNOW),
      expectedDiscomfort: int(5, 8) * 10,
      outcome: done ? pick(OUTCOMES) : undefined,
      peakDiscomfort: done ? int(3, 8) * 10 : undefined,
      afterDiscomfort: done ? int(1, 4) * 10 : undefined,
      predictionCameTrue: done ? pick(["no", "no", "partly", "yes"]) : undefined,
      learned: done ? pick(LEARNED) : undefined,
      beliefAfter: done ? int(2, 6) * 10 : undefined,
      alternativeAfter: done ? int(4, 8) * 10 : undefined,
      previousId: previous && chance(0.2) ? previous.id : undefined,
    }),
    { updatedMs: done ? doneAt : created },
  );
}

// Exposure ladders: a new one about every seven months, three practices a week.
{
  const ladderStarts: number[] = [];
  for (let d = START + 3 * DAY; d < END - 20 * DAY; d += int(180, 240) * DAY) ladderStarts.push(d);
  ladderStarts.forEach((startDay, li) => {
    const endDay = ladderStarts[li + 1] ?? END;
    const ladderMs = at(startDay, 19, 60);
    const ladder = add(
      "exposure-ladder",
      ladderMs,
      withOptional({
        kind: "ladder",
        theme: THEMES[li % THEMES.length],
        notes: chance(0.6) ? pick(PARK_NOTE) : undefined,
      }),
    );
    const nSteps = int(6, 10);
    let stepMs = ladderMs;
    const steps: Rec[] = pickSome(STEPS, nSteps).map((description, k) =>
      add(
        "exposure-ladder",
        (stepMs += int(20_000, 90_000)),
        withOptional({
          kind: "step",
          ladderId: ladder.id,
          description,
          expectedSuds: clamp(20 + k * 8 + int(0, 6), 0, 100),
          ritualsToDrop: chance(0.5) ? pickSome(RITUALS, int(1, 2)) : undefined,
          mastered: false,
        }),
        { deletable: false },
      ),
    );
    const group: Rec[] = [ladder, ...steps];
    let step = 0;
    let reps = 0;
    for (let d = startDay + DAY; d < endDay && step < steps.length; d += DAY) {
      const weekday = new Date(d).getUTCDay();
      if (weekday !== 1 && weekday !== 3 && weekday !== 6) continue;
      const s = steps[step]!;
      const expected = s.expectedSuds as number;
      const fade = Math.max(0, expected - reps * 6);
      const practiceMs = at(d, 18, 180);
      group.push(
        add(
          "exposure-ladder",
          practiceMs,
          withOptional({
            kind: "practice",
            stepId: s.id,
            day: dayOf(d),
            before: clamp(fade - 10 + int(0, 10), 0, 100),
            peak: clamp(fade + int(0, 15), 0, 100),
            after: clamp(fade - 25 + int(0, 10), 0, 100),
            notes: chance(0.5) ? pick(PRACTICE_NOTES) : undefined,
          }),
          { churnDays: 60 },
        ),
      );
      reps++;
      if (reps >= int(4, 8)) {
        s.mastered = true;
        const masteredAt = iso(practiceMs + 60_000);
        s.masteredAt = masteredAt;
        s.updatedAt = masteredAt;
        step++;
        reps = 0;
      }
    }
    // About one ladder in three is deleted later, whole; never the one in use now.
    if (li < ladderStarts.length - 1 && chance(DELETED_SHARE)) {
      const last = Math.max(...group.map((r) => Date.parse(r.updatedAt)));
      const gone = Math.min(last + int(10, 120) * DAY, END - 1000);
      for (const draft of records["exposure-ladder"])
        if (group.includes(draft.rec)) draft.deletedAt = gone;
    }
  });
}

// A self-screen about every six months.
{
  const DOMAINS = [
    "fear-of-failure",
    "unrealistic-standards",
    "self-doubt",
    "all-or-nothing",
    "procrastination",
    "self-worth",
  ];
  const ITEMS: [id: string, domain: string, reverse: boolean][] = [];
  const prefix: Record<string, string> = {
    "fear-of-failure": "fear",
    "unrealistic-standards": "standards",
    "self-doubt": "doubt",
    "all-or-nothing": "all-or-nothing",
    procrastination: "procrastination",
    "self-worth": "self-worth",
    impact: "impact",
  };
  const reversed = new Set(["standards-3", "doubt-3", "all-or-nothing-3"]);
  for (const domain of [...DOMAINS, "impact"])
    for (let k = 1; k <= 3; k++) {
      const id = `${prefix[domain]}-${k}`;
      ITEMS.push([id, domain, reversed.has(id)]);
    }
  const band = (s: number | null) =>
    s === null ? null : s < 1.5 ? "low" : s < 2.5 ? "moderate" : "high";
  const mean = (xs: number[]) =>
    xs.length >= 2 ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  for (let d = START + 2 * DAY, n = 0; d < END; d += int(150, 210) * DAY, n++) {
    const level = clamp(3.2 - n * 0.2, 0.8, 4);
    const answers: Record<string, number> = {};
    for (const [id] of ITEMS)
      if (chance(0.97)) answers[id] = clamp(Math.round(level + rand() * 1.6 - 0.8), 0, 4);
    const scored = (domain: string) =>
      ITEMS.filter(([id, dom]) => dom === domain && id in answers).map(([id, , rev]) =>
        rev ? 4 - answers[id]! : answers[id]!,
      );
    const domains = DOMAINS.map((id) => {
      const score = mean(scored(id));
      return { id, score, band: band(score) };
    });
    const overall = mean(DOMAINS.flatMap(scored));
    const impact = mean(scored("impact"));
    const finishedMs = at(d, 21, 60);
    add("self-screen", finishedMs, {
      kind: "result",
      instrumentId: "good-enough-reflection",
      instrumentVersion: 1,
      completedAt: iso(finishedMs),
      answers,
      domains,
      overall: { score: overall, band: band(overall) },
      impact: { score: impact, band: band(impact) },
    });
  }
}

// A relapse-prevention plan, made in the fourth year and kept up to date.
{
  const made = START + Math.round(days * 0.7) * DAY;
  let t = at(made, 19, 30);
  for (const id of ["protecting", "learned", "triggers", "warning-signs", "coping", "after-lapse"])
    add(
      "relapse-prevention-plan",
      (t += int(60_000, 400_000)),
      { kind: "section", text: sentences(PLAN_TEXT, 3, 6) },
      { id, deletable: false, updatedMs: END - int(5, 200) * DAY },
    );
  const contacts: [string, string, string][] = [
    ["Sam", "+1 555 0100 123", "partner"],
    ["Jo", "+1 (555) 0101-456", "sister"],
    ["Dr. Rivera", "+1 555 0102 789", "therapist"],
    ["Lee", "555 0103 222", "friend"],
  ];
  for (const [name, phone, relationship] of contacts)
    add(
      "relapse-prevention-plan",
      (t += int(60_000, 400_000)),
      withOptional({
        kind: "contact",
        name,
        phone,
        relationship,
        note: chance(0.5) ? "Best after 6 pm." : undefined,
      }),
    );
  add(
    "relapse-prevention-plan",
    t + int(60_000, 400_000),
    { kind: "review", reviewDate: dayOf(END + 30 * DAY) },
    { id: "review", deletable: false, updatedMs: END - int(5, 60) * DAY },
  );
}

// Homework from a therapist's links, about every ten weeks.
for (let d = START + 20 * DAY; d < END - DAY; d += int(50, 90) * DAY) {
  const worksheet = pick([
    "thought-record",
    "self-compassion-journal",
    "experiment-tracker",
    "goal-planner",
    "exposure-ladder",
    "self-screen",
  ]);
  const created = at(d, 10, 300);
  const due = d + 7 * DAY;
  const done = due < END && chance(0.85);
  add(
    "homework",
    created,
    withOptional({
      kind: "assignment",
      worksheet,
      from: "Dr. Rivera",
      note: pick(HOMEWORK_NOTES),
      due: dayOf(due),
      doneAt: done ? iso(at(due - int(1, 6) * DAY, 19, 120)) : undefined,
    }),
    { id: homeworkId(), updatedMs: done ? due : created },
  );
}

/**
 * Finishes a worksheet's records: 30% of what may be deleted becomes a
 * tombstone some time after it was made, tombstones past the pruning horizon
 * are left out (the site would have pruned them), and creation times are made
 * strictly increasing, as the store stamps them.
 */
function finish(w: Worksheet): {
  records: Rec[];
  live: number;
  tombstones: number;
  pruned: number;
} {
  const drafts = records[w].sort((a, b) => (a.rec.createdAt < b.rec.createdAt ? -1 : 1));
  let last = 0;
  for (const d of drafts) {
    let ms = Date.parse(d.rec.createdAt);
    if (ms <= last) ms = last + 1;
    last = ms;
    d.rec.createdAt = iso(ms);
    if (d.rec.updatedAt < d.rec.createdAt) d.rec.updatedAt = d.rec.createdAt;
  }
  const out: Rec[] = [];
  let pruned = 0;
  for (const d of drafts) {
    const created = Date.parse(d.rec.createdAt);
    let gone = d.deletedAt;
    if (gone === undefined && d.deletable && chance(DELETED_SHARE))
      gone = Math.min(created + Math.ceil(rand() * (d.churnDays ?? 120) * DAY), END - 1000);
    if (gone === undefined) {
      out.push(d.rec);
      continue;
    }
    gone = Math.max(gone, Date.parse(d.rec.updatedAt) + 1);
    if (gone < HORIZON) {
      pruned++;
      continue;
    }
    out.push({ id: d.rec.id, createdAt: d.rec.createdAt, updatedAt: iso(gone), deleted: true });
  }
  const tombstones = out.filter((r) => r.deleted === true).length;
  return { records: out, live: out.length - tombstones, tombstones, pruned };
}

// ---------------------------------------------------------- storage layout

interface Entry {
  worksheet: Worksheet;
  month: string;
  key: string;
  value: string;
}
const monthKeys = (w: Worksheet, list: Rec[]): Entry[] => {
  const byMonth = new Map<string, Rec[]>();
  for (const r of list) {
    const m = r.createdAt.slice(0, 7);
    if (!byMonth.has(m)) byMonth.set(m, []);
    byMonth.get(m)!.push(r);
  }
  return [...byMonth].map(([month, rs]) => ({
    worksheet: w,
    month,
    key: `goodenough:${w}/${month}`,
    value: JSON.stringify({ version: 2, records: rs }),
  }));
};
const chars = (es: readonly Entry[]) => es.reduce((n, e) => n + e.key.length + e.value.length, 0);

/**
 * What the person would still hold here once older entries were archived:
 * records made before `cut`, as each worksheet's archive allows (settings and
 * the plan stay; a ladder goes whole, once none of it is newer than the cut).
 */
function keptAfterArchive(w: Worksheet, list: Rec[], cut: string): Rec[] {
  if (w === "relapse-prevention-plan") return list;
  if (w === "exposure-ladder") {
    const ladderOf = new Map<string, string>();
    for (const r of list) if (r.kind === "step") ladderOf.set(r.id, r.ladderId as string);
    const group = (r: Rec) =>
      r.kind === "ladder"
        ? r.id
        : r.kind === "step"
          ? (r.ladderId as string)
          : (ladderOf.get(r.stepId as string) ?? r.id);
    const latest = new Map<string, string>();
    for (const r of list)
      if ((latest.get(group(r)) ?? "") < r.updatedAt) latest.set(group(r), r.updatedAt);
    return list.filter((r) => (latest.get(group(r)) ?? "") >= cut);
  }
  return list.filter((r) => r.createdAt >= cut || r.kind === "settings");
}

// ---------------------------------------------------------------- helpers

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
}
const ms = (n: number) => (Number.isNaN(n) ? "n/a" : `${n.toFixed(n < 10 ? 2 : 0)} ms`);
const signed = (n: number) => (n < 0 ? `−${ms(-n)}` : `+${ms(n)}`);
const kchars = (n: number) => `${(n / 1024).toFixed(0)} K`;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const mark = (ok: boolean) => (ok ? "met" : "NOT MET");

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    line(head),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map(line),
  ].join("\n");
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the bench's copy of the site when it is missing, or was built before the timing hook existed. */
function ensureBuilt() {
  const dist = DIST;
  const hasHook = () =>
    existsSync(join(dist, "_astro")) &&
    readdirSync(join(dist, "_astro")).some(
      (f) =>
        f.endsWith(".js") &&
        readFileSync(join(dist, "_astro", f), "utf8").includes("goodenough:keystroke"),
    );
  if (existsSync(join(dist, "index.html")) && hasHook() && !process.argv.includes("--build")) {
    if (newestMtime(join(ROOT, "src")) > statSync(join(dist, "index.html")).mtimeMs)
      console.log(
        "Note: src/ changed after the bench's copy was built; run with --build to measure the latest code.\n",
      );
    return;
  }
  console.log("Building the site (npx astro build)…");
  const r = spawnSync("npx", ["astro", "build", ...CONFIG], {
    cwd: ROOT,
    env: { ...process.env, GOODENOUGH_BENCH: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("astro build failed");
}

function freePort(from: number): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(freePort(from + 1)));
    s.listen(from, "127.0.0.1", () => s.close(() => resolve(from)));
  });
}

async function waitFor(url: string, child: ChildProcess) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error("astro preview exited early");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`astro preview did not answer at ${url}`);
}

type Timed = { found: number; shown: number };

/** Installed in each page: notes when the page's list selector first matches, and the frame after. */
function watchFor(selectors: Record<string, string>) {
  const sel = selectors[location.pathname];
  if (!sel) return;
  const w = window as unknown as { __bench?: Partial<Timed> };
  const check = () => {
    if (w.__bench || !document.querySelector(sel)) return;
    const found = performance.now();
    w.__bench = { found };
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => (w.__bench = { found, shown: performance.now() })),
    );
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

async function openOnce(page: Page, origin: string, path: string): Promise<Timed> {
  await page.goto(origin + path, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench?: Partial<Timed> }).__bench;
      return b?.shown === undefined ? false : b;
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as Timed;
}

const measures = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

/** The store's own split of reading (src/engine/storage/worksheet-store.ts), summed per part. */
const loadSplit = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const e of performance.getEntriesByType("measure")) {
      const m = /^goodenough:load:[^:]+(?::(\w+))?$/.exec(e.name);
      if (m) out[m[1] ?? "total"] = (out[m[1] ?? "total"] ?? 0) + e.duration;
    }
    return out;
  });

type Profile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
};

/** Opens a page under Chromium's sampling profiler; returns self time by function, largest first. */
async function profileOpen(page: Page, origin: string, path: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const timed = await openOnce(page, origin, path);
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const file = f.url.split("/").pop() || "";
    const name = `${f.functionName || "(anonymous)"} ${file}${file ? `:${f.lineNumber + 1}` : ""}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return { timed, self: [...self].sort((a, b) => b[1] - a[1]) };
}

// ------------------------------------------------------------- the bench

async function main() {
  const began = Date.now();
  /** Progress on stderr, so the table on stdout stays clean. */
  const progress = (what: string) =>
    process.stderr.write(`[${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${what}\n`);
  console.log(
    `Good Enough data-layer benchmark: ${YEARS} years of daily use, ${DELETED_SHARE * 100}% deleted later.\n`,
  );

  // 1. The data, and how much of the quota it takes.
  const finished = Object.fromEntries(WORKSHEETS.map((w) => [w, finish(w)])) as Record<
    Worksheet,
    ReturnType<typeof finish>
  >;
  const full = WORKSHEETS.flatMap((w) => monthKeys(w, finished[w].records));
  const fullChars = chars(full);
  const room = QUOTA - HEADROOM;
  let cut = "";
  let seeded = full;
  if (fullChars > room) {
    // Archive month by month from the oldest, until what stays fits.
    const months = [...new Set(full.map((e) => e.month))].sort();
    for (const m of months) {
      const kept = WORKSHEETS.flatMap((w) =>
        monthKeys(w, keptAfterArchive(w, finished[w].records, `${m}-01`)),
      );
      if (chars(kept) <= room) {
        cut = `${m}-01`;
        seeded = kept;
        break;
      }
    }
  }
  const seededChars = chars(seeded);

  ensureBuilt();
  const port = await freePort(4410);
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    "npx",
    ["astro", "preview", ...CONFIG, "--ignore-lock", "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: ROOT,
      stdio: "ignore",
      detached: true,
    },
  );
  const stop = () => {
    try {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    await waitFor(`${origin}/`, server);
    const selectors = Object.fromEntries(OPEN_PAGES.map((p) => [p.path, p.selector]));
    const newContext = async () => {
      const c = await browser.newContext({
        timezoneId: "UTC",
        locale: "en-US",
        reducedMotion: "reduce",
      });
      await c.addInitScript(watchFor, selectors);
      return c;
    };
    const errors: string[] = [];
    const watchErrors = (p: Page) =>
      p.on("pageerror", (e) => errors.push(`${p.url()}: ${e.message}`));

    const heavy: BrowserContext = await newContext();
    const empty: BrowserContext = await newContext();
    const hp = await heavy.newPage();
    const ep = await empty.newPage();
    watchErrors(hp);
    watchErrors(ep);

    // Seed on the site's origin, then navigate.
    await hp.goto(`${origin}/privacy/`);
    const stored = await hp.evaluate(
      (entries) => {
        localStorage.clear();
        let n = 0;
        try {
          for (const [k, v] of entries) {
            localStorage.setItem(k, v);
            n++;
          }
        } catch (e) {
          return { n, error: String(e) };
        }
        localStorage.setItem("goodenough:ui:measure", "1");
        return { n, error: "" };
      },
      seeded.map((e) => [e.key, e.value] as [string, string]),
    );
    if (stored.error) throw new Error(`Seeding stopped after ${stored.n} keys: ${stored.error}`);
    await ep.goto(`${origin}/privacy/`);
    await ep.evaluate(() => {
      localStorage.clear();
      localStorage.setItem("goodenough:ui:measure", "1");
    });

    // 4 (first half). Every page reads the seeded data once.
    progress("visiting every page");
    for (const path of ALL_PAGES) {
      await hp.goto(origin + path, { waitUntil: "load" });
      await hp.waitForTimeout(150);
    }
    const setAsideAfterVisit = await hp.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("goodenough:quarantine:")),
    );

    // 2. Opening each list page, seeded and empty, alternated; one warm-up each.
    progress("opening list pages");
    const open: Record<
      string,
      {
        heavy: number[];
        heavyFound: number[];
        empty: number[];
        archiveOffer: boolean;
        split: Record<string, number>[];
      }
    > = {};
    const profiles: string[] = [];
    for (const p of OPEN_PAGES) {
      open[p.name] = { heavy: [], heavyFound: [], empty: [], archiveOffer: false, split: [] };
      await openOnce(hp, origin, p.path);
      await openOnce(ep, origin, p.path);
      for (let i = 0; i < RUNS; i++) {
        const h = await openOnce(hp, origin, p.path);
        open[p.name]!.heavy.push(h.shown);
        open[p.name]!.heavyFound.push(h.found);
        open[p.name]!.split.push(await loadSplit(hp));
        open[p.name]!.empty.push((await openOnce(ep, origin, p.path)).shown);
      }
      await hp.waitForLoadState("load");
      await hp.waitForTimeout(100);
      open[p.name]!.archiveOffer = await hp.locator('[data-notice="archive"]').isVisible();
      if (PROFILE) {
        const { timed, self } = await profileOpen(hp, origin, p.path);
        const total = self.reduce((n, [, t]) => n + t, 0);
        profiles.push(
          `${p.name}: shown at ${ms(timed.shown)}, ${ms(total)} sampled; self time by function:\n` +
            self
              .slice(0, 25)
              .map(([name, t]) => `  ${ms(t).padStart(8)}  ${name}`)
              .join("\n"),
        );
      }
    }

    // 3. Saves through the UI: goals added and marked, journal entries written; then typing.
    const saves = async (page: Page) => {
      await page.goto(`${origin}/worksheets/goal-planner/`);
      await page.locator("#gp-goals-h").waitFor();
      await page.evaluate(() => performance.clearMeasures());
      const form = page.getByRole("region", { name: /^(Add a goal|Plan this)/ });
      const tasks = ["Bench goal one", "Bench goal two", "Bench goal three"];
      for (const task of tasks) {
        await form.getByLabel("The task").fill(task);
        await form.getByLabel("Good enough looks like…").fill("Done when the timer rings.");
        await form.getByRole("button", { name: "Add goal" }).click();
        await page.getByRole("heading", { level: 3, name: task }).waitFor();
      }
      const states = ["Done: good enough", "Partly done", "Let go, on purpose", "Planned"];
      for (let i = 0; i < SAVES_STATUS; i++) {
        const card = page
          .getByRole("listitem")
          .filter({ has: page.getByRole("heading", { level: 3, name: tasks[i % 3]! }) });
        const radio = card.getByRole("radio", { name: states[Math.floor(i / 3) % 4]! });
        await radio.check();
      }
      const goals = await measures(page, "goodenough:save");

      await page.goto(`${origin}/worksheets/self-compassion-journal/`);
      await page.locator("#scj-list-h").waitFor();
      await page.evaluate(() => performance.clearMeasures());
      for (let i = 0; i < JOURNAL_SAVES; i++) {
        await page.getByRole("button", { name: "Write a new entry" }).click();
        await page.getByLabel("What happened").fill(HAPPENED[i % HAPPENED.length]!);
        await page.getByLabel("What I said to myself").fill(SAID[i % SAID.length]!);
        await page.getByLabel("What I would say to a friend").fill(FRIEND[i % FRIEND.length]!);
        await page.getByRole("button", { name: "Save entry" }).click();
        await page.locator("#scj-list-h").waitFor();
      }
      const journal = await measures(page, "goodenough:save");

      await page.goto(`${origin}/worksheets/thought-record/write/`);
      const situation = page.getByLabel("What was going on");
      await situation.waitFor({ timeout: 60_000 });
      await page.evaluate(() => performance.clearMeasures());
      await situation.pressSequentially(TYPED, { delay: 25 });
      await page.waitForTimeout(600);
      const keys = await measures(page, "goodenough:keystroke");
      const draftSaves = await measures(page, "goodenough:save");
      await situation.blur();
      return { saves: [...goals, ...journal], goals, journal, keys, draftSaves };
    };
    const none: Record<"saves" | "goals" | "journal" | "keys" | "draftSaves", number[]> = {
      saves: [],
      goals: [],
      journal: [],
      keys: [],
      draftSaves: [],
    };
    progress("saving as the heavy user");
    const heavySaves = OPEN_ONLY
      ? none
      : await saves(hp).catch(async (e: unknown) => {
          const shot = join(tmpdir(), "bench-data-failure.png");
          await hp.screenshot({ path: shot, fullPage: true }).catch(() => {});
          console.error(`The page at ${hp.url()} is in ${shot}`);
          throw e;
        });
    progress("saving as a new user");
    const emptySaves = OPEN_ONLY ? none : await saves(ep);

    // 4 (second half). Still nothing set aside after the saves; share used at the end.
    progress("visiting the list pages again");
    for (const path of OPEN_PAGES.map((p) => p.path))
      await hp.goto(origin + path, { waitUntil: "load" });
    await hp.waitForTimeout(150);
    const end = await hp.evaluate(() => {
      let used = 0;
      for (const k of Object.keys(localStorage))
        if (k.startsWith("goodenough:")) used += k.length + (localStorage.getItem(k) ?? "").length;
      return {
        used,
        setAside: Object.keys(localStorage).filter((k) => k.startsWith("goodenough:quarantine:")),
      };
    });
    const setAside = [...new Set([...setAsideAfterVisit, ...end.setAside])];

    // ------------------------------------------------------------ report
    const out: string[] = [];
    out.push(
      "1. Storage (characters of keys and values; the quota is 5 × 1024 × 1024 = 5,242,880)",
    );
    out.push(
      table(
        ["worksheet", "live", "tombstones", "pruned", "5 years", "stored here", "keys"],
        [
          ...WORKSHEETS.map((w) => [
            w,
            finished[w].live,
            finished[w].tombstones,
            finished[w].pruned,
            kchars(chars(full.filter((e) => e.worksheet === w))),
            kchars(chars(seeded.filter((e) => e.worksheet === w))),
            seeded.filter((e) => e.worksheet === w).length,
          ]),
          [
            "total",
            WORKSHEETS.reduce((n, w) => n + finished[w].live, 0),
            WORKSHEETS.reduce((n, w) => n + finished[w].tombstones, 0),
            WORKSHEETS.reduce((n, w) => n + finished[w].pruned, 0),
            kchars(fullChars),
            kchars(seededChars),
            seeded.length,
          ],
        ],
      ),
    );
    out.push(
      `5 years take ${pct(fullChars / QUOTA)} of the quota` +
        (cut
          ? `: they do not fit. Seeded the newest part that fits, everything made since ${cut} ` +
            `(${((END - Date.parse(cut)) / (365.25 * DAY)).toFixed(1)} years), ${pct(seededChars / QUOTA)} of the quota.`
          : "; all of it is seeded."),
    );
    out.push(`After the saves below the site uses ${pct(end.used / QUOTA)}.`);
    out.push("");
    out.push(
      `2. Opening a list page: navigation start to the frame after the list appears (in brackets: until the list is in the DOM); median of ${RUNS}`,
    );
    out.push(
      table(
        [
          "page",
          "heavy user",
          "(in DOM)",
          "empty",
          "difference",
          "target ≤ +100 ms",
          "archive offer",
        ],
        OPEN_PAGES.map((p) => {
          const o = open[p.name]!;
          const diff = median(o.heavy) - median(o.empty);
          return [
            p.name,
            ms(median(o.heavy)),
            `(${ms(median(o.heavyFound))})`,
            ms(median(o.empty)),
            signed(diff),
            mark(diff <= 100),
            o.archiveOffer ? "shown" : "not shown",
          ];
        }),
      ),
    );
    out.push("");
    out.push(
      "2b. Where the heavy open goes: the stores' reading, split (median of the runs, all stores on the page), and the rest (scripts, islands, derived data) beyond empty",
    );
    const parts = ["read", "parse", "check", "merge"];
    out.push(
      table(
        ["page", ...parts, "stores", "rest beyond empty"],
        OPEN_PAGES.map((p) => {
          const o = open[p.name]!;
          const part = (k: string) => median(o.split.map((x) => x[k] ?? 0));
          const stores = part("total");
          return [
            p.name,
            ...parts.map((k) => ms(part(k))),
            ms(stores),
            signed(median(o.heavy) - median(o.empty) - stores),
          ];
        }),
      ),
    );
    if (profiles.length) out.push("", "2c. CPU profiles of one heavy open", ...profiles);
    out.push("");
    out.push("3. One write, timed by the store (performance.measure)");
    const row = (name: string, xs: number[], ys: number[], target: string, ok?: boolean) => [
      name,
      xs.length,
      ms(median(xs)),
      ms(quantile(xs, 0.95)),
      ms(median(ys)),
      target,
      ok === undefined ? "-" : mark(ok),
    ];
    out.push(
      table(
        ["write", "n", "median", "p95", "empty median", "target", ""],
        [
          row(
            "save, all",
            heavySaves.saves,
            emptySaves.saves,
            "≤ 4 ms median",
            median(heavySaves.saves) <= 4,
          ),
          row("  goal planner: add, mark", heavySaves.goals, emptySaves.goals, "-"),
          row("  journal: new entry", heavySaves.journal, emptySaves.journal, "-"),
          row("keystroke, thought record", heavySaves.keys, emptySaves.keys, "-"),
          row("  draft made on first key", heavySaves.draftSaves, emptySaves.draftSaves, "-"),
        ],
      ),
    );
    out.push(
      "A keystroke is timed to its update in memory; the write to storage follows a 400 ms pause, untimed.",
    );
    out.push("");
    out.push("4. Set aside");
    out.push(
      setAside.length
        ? `Set aside: ${setAside.join(", ")}  NOT MET`
        : "Nothing set aside after every page was visited.  met",
    );
    if (errors.length)
      out.push(`Page errors: ${errors.length}\n  ${errors.slice(0, 5).join("\n  ")}`);
    out.push("");
    const worksheetPages = OPEN_PAGES.filter((p) => p.path.startsWith("/worksheets/"));
    const offerShown = worksheetPages.filter((p) => open[p.name]!.archiveOffer).length;
    const worst = Math.max(
      ...OPEN_PAGES.map((p) => median(open[p.name]!.heavy) - median(open[p.name]!.empty)),
    );
    out.push("Targets");
    out.push(
      table(
        ["target", "figure", ""],
        [
          [
            "5 years below half the quota, or the archive offer",
            pct(fullChars / QUOTA),
            fullChars < QUOTA / 2
              ? "met"
              : offerShown === worksheetPages.length
                ? `met by the archive offer only: over half, and offered on all ${offerShown} worksheet pages`
                : `NOT MET: over half, and offered on ${offerShown} of ${worksheetPages.length} worksheet pages`,
          ],
          ["opening ≤ 100 ms beyond empty", `worst ${signed(worst)}`, mark(worst <= 100)],
          [
            "one save ≤ 4 ms median",
            ms(median(heavySaves.saves)),
            mark(median(heavySaves.saves) <= 4),
          ],
          ["nothing set aside", `${setAside.length} keys`, mark(setAside.length === 0)],
        ],
      ),
    );
    out.push(`\nTook ${((Date.now() - began) / 1000).toFixed(0)} s.`);
    console.log(out.join("\n"));
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
