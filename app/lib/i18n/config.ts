// Languages: Vietnamese first, English on request (?lang=en sets the `lang` cookie; no URL prefix).
import viCommon from "./locales/vi/common";
import enCommon from "./locales/en/common";
import viAuth from "./locales/vi/auth";
import enAuth from "./locales/en/auth";
import viSearch from "./locales/vi/search";
import enSearch from "./locales/en/search";
import viProduct from "./locales/vi/product";
import enProduct from "./locales/en/product";
import viCart from "./locales/vi/cart";
import enCart from "./locales/en/cart";
import viPayments from "./locales/vi/payments";
import enPayments from "./locales/en/payments";
import viCheckout from "./locales/vi/checkout";
import enCheckout from "./locales/en/checkout";
import viOrders from "./locales/vi/orders";
import enOrders from "./locales/en/orders";
import viAdmin from "./locales/vi/admin";
import enAdmin from "./locales/en/admin";
import viSeller from "./locales/vi/seller";
import enSeller from "./locales/en/seller";
import viFulfilment from "./locales/vi/fulfilment";
import enFulfilment from "./locales/en/fulfilment";
import viAdminPayments from "./locales/vi/admin-payments";
import enAdminPayments from "./locales/en/admin-payments";
import viPayouts from "./locales/vi/payouts";
import enPayouts from "./locales/en/payouts";
import viCsv from "./locales/vi/csv";
import enCsv from "./locales/en/csv";
import viTeam from "./locales/vi/team";
import enTeam from "./locales/en/team";
import viReviews from "./locales/vi/reviews";
import enReviews from "./locales/en/reviews";
import viCharts from "./locales/vi/charts";
import enCharts from "./locales/en/charts";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Dictionaries, one namespace per area. Each area adds its own file under
 * locales/<lang>/ and registers it here; English must have every key Vietnamese has
 * (i18n.test.ts checks).
 */
export const resources = {
  vi: { common: viCommon, auth: viAuth, product: viProduct, search: viSearch, payments: viPayments, cart: viCart, checkout: viCheckout, orders: viOrders, admin: viAdmin, seller: viSeller, "admin-payments": viAdminPayments, fulfilment: viFulfilment, payouts: viPayouts, csv: viCsv, team: viTeam, reviews: viReviews, charts: viCharts },
  en: { common: enCommon, auth: enAuth, product: enProduct, search: enSearch, payments: enPayments, cart: enCart, checkout: enCheckout, orders: enOrders, admin: enAdmin, seller: enSeller, "admin-payments": enAdminPayments, fulfilment: enFulfilment, payouts: enPayouts, csv: enCsv, team: enTeam, reviews: enReviews, charts: enCharts },
} as const;

export type Namespace = keyof (typeof resources)["vi"];
export type Messages = (typeof resources)[Locale];
