// Audit snapshots keep raw values (đồng, basis points, YYYY-MM-DD days, enum
// values); the pages that show them (the log, an entity's history) put them into
// words first: "150.000 ₫", "5%", "26/11/2026", "Khớp đơn hàng". Statuses, roles
// and timestamps are translated where they are shown (components/admin/AuditTrail).
import { formatDate, formatVnd } from "~/lib/format";
import type { Locale } from "~/lib/i18n/config";
import { getFixedT } from "~/lib/i18n/i18n";
import type { JsonValue } from "./diff";
import type { AuditEntry } from "./index.server";

const MONEY_FIELDS = new Set(["amount", "balance", "received", "missing", "overpaid"]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function presentSnapshot(locale: Locale, snapshot: JsonValue | null): JsonValue | null {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return snapshot;
  const t = getFixedT(locale, "admin");
  const percent = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", { style: "percent", maximumFractionDigits: 2 });
  return Object.fromEntries(
    Object.entries(snapshot).map(([field, value]) => {
      if (typeof value === "number" && Number.isSafeInteger(value) && MONEY_FIELDS.has(field)) return [field, formatVnd(value)];
      if (typeof value === "number" && field === "commissionRateBps") return [field, percent.format(value / 10_000)];
      if (typeof value === "string" && field === "paidOn" && DAY.test(value)) return [field, formatDate(`${value}T12:00:00+07:00`)];
      if (typeof value === "string" && (field === "match" || field === "result")) return [field, t(`audit.${field}.${value}`, { defaultValue: value })];
      return [field, value];
    }),
  );
}

/** The entries with their snapshots' raw values in words, in the reader's language. */
export function presentAuditEntries<E extends Pick<AuditEntry, "before" | "after">>(entries: E[], locale: Locale): E[] {
  return entries.map((e) => ({ ...e, before: presentSnapshot(locale, e.before), after: presentSnapshot(locale, e.after) }));
}
