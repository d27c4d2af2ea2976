import type { CrisisService } from "../schemas/crisis-line";

/**
 * An sms: link that pre-fills the service's keyword. The "?&body=" form is the
 * one both Android and iOS messaging apps read.
 */
export const smsHrefOf = (s: Pick<CrisisService, "sms" | "smsBody">): string | undefined =>
  s.sms ? `sms:${s.sms}${s.smsBody ? `?&body=${encodeURIComponent(s.smsBody)}` : ""}` : undefined;

/** An https link for a service's website (the data holds it as people read it). */
export const webHrefOf = (s: Pick<CrisisService, "web">): string | undefined =>
  s.web ? `https://${s.web}${s.web.includes("/") ? "" : "/"}` : undefined;
