// The one place money and dates are formatted. Money is an integer number of
// đồng everywhere; dates are shown dd/mm/yyyy in Vietnam's time zone.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 });
const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const time = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });

/** 150000 → "150.000 ₫" (a normal space, so text search and copy-paste behave). */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new TypeError(`money must be an integer number of đồng, got ${amount}`);
  return vnd.format(amount).replace(/\u00a0/g, " ");
}

/** 1234567 → "1.234.567" */
export function formatNumber(n: number): string {
  return number.format(n);
}

function toDate(d: Date | string | number): Date {
  return d instanceof Date ? d : new Date(d);
}

/** → "26/11/2026" */
export function formatDate(d: Date | string | number): string {
  return date.format(toDate(d));
}

/** → "26/11/2026 14:05" */
export function formatDateTime(d: Date | string | number): string {
  const value = toDate(d);
  return `${date.format(value)} ${time.format(value)}`;
}
