import { useState } from "preact/hooks";
import { homeworkLink, LINK_MAX, newHomeworkId } from "../../engine/homework/link";
import { qrPath } from "../../engine/homework/qr";
import { FROM_MAX, NOTE_MAX, type Homework } from "../../engine/homework/link-schema";
import { exposureLadderPrefill } from "../../worksheets/exposure-ladder/PrefillForm";
import { relapsePreventionPlanPrefill } from "../../worksheets/relapse-prevention-plan/PrefillForm";
import { selfCompassionJournalPrefill } from "../../worksheets/self-compassion-journal/PrefillForm";
import { thoughtRecordPrefill } from "../../worksheets/thought-record/PrefillForm";
import type { PrefillForm, Raw } from "../../engine/homework/prefill-form";
import "./builder.css";

/** Pre-fill fields for the worksheets that keep them in their own module. */
const PREFILL_FORMS: Partial<Record<Homework["w"], PrefillForm>> = {
  "thought-record": thoughtRecordPrefill,
  "exposure-ladder": exposureLadderPrefill,
  "self-compassion-journal": selfCompassionJournalPrefill,
  "relapse-prevention-plan": relapsePreventionPlanPrefill,
};

export interface TemplateOption {
  id: string;
  title: string;
}

interface Props {
  /** Worksheets that can be assigned, with their titles. */
  worksheets: { slug: Homework["w"]; title: string }[];
  /** Experiment templates to offer as a pre-fill. */
  templates: TemplateOption[];
}

const FOCUS_IDEAS = ["finish lines", "time boxes", "letting go of extras", "fewer goals"];

function Counter({ value, max, id }: { value: string; max: number; id: string }) {
  const left = max - value.length;
  return (
    <span id={id} class="muted counter" aria-live={left < 40 ? "polite" : "off"}>
      {left >= 0 ? `${left} characters left` : `${-left} characters over the limit`}
    </span>
  );
}

/** Builds a homework link (and QR code) that pre-fills a worksheet for a client. */
export default function Builder({ worksheets, templates }: Props) {
  const [w, setW] = useState<Homework["w"]>(worksheets[0]!.slug);
  const [from, setFrom] = useState("");
  const [note, setNote] = useState("");
  const [due, setDue] = useState("");
  const [template, setTemplate] = useState("");
  const [belief, setBelief] = useState("");
  const [experiment, setExperiment] = useState("");
  const [rituals, setRituals] = useState("");
  const [limit, setLimit] = useState("");
  const [focus, setFocus] = useState("");
  // Pre-fill values for the worksheets in PREFILL_FORMS, kept per worksheet.
  const [raws, setRaws] = useState<Record<string, Raw>>({});
  const raw = raws[w] ?? {};
  const form = PREFILL_FORMS[w];
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState("");
  const [copied, setCopied] = useState("");

  const tooLong = from.length > FROM_MAX || note.length > NOTE_MAX;

  async function build(e: Event) {
    e.preventDefault();
    setCopied("");
    if (tooLong) {
      setError("Please shorten the name or the note first.");
      return;
    }
    const base = {
      v: 1 as const,
      id: newHomeworkId(),
      ...(from.trim() ? { from: from.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(due ? { due } : {}),
    };
    let hw: Homework;
    if (w === "experiment-tracker") {
      const lines = rituals
        .split("\n")
        .map((r) => r.trim())
        .filter(Boolean)
        .slice(0, 10);
      const prefill = {
        ...(template ? { template } : {}),
        ...(belief.trim() ? { belief: belief.trim().slice(0, 500) } : {}),
        ...(experiment.trim() ? { experiment: experiment.trim().slice(0, 500) } : {}),
        ...(lines.length ? { rituals: lines.map((l) => l.slice(0, 200)) } : {}),
      };
      hw = { ...base, w, ...(Object.keys(prefill).length ? { prefill } : {}) };
    } else if (w === "goal-planner") {
      const prefill = {
        ...(limit ? { limit: Number(limit) } : {}),
        ...(focus.trim() ? { focus: focus.trim().slice(0, 200) } : {}),
      };
      hw = { ...base, w, ...(Object.keys(prefill).length ? { prefill } : {}) };
    } else if (form) {
      const prefill = form.toPrefill(raw);
      hw = { ...base, w, ...(prefill ? { prefill } : {}) } as Homework;
    } else {
      hw = { ...base, w } as Homework;
    }
    const made = await homeworkLink(location.origin, hw);
    if (!made) {
      setLink(null);
      setError(
        `This link would be longer than ${LINK_MAX} characters. Please shorten the note or the pre-filled text.`,
      );
      return;
    }
    setError("");
    setLink(made);
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Link copied. Paste it into your message to your client.");
    } catch {
      setCopied("Your browser did not allow copying. Select the link above and copy it.");
    }
  }

  const qr = link ? qrPath(link) : null;

  return (
    <form class="builder card" onSubmit={build} aria-labelledby="builder-title">
      <h2 id="builder-title">Make a homework link</h2>
      <fieldset>
        <legend>1. Choose a worksheet</legend>
        {worksheets.map((s) => (
          <label key={s.slug} class="choice">
            <input
              type="radio"
              name="worksheet"
              value={s.slug}
              checked={w === s.slug}
              onChange={() => {
                setW(s.slug);
                setLink(null);
              }}
            />{" "}
            {s.title}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>2. Add a personal touch (optional)</legend>
        <label for="hw-from">Your name, as your client knows you</label>
        <input
          id="hw-from"
          value={from}
          maxLength={FROM_MAX + 20}
          aria-describedby="hw-from-count"
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
        <Counter value={from} max={FROM_MAX} id="hw-from-count" />
        <label for="hw-note">A note to your client</label>
        <textarea
          id="hw-note"
          rows={3}
          value={note}
          aria-describedby="hw-note-count"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <Counter value={note} max={NOTE_MAX} id="hw-note-count" />
        <label for="hw-due">Due date</label>
        <input id="hw-due" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      </fieldset>

      {w === "experiment-tracker" && (
        <fieldset>
          <legend>3. Pre-fill the experiment (optional)</legend>
          <label for="hw-template">Start from a ready experiment</label>
          <select
            id="hw-template"
            value={template}
            onChange={(e) => setTemplate(e.currentTarget.value)}
          >
            <option value="">None: use my own words below</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
          <label for="hw-belief">The belief to test (replaces the template's)</label>
          <textarea
            id="hw-belief"
            rows={2}
            maxLength={500}
            value={belief}
            onInput={(e) => setBelief(e.currentTarget.value)}
          />
          <label for="hw-experiment">What your client will do</label>
          <textarea
            id="hw-experiment"
            rows={2}
            maxLength={500}
            value={experiment}
            onInput={(e) => setExperiment(e.currentTarget.value)}
          />
          <label for="hw-rituals">Rituals or safety behaviors to drop, one per line</label>
          <textarea
            id="hw-rituals"
            rows={3}
            value={rituals}
            onInput={(e) => setRituals(e.currentTarget.value)}
          />
        </fieldset>
      )}
      {w === "goal-planner" && (
        <fieldset>
          <legend>3. Suggest a focus (optional)</legend>
          <label for="hw-limit">Suggested goals a day</label>
          <select id="hw-limit" value={limit} onChange={(e) => setLimit(e.currentTarget.value)}>
            <option value="">No suggestion</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label for="hw-focus">What to practice</label>
          <input
            id="hw-focus"
            list="hw-focus-ideas"
            maxLength={200}
            value={focus}
            onInput={(e) => setFocus(e.currentTarget.value)}
          />
          <datalist id="hw-focus-ideas">
            {FOCUS_IDEAS.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </fieldset>
      )}

      {form && (
        <form.Fields
          raw={raw}
          set={(name, value) => {
            setRaws({ ...raws, [w]: { ...raw, [name]: value } });
            setLink(null);
          }}
        />
      )}

      <p>
        <button type="submit">Make the link</button>
      </p>
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
      {link && qr && (
        <div class="result" aria-labelledby="link-title">
          <h3 id="link-title">Your link is ready</h3>
          <label for="hw-link">Link to send</label>
          <input id="hw-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" onClick={copy}>
              Copy link
            </button>
          </p>
          <p role="status">{copied}</p>
          <figure class="qr">
            <svg
              viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`}
              role="img"
              aria-label="QR code of the homework link"
            >
              <rect x="-4" y="-4" width={qr.size + 8} height={qr.size + 8} fill="#fff" />
              <path d={qr.path} fill="#000" />
            </svg>
            <figcaption>Your client can scan this with a phone camera during a session.</figcaption>
          </figure>
        </div>
      )}
    </form>
  );
}
