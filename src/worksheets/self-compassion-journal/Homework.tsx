import { worksheetPath } from "../../engine/core/routes";
import { formatDay, localDay } from "../../engine/core/dates";
import { entryFromPrefill, type JournalPrefill, prefillSchema } from "./prefill";
import { selfCompassionJournal } from "./store";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";
import { t, type Words } from "../../engine/core/words";

/** Self-compassion journal homework: a new entry for today, starting from the therapist's prompt. */
export default function SelfCompassionJournalHomework(props: {
  title: string;
  words: Words;
  locale: string;
}) {
  return (
    <HomeworkPanel
      worksheet="self-compassion-journal"
      entryHref={(id) => `${worksheetPath("self-compassion-journal")}?entry=${id}`}
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => {
        const today = localDay(new Date());
        const entry = entryFromPrefill(
          hw.prefill as JournalPrefill,
          hw.id,
          today,
          props.words,
          hw.from,
          hw.due && formatDay(hw.due, props.locale),
        );
        const say = (key: string) => t(props.words, key, undefined, props.locale);
        return {
          dropped: [],
          preview: [
            [say("homeworkPreviewDay"), formatDay(today, props.locale)],
            [say("homeworkPreviewStart"), entry.whatHappened],
          ],
          add: () => selfCompassionJournal.create(entry).id,
        };
      }}
    />
  );
}
