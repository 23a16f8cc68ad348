import { useLocation, useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Price } from "~/components/catalog/Price";
import { formatNumber } from "~/lib/format";
import { useT } from "~/lib/i18n/react";

type Suggestion = { name: string; slug: string; price: number };

const DEBOUNCE_MS = 150;
const MIN_CHARS = 2;

/**
 * The header search input with search-as-you-type (ARIA 1.2 combobox with a
 * listbox popup). The server renders a plain input inside the plain GET form,
 * so searching works before and without JavaScript; once hydrated, typing asks
 * /search/suggest (debounced, stale requests aborted) and the arrow keys,
 * Enter and Escape work the list. Enter without a highlighted suggestion
 * submits the form as usual.
 */
export function SearchSuggest({ id, name = "q", placeholder, className = "" }: { id: string; name?: string; placeholder?: string; className?: string }) {
  const { t } = useT("search");
  const location = useLocation();
  const navigate = useNavigate();
  const listId = `${id}-suggestions`;
  const urlQuery = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "";

  const [hydrated, setHydrated] = useState(false);
  const [value, setValue] = useState(urlQuery);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);

  useEffect(() => setHydrated(true), []);
  // After a navigation: show that page's query and close the list.
  useEffect(() => {
    setValue(urlQuery);
    setOpen(false);
    setActive(-1);
  }, [urlQuery, location.key]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function requestSuggestions(text: string) {
    clearTimeout(timer.current);
    inflight.current?.abort();
    const q = text.trim();
    if (q.length < MIN_CHARS) {
      setItems([]);
      close();
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      inflight.current = controller;
      try {
        const res = await fetch(`/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!res.ok) return;
        const found = (await res.json()) as Suggestion[];
        if (controller.signal.aborted) return;
        setItems(found);
        setActive(-1);
        setOpen(found.length > 0);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still works.
      }
    }, DEBOUNCE_MS);
  }

  function choose(item: Suggestion) {
    close();
    navigate(`/products/${item.slug}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = items.length;
    switch (event.key) {
      case "ArrowDown":
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((i) => (i + 1) % count);
        break;
      case "ArrowUp":
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case "Enter":
        if (open && active >= 0 && items[active]) {
          event.preventDefault();
          choose(items[active]);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault(); // keep the text; a second Escape clears it (browser default)
          close();
        }
        break;
      case "Tab":
        close();
        break;
    }
  }

  const expanded = hydrated && open && items.length > 0;
  return (
    <div className={`relative min-w-0 ${className}`}>
      <input
        id={id}
        name={name}
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          requestSuggestions(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        onFocus={() => {
          if (items.length && value.trim().length >= MIN_CHARS) setOpen(true);
        }}
        {...(hydrated
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listId,
              "aria-activedescendant": expanded && active >= 0 ? `${listId}-${active}` : undefined,
            }
          : {})}
        className="w-full rounded-md border border-stone-300 px-3 py-2 text-base"
      />
      {hydrated ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggest.label")}
          hidden={!expanded}
          // Keep focus in the input when an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
          className="absolute top-full right-0 left-0 z-50 mt-1 max-h-96 overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg"
        >
          {items.map((item, i) => (
            <li
              key={item.slug}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onClick={() => choose(item)}
              onMouseMove={() => setActive(i)}
              className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 text-sm ${i === active ? "bg-brand-50 text-brand-800" : "text-stone-800"}`}
            >
              <span className="min-w-0 truncate">{item.name}</span>
              <Price amount={item.price} className="shrink-0 font-semibold text-brand-700" />
            </li>
          ))}
        </ul>
      ) : null}
      {hydrated ? (
        <p className="sr-only" aria-live="polite">
          {expanded ? t("suggest.count", { count: items.length, n: formatNumber(items.length) }) : ""}
        </p>
      ) : null}
    </div>
  );
}
