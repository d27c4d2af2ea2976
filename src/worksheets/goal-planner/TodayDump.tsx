import { useState } from "preact/hooks";
import { focusOn } from "../../engine/core/focus";
import { dumpItems } from "./plan";
import { addDump, removeEntry } from "./actions";
import { Item, More, Text } from "./parts";
import { EMPTY, pickUp, Section, type Page } from "./Section";

/** The brain dump: everything on the person's mind, one line each, to plan from. */
export function DumpSection({ page }: { page: Page }) {
  const { w, day, today } = page;
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const dumps = page.ix.dumps;

  function add(e: Event) {
    e.preventDefault();
    const { items, error } = dumpItems(w, text);
    setError(error ?? "");
    if (error) return focusOn("gp-dump");
    if (!addDump(items, today)) return;
    setText("");
    page.say("gp-dump-h", w("dumpAdded", { count: items.length }));
  }

  return (
    <Section id="gp-dump-h" title={w("dumpH")} page={page}>
      <p>{w("dumpIntro", { day: page.name(day) })}</p>
      <form onSubmit={add} noValidate>
        <Text
          w={w}
          id="gp-dump"
          label={w("dumpLabel")}
          hint={w("dumpHint")}
          multiline
          value={text}
          set={setText}
          error={error}
        />
        <button type="submit">{w("dumpAdd")}</button>
      </form>
      {dumps.length === 0 ? (
        <p class="muted">{w("dumpEmpty")}</p>
      ) : (
        <More w={w} list={dumps} label={w("dumpList")}>
          {(d) => (
            <Item
              key={d.id}
              id={`gp-d-${d.id}`}
              actions={[
                [w("planIt"), () => pickUp(page, { ...EMPTY, task: d.text }, d.id)],
                [
                  w("remove"),
                  () =>
                    page.ask(
                      {
                        title: w("dumpAsk"),
                        text: w("dumpWhat", { text: d.text }),
                        yes: w("yesRemove"),
                        no: w("cancel"),
                      },
                      `gp-d-${d.id}-rm`,
                      () => {
                        removeEntry(d.id);
                        page.say("gp-dump-h", w("dumpRemoved"));
                        page.focusSoon("gp-dump-h");
                      },
                    ),
                  false,
                  `gp-d-${d.id}-rm`,
                ],
              ]}
            >
              {d.text}
            </Item>
          )}
        </More>
      )}
    </Section>
  );
}
