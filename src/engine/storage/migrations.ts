/**
 * Migrations shared by several worksheets. Each is pure: it returns a new
 * value and never mutates its input.
 */

/**
 * Version 1 → 2. Version 1 (early development builds) kept only `createdAt` on
 * records; version 2 adds `updatedAt`, copied from `createdAt`, so two tabs and
 * imports can merge by id with the newer copy winning.
 */
export function addUpdatedAt(value: Record<string, unknown>): Record<string, unknown> {
  const records = Array.isArray(value.records) ? value.records : [];
  return {
    ...value,
    version: 2,
    records: records.map((r: unknown) =>
      typeof r === "object" && r !== null && !Array.isArray(r)
        ? { updatedAt: (r as { createdAt?: unknown }).createdAt, ...r }
        : r,
    ),
  };
}
