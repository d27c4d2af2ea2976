import { useState } from "preact/hooks";
import {
  OWN_MIN,
  passphrase,
  seal,
  sealedLength,
  SEND_KEY,
  SEND_MAX,
  SEND_PATH,
  tidy,
  toSent,
} from "../../engine/send/codec";
import { localDay } from "../../engine/core/dates";
import type { Say } from "../../engine/core/words";
import type { SummaryEntry } from "../../lib/summary";

interface Props {
  /** The entries chosen on the summary, in the order shown. */
  chosen: SummaryEntry[];
  w: Say;
  /** The passphrase word list, one space between words (src/engine/send/words/). */
  list: string;
}

/**
 * "Send to my therapist": the chosen entries in an encrypted link
 * (src/engine/send/codec.ts), with a passphrase to read aloud.
 */
export default function Send({ chosen, w, list }: Props) {
  const [own, setOwn] = useState<string | null>(null);
  const [made, setMade] = useState<{ link: string; pass: string; keys: string } | null>(null);
  const [note, setNote] = useState("");
  const [copied, setCopied] = useState("");
  const keys = chosen.map((x) => x.key).join();
  const start = `${location.origin}${SEND_PATH}#${SEND_KEY}=`;
  const day = localDay(new Date());
  const fits = async (n: number) =>
    start.length + (await sealedLength(toSent(chosen.slice(0, n), day))) <= SEND_MAX;

  async function make() {
    setMade(null);
    setCopied("");
    if (own !== null && tidy(own).length < OWN_MIN) return setNote(w("ownShort", { min: OWN_MIN }));
    if (!(await fits(chosen.length))) {
      // The most entries, from the top of the list, that a link can hold.
      let fit = chosen.length - 1;
      while (fit && !(await fits(fit))) fit--;
      return setNote(fit ? w("tooMany", { count: fit, total: chosen.length }) : w("tooLong"));
    }
    setNote(w("making"));
    const pass = own ?? passphrase(list.split(" "));
    setMade({ link: start + (await seal(toSent(chosen, day), pass)), pass, keys });
    setNote(w("ready"));
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(w("copied"));
    } catch {
      setCopied(w("noCopy"));
    }
  }

  return (
    <details class="send">
      <summary>{w("send")}</summary>
      <p>{w("sendAbout")}</p>
      <p>{w("sendHonest")}</p>
      <p>{w("sendNoCopy")}</p>
      {chosen.length ? (
        <>
          <p>
            <strong>{w("sendWhat", { count: chosen.length })}</strong>
          </p>
          <fieldset>
            <legend>{w("passChoice")}</legend>
            <label class="choice">
              <input
                type="radio"
                name="pass"
                checked={own === null}
                onChange={() => setOwn(null)}
              />{" "}
              {w("passMade")}
            </label>
            <label class="choice">
              <input type="radio" name="pass" checked={own !== null} onChange={() => setOwn("")} />{" "}
              {w("passOwn")}
            </label>
            {own !== null && (
              <>
                <label for="send-own">{w("ownLabel")}</label>
                <input
                  id="send-own"
                  value={own}
                  autoComplete="off"
                  spellcheck={false}
                  aria-describedby="send-own-hint"
                  onInput={(e) => setOwn(e.currentTarget.value)}
                />
                <p id="send-own-hint" class="ws-hint">
                  {w("ownHint", { min: OWN_MIN })}
                </p>
              </>
            )}
          </fieldset>
          <p>
            <button type="button" onClick={make}>
              {w("make")}
            </button>
          </p>
        </>
      ) : (
        <p>{w("sendNone")}</p>
      )}
      <p role="status">{note}</p>
      {made && made.keys === keys && (
        <div class="result">
          <h2>{w("passTitle")}</h2>
          <p class="send-pass">{made.pass}</p>
          <p>{w("passSay")}</p>
          <label for="send-link">{w("linkLabel")}</label>
          <input
            id="send-link"
            readOnly
            value={made.link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p>
            <button type="button" onClick={() => copy(made.link)}>
              {w("copy")}
            </button>
          </p>
          <p role="status">{copied}</p>
        </div>
      )}
    </details>
  );
}
