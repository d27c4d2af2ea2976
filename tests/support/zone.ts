import { localDay } from "../../src/engine/core/dates";

/**
 * The local day of an instant on a device set to `zone`. Node reads TZ afresh
 * each time it changes, so this runs the real code on that zone's clock.
 */
export function localDayIn(zone: string, instant: Date): string {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return localDay(instant);
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
