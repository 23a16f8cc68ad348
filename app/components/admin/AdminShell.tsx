import { NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "~/lib/i18n/react";

const LINKS = [
  { to: "/admin", key: "overview", end: true },
  { to: "/admin/sellers", key: "sellers" },
  { to: "/admin/certificates", key: "certificates" },
  { to: "/admin/products", key: "products" },
  { to: "/admin/reviews", key: "reviews" },
  { to: "/admin/orders", key: "orders" },
  { to: "/admin/payments", key: "payments" },
  { to: "/admin/payouts", key: "payouts" },
  { to: "/admin/users", key: "users" },
  { to: "/admin/audit", key: "audit" },
  { to: "/admin/mailbox", key: "mailbox" },
] as const;

/** The operator console's navigation. */
export function AdminNav() {
  const { t } = useT("admin");
  return (
    <nav aria-label={t("nav.label")} className="lg:w-52 lg:shrink-0">
      <ul role="list" className="flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible lg:pb-0">
        {LINKS.map((link) => (
          <li key={link.to} className="shrink-0">
            <NavLink
              to={link.to}
              end={"end" in link ? link.end : false}
              prefetch="intent"
              className={({ isActive }) =>
                `block rounded-md px-3 py-2 text-sm font-medium ${isActive ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100"}`
              }
            >
              {t(`nav.${link.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every /admin page: the console's navigation beside (or above, on a phone) the page. */
export function AdminShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:gap-8">
      <AdminNav />
      <div className="min-w-0 flex-1 space-y-6">{children}</div>
    </div>
  );
}

/** The page's h1 and a sentence saying what it is for. */
export function AdminHeading({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{title}</h1>
        {intro ? <p className="mt-1 text-stone-600">{intro}</p> : null}
      </div>
      {children}
    </div>
  );
}

/** A confirmation after a decision (the page was reached by redirect with ?done=…). */
export function DoneNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">
      {message}
    </p>
  );
}

/** A refusal the operator should read (conflict, last admin, …). */
export function ErrorNotice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {message}
    </p>
  );
}
