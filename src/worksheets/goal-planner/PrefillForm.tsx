import type { GoalPrefill } from "./prefill";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

/** The builder's fields as the link's pre-fill; undefined when both are empty. */
export function goalPrefill(raw: Readonly<Record<string, string>>): GoalPrefill | undefined {
  const limit = Number(raw.limit);
  const focus = (raw.focus ?? "").trim().slice(0, 200);
  const out: GoalPrefill = {
    ...(limit >= 1 && limit <= 5 ? { limit } : {}),
    ...(focus ? { focus } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

/** The goal planner's pre-fill fields in the homework builder: a daily limit and a focus. */
const form: PrefillForm = {
  Fields: ({ raw, set, words }) => (
    <fieldset>
      <legend>{t(words, "homeworkLegend")}</legend>
      <label for="hw-limit">{t(words, "homeworkFieldLimit")}</label>
      <select
        id="hw-limit"
        value={raw.limit ?? ""}
        onChange={(e) => set("limit", e.currentTarget.value)}
      >
        <option value="">{t(words, "homeworkNoLimit")}</option>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <label for="hw-focus">{t(words, "homeworkFieldFocus")}</label>
      <input
        id="hw-focus"
        list="hw-focus-ideas"
        maxLength={200}
        value={raw.focus ?? ""}
        onInput={(e) => set("focus", e.currentTarget.value)}
      />
      <datalist id="hw-focus-ideas">
        {t(words, "homeworkFocusIdeas")
          .split("|")
          .map((f) => (
            <option key={f} value={f} />
          ))}
      </datalist>
    </fieldset>
  ),
  toPrefill: goalPrefill,
};
export default form;
