import { localDay } from "../../engine/core/dates";
import { entryFromPrefill } from "./homework";
import { selfCompassionJournal } from "./store";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";

/** Self-compassion journal homework: a new entry for today, starting from the therapist's prompt. */
export default function SelfCompassionJournalHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="self-compassion-journal"
      title={title}
      adds="a new journal entry for today, ready for you to write in"
      onAccept={(hw) =>
        hw.w === "self-compassion-journal"
          ? selfCompassionJournal.create(
              entryFromPrefill(hw.prefill, hw.id, localDay(new Date()), hw.from),
            ).id
          : undefined
      }
    />
  );
}
