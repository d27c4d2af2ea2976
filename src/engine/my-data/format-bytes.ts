// Apart from size.ts, which the storage notices on every island page use:
// only My data writes sizes out.

/** A size for people: "900 bytes", "1.5 KB", "5.0 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
