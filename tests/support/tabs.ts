import {
  createSafeEngine,
  memoryBacking,
  useEngine,
  type Backing,
  type Engine,
} from "../../src/engine/storage/engine";

/**
 * One browser's localStorage shared by several tabs. Each tab gets its own
 * engine; a write in one tab is heard by the others only when `deliver()` runs,
 * as storage events arrive later in a real browser. `quota` (in characters)
 * makes writes past it fail as a full disk does.
 */
export function sharedStorage({ quota = Infinity }: { quota?: number } = {}) {
  const data = memoryBacking();
  const engines: Engine[] = [];
  const pending: (() => void)[] = [];
  const used = () => [...data.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const tell = (self: Engine, key: string, value: string | undefined) => {
    for (const e of engines) if (e !== self) pending.push(() => e.receive(key, value));
  };
  function tab(): Engine {
    const backing: Backing = {
      getItem: (k) => data.getItem(k),
      key: (i) => data.key(i),
      get length() {
        return data.length;
      },
      setItem(k, v) {
        const before = data.getItem(k)?.length ?? -k.length;
        if (used() - before + v.length + k.length > quota)
          throw new DOMException("full", "QuotaExceededError");
        data.setItem(k, v);
        tell(self, k, v);
      },
      removeItem(k) {
        data.removeItem(k);
        tell(self, k, undefined);
      },
    };
    // The backing's methods run only after this line, so they see `self`.
    const self = createSafeEngine(() => backing);
    engines.push(self);
    useEngine(self);
    return self;
  }
  const deliver = () => {
    while (pending.length) pending.shift()!();
  };
  return { data: data.data, tab, deliver, used };
}
