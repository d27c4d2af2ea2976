import en from "../../../../src/worksheets/goal-planner/words/en.json";
import { sayer } from "../../../../src/worksheets/goal-planner/days";

/** The goal planner's English words, as its pages pass them to the islands. */
export const w = sayer(en, "en-US");
