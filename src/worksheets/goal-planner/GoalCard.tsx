import { useState } from "preact/hooks";
import { formatDay } from "../../engine/core/dates";
import { useFocusLater } from "../../engine/core/focus";
import { draftErrors, GOAL_STATUSES, isOpen, type GoalDraft, type GoalDraftErrors } from "./day";
import { formatMinutes, STATUS_WORDS } from "./days";
import type { GoalRecord, GoalStatus } from "./schema";
import type { Say } from "./days";
import { Actions, focusError, GoalFields, Timer } from "./parts";
import { draftOf } from "./plan";

/** One goal: its finish line, time box and status, a timer, and a form to edit it. */
export function GoalCard({
  w,
  goal: g,
  from,
  onStatus,
  onEdit,
  onPark,
  onDelete,
}: {
  w: Say;
  goal: GoalRecord;
  from: GoalRecord | undefined;
  onStatus: (s: GoalStatus) => void;
  /** Saves the edit; false when it could not be saved. */
  onEdit: (draft: GoalDraft) => boolean;
  onPark: () => void;
  onDelete: () => void;
}) {
  const [edit, setEdit] = useState<GoalDraft | null>(null);
  const [errors, setErrors] = useState<GoalDraftErrors>({});
  const head = `gp-goal-${g.id}`;
  const prefix = `gp-e-${g.id}`;
  const focusLater = useFocusLater();
  const close = () => {
    setEdit(null);
    setErrors({});
    focusLater(head);
  };
  return (
    <li class={`card gp-goal is-${g.status}`}>
      <h3 id={head} tabIndex={-1}>
        {g.task}
      </h3>
      {from && <p class="muted">{w("carriedFrom", { day: formatDay(from.day, w.locale) })}</p>}
      {edit ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = draftErrors(w, edit);
            setErrors(found);
            if (focusError(prefix, found)) return;
            if (onEdit(edit)) close();
          }}
        >
          <GoalFields w={w} prefix={prefix} draft={edit} errors={errors} set={setEdit} />
          <p class="ws-actions">
            <button type="submit">{w("saveChanges")}</button>
            <button type="button" class="secondary" onClick={close}>
              {w("cancel")}
            </button>
          </p>
        </form>
      ) : (
        <>
          <dl class="gp-facts">
            <dt>{w("goodEnoughIs")}</dt>
            <dd>{g.goodEnough}</dd>
            {g.minutes !== undefined && (
              <>
                <dt>{w("timeBox")}</dt>
                <dd>{formatMinutes(w, g.minutes)}</dd>
              </>
            )}
            {g.lettingGo && (
              <>
                <dt>{w("lettingGoOf")}</dt>
                <dd>{g.lettingGo}</dd>
              </>
            )}
          </dl>
          <fieldset class="gp-states">
            <legend>
              {w("stands")}
              <span class="visually-hidden">{w("standsTask", { task: g.task })}</span>
            </legend>
            {GOAL_STATUSES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`gp-s-${g.id}`}
                  checked={g.status === s}
                  onChange={() => onStatus(s)}
                />
                {w(STATUS_WORDS[s][0])}
              </label>
            ))}
          </fieldset>
          {g.minutes !== undefined && isOpen(g) && <Timer w={w} goal={g} about={head} />}
          <Actions
            about={head}
            list={[
              [
                w("edit"),
                () => {
                  setEdit(draftOf(g));
                  focusLater(`${prefix}-task`);
                },
              ],
              g.status === "planned" && [w("parkFor"), onPark],
              [w("del"), onDelete, false, `${prefix}-del`],
            ]}
          />
        </>
      )}
    </li>
  );
}
