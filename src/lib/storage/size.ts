// Sizes for My data's table. Kept out of the shared data chunk: only My data shows them.

/** Roughly how much space a key and value take: browsers count UTF-16, two bytes a character. */
export const approxBytes = (key: string, value: string) => (key.length + value.length) * 2;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
