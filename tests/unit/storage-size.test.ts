import { describe, expect, it } from "vitest";
import { usedChars } from "../../src/engine/my-data/size";
import { formatBytes } from "../../src/engine/my-data/format-bytes";

describe("storage sizes on My data", () => {
  it("counts every character of the key and the value, as the browser's quota does", () => {
    expect(usedChars("goodenough:x", "{}")).toBe(14);
  });

  it("writes small sizes in bytes, then kilobytes and megabytes with one decimal", () => {
    expect(formatBytes(900)).toBe("900 bytes");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.0 MB");
  });
});
