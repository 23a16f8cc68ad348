// A snapshot of every table of the test database (one hash per row, keyed by the row's id),
// and the difference between two snapshots: which rows each table gained, lost or changed.
import { prisma } from "~/lib/db.server";

export type Snapshot = Map<string, Map<string, string>>;
export type TableDiff = { inserted: string[]; updated: string[]; deleted: string[] };

export async function snapshotDatabase(): Promise<Snapshot> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%'
    ORDER BY table_name`;
  const snapshot: Snapshot = new Map();
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ id: string | null; h: string }[]>(`SELECT to_jsonb(t)->>'id' AS id, md5(t::text) AS h FROM "${name.replace(/"/g, '""')}" t`);
    // Rows without an `id` column are keyed by their content (a change shows as deleted + inserted).
    snapshot.set(name, new Map(rows.map((r) => [r.id ?? r.h, r.h])));
  }
  return snapshot;
}

export function diffSnapshots(before: Snapshot, after: Snapshot): Map<string, TableDiff> {
  const diffs = new Map<string, TableDiff>();
  for (const [table, rowsAfter] of after) {
    const rowsBefore = before.get(table) ?? new Map<string, string>();
    const diff: TableDiff = { inserted: [], updated: [], deleted: [] };
    for (const [id, hash] of rowsAfter) {
      const old = rowsBefore.get(id);
      if (old === undefined) diff.inserted.push(id);
      else if (old !== hash) diff.updated.push(id);
    }
    for (const id of rowsBefore.keys()) if (!rowsAfter.has(id)) diff.deleted.push(id);
    if (diff.inserted.length || diff.updated.length || diff.deleted.length) diffs.set(table, diff);
  }
  return diffs;
}
