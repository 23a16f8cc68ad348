// Search parameters, shared by the /search page, the listing pages and the
// public JSON API. Invalid values are rejected by name (the API answers 400
// with the parameter); pages drop them.
// Components import the constants from ./constants (zod-free); they are re-exported here for server code.
import { z } from "zod";
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, SORTS } from "./constants";

export { DEFAULT_PER_PAGE, MAX_PER_PAGE, SORTS, type Sort } from "./constants";

// Messages are keys (api.reason.*), translated where the error is shown.
const slug = z.string().trim().regex(/^[a-z0-9-]{1,80}$/, "slug");
const intParam = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,12}$/, "wholeNumber")
    .transform(Number)
    .pipe(z.number().int().min(min, `range:${min}:${max}`).max(max, `range:${min}:${max}`));

export const searchParamsSchema = z
  .object({
    q: z.string().max(200, "tooLong").optional().transform((v) => v?.trim() ?? ""),
    group: slug.optional(),
    category: slug.optional(),
    province: z.string().trim().regex(/^\d{2}$/, "provinceCode").optional(),
    stars: intParam(3, 5).optional(),
    rating: intParam(1, 5).optional(),
    minPrice: intParam(0, 1_000_000_000).optional(),
    maxPrice: intParam(0, 1_000_000_000).optional(),
    inStock: z.enum(["true", "false", "1", "0"], { message: "boolean" }).optional().transform((v) => (v === undefined ? undefined : v === "true" || v === "1")),
    sort: z.enum(SORTS, { message: "sort" }).optional().default("relevance"),
    page: intParam(1, 10_000).optional().default(1),
    perPage: intParam(1, MAX_PER_PAGE).optional().default(DEFAULT_PER_PAGE),
  })
  .refine((p) => p.minPrice === undefined || p.maxPrice === undefined || p.minPrice <= p.maxPrice, {
    message: "minGtMax",
    path: ["minPrice"],
  });

export type SearchParams = z.output<typeof searchParamsSchema>;

const KNOWN = ["q", "group", "category", "province", "stars", "rating", "minPrice", "maxPrice", "inStock", "sort", "page", "perPage"] as const;

/** URLSearchParams → raw object of the known keys (empty values dropped). */
export function rawSearchParams(params: URLSearchParams): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const key of KNOWN) {
    const value = params.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  return raw;
}

/** For pages: keep the valid parameters, silently drop the invalid ones. */
export function parseSearchParamsLenient(params: URLSearchParams): SearchParams {
  const raw = rawSearchParams(params);
  for (;;) {
    const parsed = searchParamsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const bad = parsed.error.issues[0]?.path[0];
    if (typeof bad !== "string" || !(bad in raw)) return searchParamsSchema.parse({});
    delete raw[bad];
  }
}
