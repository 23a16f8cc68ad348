import { useRouteLoaderData } from "@remix-run/react";
import type { loader } from "~/root";

/** The root loader's data (locale, user) from any component. */
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function useOptionalUser() {
  return useRootData()?.user ?? null;
}
