import { vi } from "vitest";
import { memoryBacking } from "../../src/engine/storage/engine";

/**
 * Loads a worksheet's store modules as a new page would. Stores are made on
 * import, so each load installs the test engine first and imports afresh.
 * `keepStorage` keeps the same browser storage, as a reload does; `backing()`
 * is that storage, to look at what was written.
 */
export function freshLoad<T>(importAll: () => Promise<T>) {
  let backing = memoryBacking();
  const load = async ({ keepStorage = false } = {}): Promise<T> => {
    vi.resetModules();
    if (!keepStorage) backing = memoryBacking();
    const engine = await import("../../src/engine/storage/engine");
    engine.useEngine(engine.createSafeEngine(() => backing));
    return importAll();
  };
  return Object.assign(load, { backing: () => backing });
}
