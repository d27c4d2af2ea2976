import * as v from "../core/validate";
import { parseJsonSafely } from "../storage/json";
import { base64urlToBytes, bytesToBase64url, pipeThrough } from "../base64url";
import type { Homework } from "./assignment";

/**
 * Homework links: /worksheets/<worksheet>/#hw=<payload>. The payload is the
 * assignment as JSON, either plain ("j" + base64url) or deflated ("z" +
 * base64url of deflate-raw) when that is shorter. It lives in the fragment,
 * which browsers never send to a server.
 */
export const LINK_MAX = 2000;
export const FRAGMENT_KEY = "hw";

export type LinkError = "too-long" | "malformed" | "unknown-version" | "invalid";
export type Decoded = { ok: true; homework: Homework } | { ok: false; error: LinkError };

/** The shortest payload for an assignment. */
export async function encodeHomework(homework: Homework): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(homework));
  const plain = `j${bytesToBase64url(json)}`;
  if (typeof CompressionStream !== "function") return plain;
  const packed = `z${bytesToBase64url(await pipeThrough(json, new CompressionStream("deflate-raw")))}`;
  return packed.length < plain.length ? packed : plain;
}

/** The full link for an assignment, or null when it would pass the 2,000-character cap. */
export async function homeworkLink(origin: string, homework: Homework): Promise<string | null> {
  const link = `${origin}/worksheets/${homework.w}/#${FRAGMENT_KEY}=${await encodeHomework(homework)}`;
  return link.length > LINK_MAX ? null : link;
}

/**
 * Reads a payload, checked with `schema` (one worksheet's assignmentSchema, or
 * the whole homeworkSchema). Never throws; a bad link gets a typed error and
 * changes nothing.
 */
export async function decodeHomework(
  payload: string,
  schema: v.Schema<Homework>,
): Promise<Decoded> {
  if (payload.length > LINK_MAX) return { ok: false, error: "too-long" };
  const bytes = base64urlToBytes(payload.slice(1));
  if (!bytes || bytes.length === 0) return { ok: false, error: "malformed" };
  let json: Uint8Array;
  if (payload[0] === "j") json = bytes;
  else if (payload[0] === "z" && typeof DecompressionStream === "function") {
    try {
      json = await pipeThrough(bytes, new DecompressionStream("deflate-raw"));
    } catch {
      return { ok: false, error: "malformed" };
    }
    if (json.length > LINK_MAX * 8) return { ok: false, error: "too-long" };
  } else return { ok: false, error: "malformed" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(json);
  } catch {
    return { ok: false, error: "malformed" };
  }
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, error: "malformed" };
  const data = parsed.value as { v?: unknown } | null;
  if (typeof data === "object" && data !== null && "v" in data && data.v !== 1)
    return { ok: false, error: "unknown-version" };
  const result = v.safeParse(schema, data);
  return result.success ? { ok: true, homework: result.output } : { ok: false, error: "invalid" };
}

/** The payload in a location hash such as "#hw=…", or null when there is none. */
export function payloadFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return params.get(FRAGMENT_KEY);
}

/** A short random id for a new assignment. */
export function newHomeworkId(): string {
  return bytesToBase64url(crypto.getRandomValues(new Uint8Array(9)));
}
