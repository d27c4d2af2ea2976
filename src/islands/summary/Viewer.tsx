import { useEffect, useState } from "preact/hooks";
import { open, sealedFromHash } from "../../engine/send/codec";
import { fromSent } from "../../engine/send/schema";
import { formatDay } from "../../engine/core/dates";
import { words as bind, type Words } from "../../engine/core/words";
import type { SummaryEntry } from "../../lib/summary";
import { EntryCards, saveEntries } from "./Entries";
import "./summary.css";

interface Props {
  /** Worksheet titles by slug. */
  titles: Record<string, string>;
  /** ./words/view.<locale>.json */
  words: Words;
  locale: string;
  /** The text file's title. */
  heading: string;
}

/**
 * A therapist opens a client's send-back link: the passphrase, then the
 * entries, read-only, as the printed summary shows them. The payload is taken
 * from the address and the address cleared at once; nothing is stored.
 */
export default function Viewer({ titles, words, locale, heading }: Props) {
  const w = bind(words, locale);
  const [payload] = useState(() => {
    const p = sealedFromHash(location.hash);
    if (p !== null) history.replaceState(history.state, "", location.pathname + location.search);
    return p;
  });
  // A second link opened in this tab changes only the fragment: read it afresh.
  useEffect(() => addEventListener("hashchange", () => location.reload()), []);
  const [pass, setPass] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [got, setGot] = useState<{ day: string; entries: SummaryEntry[] } | null>(null);

  if (!payload) return <p class="notice">{w("none")}</p>;

  if (got) {
    const parts = { entries: got.entries, titles, locale };
    const count = got.entries.length;
    return (
      <div class="summary">
        <h2>{w("shared")}</h2>
        <p>{w("opened", { day: formatDay(got.day, locale), count })}</p>
        <p class="actions no-print">
          <button type="button" onClick={() => print()}>
            {w("print")}
          </button>{" "}
          <button
            type="button"
            class="secondary"
            onClick={() =>
              saveEntries(parts, heading, (day) => w("fileIntro", { day, count }), w("date"))
            }
          >
            {w("download")}
          </button>
        </p>
        <EntryCards {...parts} />
      </div>
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    setError("");
    setNote(w("opening"));
    const r = await open(payload!, pass);
    const sent = r.ok ? fromSent(r.value) : null;
    setNote("");
    if (sent) setGot(sent);
    else setError(w(r.ok ? "damaged" : r.error));
  }

  return (
    <form class="viewer" onSubmit={submit}>
      <label for="view-pass">{w("passLabel")}</label>
      <input
        id="view-pass"
        value={pass}
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => setPass(e.currentTarget.value)}
      />
      <p>
        <button type="submit">{w("open")}</button>
      </p>
      <p role="status">{note}</p>
      <p role="alert">{error}</p>
    </form>
  );
}
