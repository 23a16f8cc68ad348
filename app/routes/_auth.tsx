// Pathless layout for /login and /register: one narrow card, centred, readable at 360 px.
import { Outlet } from "@remix-run/react";

export default function AuthLayout() {
  return (
    <div className="mx-auto w-full max-w-md py-4 sm:py-10">
      <div className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
        <Outlet />
      </div>
    </div>
  );
}
