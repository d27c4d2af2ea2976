import { localDay } from "../../lib/dates";
import { entryFromPrefill } from "../../lib/self-compassion-journal/homework";
import { selfCompassionJournal } from "../../stores/self-compassion-journal";
import { HomeworkPanel } from "./HomeworkPanel";

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
