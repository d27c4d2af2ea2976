import { useState } from "preact/hooks";
import { homeworkLink, LINK_MAX, newHomeworkId } from "../../engine/homework/link";
import { qrPath } from "../../engine/homework/qr";
import { FROM_MAX, NOTE_MAX } from "../../engine/homework/limits";
import type { Homework } from "../../engine/homework/assignment";
import type { Choice, PrefillForm, Raw } from "../../engine/homework/prefill-form";
import { words as bind, type Words } from "../../engine/core/words";
import "./builder.css";

// Each worksheet's pre-fill fields, from its folder; a worksheet without the file takes none.
const forms = Object.fromEntries(
  Object.entries(
    import.meta.glob<PrefillForm>("../../worksheets/*/PrefillForm.tsx", {
      eager: true,
      import: "default",
    }),
  ).map(([path, form]) => [path.split("/").at(-2)!, form]),
);

interface Sheet {
  slug: string;
  title: string;
  /** Its `homework…` words, for its pre-fill fields. */
  words: Words;
  /** Choices its fields offer (prefill.ts `builderChoices`), if any. */
  choices: Choice[];
}

interface Props {
  /** Worksheets that can be assigned, in the registry's order. */
  worksheets: Sheet[];
  /** The builder's own words (./words/<locale>.json). */
  words: Words;
  locale: string;
}

function Counter({
  value,
  max,
  id,
  w,
}: {
  value: string;
  max: number;
  id: string;
  w: (k: string, v: { count: number }) => string;
}) {
  const left = max - value.length;
  return (
    <span id={id} class="muted counter" aria-live={left < 40 ? "polite" : "off"}>
      {left >= 0 ? w("left", { count: left }) : w("over", { count: -left })}
    </span>
  );
}

/** Builds a homework link (and QR code) that pre-fills a worksheet for a client. */
export default function Builder({ worksheets, words, locale }: Props) {
  const w = bind(words, locale);
  const [slug, setSlug] = useState(worksheets[0]!.slug);
  const sheet = worksheets.find((s) => s.slug === slug)!;
  const [from, setFrom] = useState("");
  const [note, setNote] = useState("");
  const [due, setDue] = useState("");
  // Pre-fill values, kept per worksheet.
  const [raws, setRaws] = useState<Record<string, Raw>>({});
  const raw = raws[slug] ?? {};
  const form = Object.hasOwn(forms, slug) ? forms[slug] : undefined;
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState("");
  const [copied, setCopied] = useState("");

  const tooLong = from.length > FROM_MAX || note.length > NOTE_MAX;

  async function build(e: Event) {
    e.preventDefault();
    setCopied("");
    if (tooLong) {
      setError(w("shorten"));
      return;
    }
    const prefill = form?.toPrefill(raw);
    const hw: Homework = {
      v: 1,
      id: newHomeworkId(),
      w: slug,
      ...(from.trim() ? { from: from.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(due ? { due } : {}),
      ...(prefill ? { prefill } : {}),
    };
    const made = await homeworkLink(location.origin, hw);
    if (!made) {
      setLink(null);
      setError(w("tooLong", { max: LINK_MAX }));
      return;
    }
    setError("");
    setLink(made);
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(w("copied"));
    } catch {
      setCopied(w("noCopy"));
    }
  }

  const qr = link ? qrPath(link) : null;

  return (
    <form class="builder card" onSubmit={build} aria-labelledby="builder-title">
      <h2 id="builder-title">{w("title")}</h2>
      <fieldset>
        <legend>{w("chooseWorksheet")}</legend>
        {worksheets.map((s) => (
          <label key={s.slug} class="choice">
            <input
              type="radio"
              name="worksheet"
              value={s.slug}
              checked={slug === s.slug}
              onChange={() => {
                setSlug(s.slug);
                setLink(null);
              }}
            />{" "}
            {s.title}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{w("personal")}</legend>
        <label for="hw-from">{w("from")}</label>
        <input
          id="hw-from"
          value={from}
          maxLength={FROM_MAX + 20}
          aria-describedby="hw-from-count"
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
        <Counter value={from} max={FROM_MAX} id="hw-from-count" w={w} />
        <label for="hw-note">{w("note")}</label>
        <textarea
          id="hw-note"
          rows={3}
          value={note}
          aria-describedby="hw-note-count"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <Counter value={note} max={NOTE_MAX} id="hw-note-count" w={w} />
        <label for="hw-due">{w("due")}</label>
        <input id="hw-due" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      </fieldset>

      {form && (
        <form.Fields
          raw={raw}
          words={sheet.words}
          locale={locale}
          choices={sheet.choices}
          set={(name, value) => {
            setRaws({ ...raws, [slug]: { ...raw, [name]: value } });
            setLink(null);
          }}
        />
      )}

      <p>
        <button type="submit">{w("make")}</button>
      </p>
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
      {link && qr && (
        <div class="result" aria-labelledby="link-title">
          <h3 id="link-title">{w("ready")}</h3>
          <label for="hw-link">{w("link")}</label>
          <input id="hw-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" onClick={copy}>
              {w("copy")}
            </button>
          </p>
          <p role="status">{copied}</p>
          <figure class="qr">
            <svg viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label={w("qr")}>
              <rect x="-4" y="-4" width={qr.size + 8} height={qr.size + 8} fill="#fff" />
              <path d={qr.path} fill="#000" />
            </svg>
            <figcaption>{w("scan")}</figcaption>
          </figure>
        </div>
      )}
    </form>
  );
}
