import { localDay } from "../../engine/core/dates";
import { entryFromPrefill, type JournalPrefill, prefillSchema } from "./prefill";
import { selfCompassionJournal } from "./store";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";
import type { Words } from "../../engine/core/words";

/** Self-compassion journal homework: a new entry for today, starting from the therapist's prompt. */
export default function SelfCompassionJournalHomework(props: {
  title: string;
  words: Words;
  locale: string;
}) {
  return (
    <HomeworkPanel
      worksheet="self-compassion-journal"
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => ({
        dropped: [],
        add: () =>
          selfCompassionJournal.create(
            entryFromPrefill(
              hw.prefill as JournalPrefill,
              hw.id,
              localDay(new Date()),
              props.words,
              hw.from,
            ),
          ).id,
      })}
    />
  );
}
