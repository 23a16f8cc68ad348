// The fuzzer's inputs (fast-check arbitraries): field names a route reads and random ones,
// values that break naive parsers (Vietnamese text, combining marks, lone surrogates, NUL,
// RTL marks, emoji, huge strings, numbers as strings far out of range, ids, injections), and
// bodies in every encoding a client could send — urlencoded, multipart (with files), JSON,
// and malformed ones.
import fc from "fast-check";

export type Encoding = "urlencoded" | "multipart" | "multipart-file" | "json" | "malformed-multipart" | "garbage";

export type FuzzInput = {
  lang: "vi" | "en";
  encoding: Encoding;
  fields: [string, string][];
  /** 0–9: 0 sends the request without a session, 1 as another role (guards must not 5xx). */
  roleDice: number;
  /** Replaces a URL $param (a random one instead of a real id). */
  paramValue: string | null;
  garbageContentType: string;
};

const VIETNAMESE = [
  "Mật ong hoa tràm U Minh",
  "Gạo ST25",
  "Nguyễn Thị Lan",
  "Phường Ninh Kiều",
  "Cà Mau",
  "đặc sản",
  "Ấp Mỹ Lợi, xã Mỹ Xuyên",
  "Thành phố Hồ Chí Minh",
  "kẹo dừa sáp",
  "ỐCÔP ★★★★★",
  "Hợp tác xã",
  "Số 126 đường 30 Tháng 4",
  // decomposed (NFD) diacritics
  "Mật ong".normalize("NFD"),
  "Tiếng Việt".normalize("NFD"),
];

const NUMBERISH = [
  "-1", "0", "1", "-0", "00", "1.5", "1,5", "150.000", "150,000 ₫", "  42  ", "+7", "1e3", "1e309", "-1e309", "NaN", "Infinity",
  "0x10", "0b11", "9007199254740993", "99999999999999999999999", "-2147483649", "2147483648", "١٢٣", "１２３", "½",
];

const EDGE = [
  "", " ", "\t", "\u0000", "a\u0000b", "\uFEFF", "\u202Eevil", "\u200B", "a\u0301\u0301\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀👨‍👩‍👧", "\r\n\r\n", "\\", "%", "%zz", "%00", "&&&", "=", "[]", "{}",
  "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "'; DROP TABLE orders; --", "../../etc/passwd", "/\\evil.example", "//evil.example", "https://evil.example/",
  "javascript:alert(1)", "null", "undefined", "true", "false", "__proto__", "constructor", "toString", "on", "off", "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "1900-01-01",
  "test@example.com", "a@b", "@", "x".repeat(64) + "@example.com", "0912345678", "+84 912 345 678", "VN", "92", "00000", "99999",
];

function loneSurrogates() {
  return fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 4 }).map((codes) => String.fromCharCode(...codes) + "x");
}

export function valueArbitrary(extraValues: string[], opts: { hugeMax: number }): fc.Arbitrary<string> {
  const sizes = [1_000, 10_000, 100_000, 1_000_000].filter((n) => n <= opts.hugeMax);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
    { weight: 3, arbitrary: fc.constantFrom(...VIETNAMESE) },
    { weight: 4, arbitrary: fc.oneof(fc.constantFrom(...NUMBERISH), fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String)) },
    { weight: 4, arbitrary: fc.constantFrom(...EDGE) },
    { weight: 1, arbitrary: loneSurrogates() },
    { weight: 5, arbitrary: extraValues.length ? fc.constantFrom(...extraValues) : fc.constant("") },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...sizes), fc.constantFrom("a", "ệ", "9", " ", "😀")).map(([n, c]) => c.repeat(c.length > 1 ? n / 2 : n)) },
  );
}

export function fieldNameArbitrary(routeFields: string[], globalFields: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...routeFields) },
    { weight: 2, arbitrary: fc.constantFrom(...globalFields) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("variants", "lines", "items", "photos"), fc.integer({ min: -1, max: 60 }), fc.constantFrom("id", "label", "sku", "price", "weightGrams", "initialStock", "quantity")).map(([a, i, k]) => `${a}[${i}].${k}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

export function inputArbitrary(routeFields: string[], globalFields: string[], values: string[], opts: { hugeMax: number }): fc.Arbitrary<FuzzInput> {
  const value = valueArbitrary(values, opts);
  const field = fc.tuple(fieldNameArbitrary(routeFields, globalFields), value);
  return fc.record({
    lang: fc.constantFrom("vi" as const, "en" as const),
    encoding: fc.constantFrom<Encoding>("urlencoded", "urlencoded", "urlencoded", "urlencoded", "multipart", "multipart-file", "json", "malformed-multipart", "garbage"),
    // Missing (none), extra and duplicated fields: names repeat freely.
    fields: fc.array(field, { maxLength: 14 }),
    roleDice: fc.integer({ min: 0, max: 9 }),
    paramValue: fc.option(value, { freq: 6 }),
    garbageContentType: fc.constantFrom(
      "text/plain",
      "application/x-www-form-urlencoded; charset=utf-16",
      "multipart/form-data",
      "multipart/form-data; boundary=",
      "application/json; charset=latin1",
      "application/octet-stream",
      "",
    ),
  });
}

const BOUNDARY = "----ocopfuzz7MA4YWxkTrZu0gW";

function escapeName(name: string) {
  return name.replace(/"/g, "%22").replace(/\r|\n/g, " ");
}

/** The request body and content type for an input. */
export function encodeBody(input: FuzzInput): { body: Buffer | string; contentType: string | null } {
  const { fields } = input;
  switch (input.encoding) {
    case "urlencoded":
      return { body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
    case "multipart":
    case "multipart-file": {
      const parts: Buffer[] = [];
      for (const [name, value] of fields) {
        parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n${value}\r\n`));
      }
      if (input.encoding === "multipart-file") {
        const name = fields[0]?.[0] ?? "file";
        const bytes = Buffer.from(fields.map(([, v]) => v).join("").slice(0, 4096) || "\x89PNG\r\n\x1a\n");
        parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${escapeName(name)}"; filename="${escapeName(fields[1]?.[1] ?? "ảnh.jpg").slice(0, 200)}"\r\nContent-Type: image/jpeg\r\n\r\n`), bytes, Buffer.from("\r\n"));
      }
      parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
      return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${BOUNDARY}` };
    }
    case "json":
      return { body: fields.length % 3 === 2 ? "{\"broken\": " : JSON.stringify(Object.fromEntries(fields)), contentType: "application/json" };
    case "malformed-multipart": {
      const body = fields.map(([n, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${escapeName(n)}"\r\n${v}`).join("\r\n");
      // No closing boundary, no blank line after headers, or a boundary the header does not announce.
      return { body, contentType: fields.length % 2 ? `multipart/form-data; boundary=${BOUNDARY}` : "multipart/form-data; boundary=other" };
    }
    case "garbage":
      return { body: fields.map(([n, v]) => `${n}%${v}%%`).join("&"), contentType: input.garbageContentType || null };
  }
}

/** Query string for a GET. */
export function encodeQuery(input: FuzzInput): string {
  const q = new URLSearchParams(input.fields.map(([n, v]) => [n, v.slice(0, 2000)])).toString();
  return q ? `?${q}` : "";
}
