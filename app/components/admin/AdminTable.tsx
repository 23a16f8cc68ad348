// The operator console's tables and empty states.
import type { ReactNode } from "react";

/** What an admin list says when it has nothing to show. */
export function AdminEmpty({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-600">{children}</p>;
}

export type AdminColumn<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligns the header and the cells (amounts, counts). */
  align?: "right";
  /** Extra classes for the cells (tabular-nums, whitespace-nowrap, …). */
  className?: string;
};

const cellClass = (align: "right" | undefined, extra?: string) => ["px-3 py-2", align === "right" ? "text-right" : null, extra].filter(Boolean).join(" ");

/** A table with a caption for screen readers and a header row; `empty` instead when there are no rows. */
export function AdminTable<T>({
  caption,
  empty,
  rows,
  rowKey,
  columns,
  rowClassName = "border-t border-stone-100 align-top",
}: {
  caption: string;
  empty: ReactNode;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: AdminColumn<T>[];
  rowClassName?: string;
}) {
  if (rows.length === 0) return <AdminEmpty>{empty}</AdminEmpty>;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-xs uppercase text-stone-500">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={cellClass(column.align)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName}>
              {columns.map((column, i) => (
                <td key={i} className={cellClass(column.align, column.className)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
