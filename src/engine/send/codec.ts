import { base64urlToBytes, bytesToBase64url, pipeThrough } from "../base64url";
import { parseJsonSafely } from "../storage/json";
import type { SummaryEntry } from "../../lib/summary";
import type { Sent } from "./schema";

/**
 * Send-back links: /for-therapists/view/#sum=<payload>. The payload is
 * base64url of one version byte, a random 16-byte salt, a random 12-byte IV,
 * then AES-GCM (256-bit key from PBKDF2-SHA-256 over the passphrase and salt)
 * of the deflated JSON. The version byte is also the cipher's additional data,
 * so it cannot be changed without the link being refused. Only Web Crypto and
 * CompressionStream; the fragment is never sent to a server.
 */
export const FORMAT = 1;
/** PBKDF2 rounds for format 1. Tests may pass fewer; links are always made with these. */
export const ITERATIONS = 600_000;
/** The longest whole link the summary makes (README: "Send-back links"). */
export const SEND_MAX = 4000;
export const SEND_KEY = "sum";
/** Where a send-back link opens, for the therapist (routes.sentView; kept here so the island does not load the route table). */
export const SEND_PATH = "/for-therapists/view/";
/** Version byte, salt and IV before the ciphertext; GCM's tag after it. */
const HEAD = 29;
const TAG = 16;
/** The least a passphrase of the client's own may be, in characters once tidied. */
export const OWN_MIN = 16;

/** The version of the JSON inside (./schema.ts reads it). */
export const SENT_VERSION = 1;

/** The JSON a link holds for these entries, made on `day` (the shape is in ./schema.ts). */
export const toSent = (entries: SummaryEntry[], day: string): Sent => ({
  v: SENT_VERSION,
  d: day,
  e: entries.map((x) => ({ w: x.worksheet, d: x.day, t: x.title, l: x.lines })),
});

export type OpenError = "damaged" | "unknown-version" | "passphrase";

/** How a passphrase is typed does not matter: case, spaces at the ends and between words. */
export const tidy = (pass: string) =>
  pass.normalize("NFC").trim().toLowerCase().split(/\s+/).join(" ");

async function keyFor(pass: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(tidy(pass)),
    "PBKDF2",
    false,
    ["deriveKey"],
  );
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

const deflate = (value: unknown) =>
  pipeThrough(
    new TextEncoder().encode(JSON.stringify(value)),
    new CompressionStream("deflate-raw"),
  );

/** The payload's length in characters for `value`, without encrypting (the cipher adds a fixed 45 bytes). */
export const sealedLength = async (value: unknown) =>
  Math.ceil(((HEAD + TAG + (await deflate(value)).length) * 4) / 3);

/** `value` as JSON, deflated and encrypted under `pass`: the link's payload. */
export async function seal(value: unknown, pass: string, iterations = ITERATIONS): Promise<string> {
  const head = crypto.getRandomValues(new Uint8Array(HEAD));
  head[0] = FORMAT;
  const key = await keyFor(pass, head.subarray(1, 17), iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: head.subarray(17), additionalData: head.subarray(0, 1) },
    key,
    (await deflate(value)) as BufferSource,
  );
  const out = new Uint8Array(HEAD + sealed.byteLength);
  out.set(head);
  out.set(new Uint8Array(sealed), HEAD);
  return bytesToBase64url(out);
}

/**
 * The JSON in a payload, or why it cannot be read. Never throws. A wrong
 * passphrase and a changed character look the same to AES-GCM, so both are
 * "passphrase"; a payload that is not even the right shape is "damaged".
 */
export async function open(
  payload: string,
  pass: string,
  iterations = ITERATIONS,
): Promise<{ ok: true; value: unknown } | { ok: false; error: OpenError }> {
  const bytes = (
    payload.length <= SEND_MAX ? base64urlToBytes(payload) : null
  ) as Uint8Array<ArrayBuffer> | null;
  // Only the one spelling of these bytes is a link: a last character whose unused bits differ is not.
  if (!bytes || bytesToBase64url(bytes) !== payload || bytes.length < HEAD + TAG)
    return { ok: false, error: "damaged" };
  if (bytes[0] !== FORMAT) return { ok: false, error: "unknown-version" };
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: bytes.subarray(17, HEAD), additionalData: bytes.subarray(0, 1) },
      await keyFor(pass, bytes.subarray(1, 17), iterations),
      bytes.subarray(HEAD),
    );
  } catch {
    return { ok: false, error: "passphrase" };
  }
  try {
    const json = await pipeThrough(new Uint8Array(plain), new DecompressionStream("deflate-raw"));
    const parsed = parseJsonSafely(new TextDecoder("utf-8", { fatal: true }).decode(json));
    if (parsed.ok) return { ok: true, value: parsed.value };
  } catch {
    // falls through: the link was made wrongly
  }
  return { ok: false, error: "damaged" };
}

/** The payload in a location hash such as "#sum=…", or null when there is none. */
export const sealedFromHash = (hash: string) =>
  new URLSearchParams(hash.replace(/^#/, "")).get(SEND_KEY);

/**
 * `count` words picked from `list` with crypto.getRandomValues, each equally
 * likely (draws past the last whole multiple of the list's length are thrown
 * away, so no word is favoured).
 */
export function passphrase(list: readonly string[], count = 5): string {
  const limit = 65536 - (65536 % list.length);
  const out: string[] = [];
  while (out.length < count) {
    const [n] = crypto.getRandomValues(new Uint16Array(1));
    if (n! < limit) out.push(list[n! % list.length]!);
  }
  return out.join(" ");
}
