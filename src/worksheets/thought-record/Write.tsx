import "./thought-record.css";
import { useState } from "preact/hooks";
import { worksheetPath } from "../../engine/core/routes";
import { newId } from "../../engine/core/ids";
import { useStore } from "../../engine/core/use-store";
import { thoughtRecord } from "./store";
import { discardDraft, keepDraft, saveThought } from "./actions";
import { $storageHealth } from "../../engine/storage/engine";
import { LAST_STEP } from "./schema";
import { draftFromThought, emptyThoughtDraft, thoughtFromDraft, type ThoughtDraft } from "./record";
import { draftFromStored, isBlankDraft, sameDraft, storedFromDraft } from "./draft";
import { formatDayTime } from "../../engine/core/dates";
import { confirmWords, type W } from "../../engine/ui/question";
import { words, type Words } from "../../engine/core/words";
import { Frame, useScreen } from "./parts";
import { ThoughtForm } from "./Form";

const LIST = worksheetPath("thought-record");

interface Props {
  /** The worksheet's words (words/<locale>.json), read on the server. */
  words: Words;
  locale: string;
}

/** What to write in: ?draft=<id> continues a draft, ?edit=<id> changes a saved record. */
interface Opened {
  /** The id the draft is kept under. */
  id: string;
  /** The saved record being changed, if any. */
  recordId?: string;
  initial: ThoughtDraft;
  /** What counts as "no changes": the saved record as it is; a blank draft otherwise. */
  unchanged?: ThoughtDraft;
  step: number;
  /** What to say first: the draft was found, or could not be. */
  note: string;
}

function open(w: W, locale: string): Opened {
  const params = new URLSearchParams(location.search);
  const all = thoughtRecord.$records.get();
  const asked = params.get("draft") ?? params.get("edit");
  const editing = params.get("edit");
  // A record already has unsaved changes: continue those, never start over.
  const d = all.find(
    (r) => r.kind === "draft" && (r.id === params.get("draft") || r.recordId === editing),
  );
  const draft = d?.kind === "draft" ? d : undefined;
  const rec = all.find((r) => r.kind === "record" && r.id === (draft?.recordId ?? editing));
  const record = rec?.kind === "record" ? rec : undefined;
  const unchanged = record && draftFromThought(record);
  if (draft) {
    return {
      id: draft.id,
      recordId: record?.id,
      initial: draftFromStored(draft),
      unchanged,
      step: draft.step,
      note: w("resumed", { when: formatDayTime(draft.updatedAt, locale) }),
    };
  }
  if (unchanged)
    return { id: newId(), recordId: record!.id, initial: unchanged, unchanged, step: 0, note: "" };
  return {
    id: newId(),
    initial: emptyThoughtDraft(new Date()),
    step: 0,
    note: asked ? w("gone") : "",
  };
}

/**
 * Writing one thought record, step by step. Every change is kept on this
 * device as a draft, and the address names it (?draft=…), so a reload or a
 * closed tab comes back to the same place. Saving turns the draft into a
 * record and goes back to the list.
 */
export default function Write({ words: dict, locale }: Props) {
  const w = words(dict, locale);
  const [o] = useState(() => open(w, locale));
  const isStored = () => thoughtRecord.$records.get().some((r) => r.id === o.id);
  const stored = useStore(thoughtRecord.$records) && isStored();
  const [message, setMessage] = useState(o.note);
  const { ask, box } = useScreen();
  /**
   * Back to the list, saying what happened. While this browser is not keeping
   * entries, what was written lives only in this page: stay, and say so.
   */
  const back = (done?: string, id = o.id) =>
    $storageHealth.get() === "ok"
      ? location.assign(done ? `${LIST}?done=${done}&id=${encodeURIComponent(id)}` : LIST)
      : setMessage(w("stay"));

  /** Keeps the draft as it changes; a draft with nothing new in it is not kept. */
  function keep(d: ThoughtDraft, step: number) {
    const worth = o.unchanged ? !sameDraft(d, o.unchanged) : !isBlankDraft(d);
    if (!worth) {
      if (isStored()) discardDraft(o.id);
      return;
    }
    const content = storedFromDraft(d, step, o.recordId);
    if (!content) return setMessage(w("notKept"));
    keepDraft(o.id, content);
    // The address now names the draft, so a reload comes back to it.
    history.replaceState(history.state, "", `?draft=${encodeURIComponent(o.id)}`);
  }

  function save(d: ThoughtDraft) {
    const saved = saveThought(o.id, thoughtFromDraft(d, LAST_STEP), o.recordId);
    back(o.recordId ? "savedEdit" : "saved", saved.id);
  }

  return (
    <Frame message={message} box={box}>
      <ThoughtForm
        mode={o.recordId ? "edit" : "new"}
        initial={o.initial}
        step={o.step}
        onChange={keep}
        onSave={save}
        onLater={() => back(stored ? "kept" : undefined)}
        onDiscard={
          stored
            ? () =>
                ask(confirmWords(w, "confirmDiscardHere"), "tr-discard", () => {
                  discardDraft(o.id);
                  back("discarded");
                })
            : undefined
        }
        onStatus={setMessage}
        w={w}
        locale={locale}
      />
    </Frame>
  );
}
