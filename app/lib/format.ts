// The one place money and dates are formatted. Money is an integer number of
// đồng everywhere; dates are shown dd/mm/yyyy in Vietnam's time zone.
//
// Written out by hand, not with Intl: a browser's first Intl formatter loads ICU's locale data,
// ~20 ms of main thread at start-up (~80 ms on Lighthouse's 4× slower phone) on every page. The
// output is exactly Intl's vi-VN (format.test.ts compares the two); what the short path does not
// cover (fractions, dates before 1976, invalid dates) still goes through Intl, made on first use.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

let intl: { number: Intl.NumberFormat; date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } | undefined;
function viIntl() {
  intl ??= {
    number: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }),
    date: new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
    time: new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false }),
  };
  return intl;
}

/** An integer with "." between thousands, as vi-VN writes it: -1234567 → "-1.234.567". */
function groupThousands(n: number): string {
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ".");
}

/** 150000 → "150.000 ₫" (a normal space, so text search and copy-paste behave). */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new TypeError(`money must be an integer number of đồng, got ${amount}`);
  return `${groupThousands(amount)} ₫`;
}

/** 1234567 → "1.234.567" */
export function formatNumber(n: number): string {
  return Number.isSafeInteger(n) ? groupThousands(n) : viIntl().number.format(n);
}

function toDate(d: Date | string | number): Date {
  return d instanceof Date ? d : new Date(d);
}

// Vietnam has kept UTC+7, without daylight saving, since 13 June 1975.
const UTC_PLUS_7_SINCE = Date.UTC(1976, 0, 1);
const UTC_PLUS_7_UNTIL = Date.UTC(9000, 0, 1);
const SEVEN_HOURS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, "0");

/** The wall clock in Hồ Chí Minh City (read with getUTC*), or null where the short path does not apply. */
function vietnamClock(value: Date): Date | null {
  const t = value.getTime();
  return t >= UTC_PLUS_7_SINCE && t < UTC_PLUS_7_UNTIL ? new Date(t + SEVEN_HOURS) : null;
}

/** → "26/11/2026" */
export function formatDate(d: Date | string | number): string {
  const value = toDate(d);
  const clock = vietnamClock(value);
  return clock ? `${pad(clock.getUTCDate())}/${pad(clock.getUTCMonth() + 1)}/${clock.getUTCFullYear()}` : viIntl().date.format(value);
}

/** → "26/11/2026 14:05" */
export function formatDateTime(d: Date | string | number): string {
  const value = toDate(d);
  const clock = vietnamClock(value);
  return clock ? `${formatDate(value)} ${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}` : `${viIntl().date.format(value)} ${viIntl().time.format(value)}`;
}
