import { formatDay } from "../../engine/core/dates";
import { formatMinutes } from "./days";
import { draftFromParked } from "./plan";
import { isOpen } from "./day";
import { removeParked } from "./actions";
import { Item, More } from "./parts";
import { pickUp, Section, type Page } from "./Section";

/** Things parked for another day, with no date, each ready to plan for the day shown. */
export function ParkedSection({ page }: { page: Page }) {
  const { w, day, ix } = page;
  return (
    <Section id="gp-parked-h" title={w("parkedH")} page={page}>
      {ix.parked.length === 0 ? (
        <p class="muted">{w("parkedEmpty")}</p>
      ) : (
        <More w={w} list={ix.parked} label={w("parkedList")}>
          {(p) => {
            const original = p.fromGoal ? ix.byId.get(p.fromGoal) : undefined;
            const stillOpen = original && isOpen(original);
            const rm = `gp-p-${p.id}-rm`;
            return (
              <Item
                key={p.id}
                id={`gp-p-${p.id}`}
                actions={[
                  [
                    w("planFor", { day: page.name(day) }),
                    () => pickUp(page, draftFromParked(p), p.id),
                  ],
                  [
                    w("remove"),
                    () =>
                      page.ask(
                        {
                          title: w("parkAsk"),
                          text:
                            w("parkWhat", { task: p.task }) +
                            (stillOpen
                              ? w("parkWhatOpen", { day: formatDay(original.day, w.locale) })
                              : ""),
                          yes: w("yesRemove"),
                          no: w("cancel"),
                        },
                        rm,
                        () => {
                          removeParked(p);
                          page.say("gp-parked-h", w("parkRemoved", { task: p.task }));
                          page.focusSoon("gp-parked-h");
                        },
                      ),
                    false,
                    rm,
                  ],
                ]}
              >
                <strong>{p.task}</strong>
                <span class="muted">
                  {p.goodEnough && w("parkedGoodEnough", { text: p.goodEnough })}
                  {p.minutes !== undefined &&
                    w("parkedMinutes", { time: formatMinutes(w, p.minutes) })}
                  {p.note && w("parkedLettingGo", { text: p.note })}
                </span>
              </Item>
            );
          }}
        </More>
      )}
    </Section>
  );
}
