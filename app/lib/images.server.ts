// Product and seller images: responsive WebP files on the uploads volume, and
// the illustrations the demo seed draws instead of photos (no downloads; see
// docs/decisions/0008-demo-data-and-images.md).
//
// A stored image is a key ("products/<productId>/1") plus its original width and
// height in the database; the files are <key>-<width>.webp for every width in
// IMAGE_WIDTHS up to the original width, served by server.js at /media/*.
import sharp from "sharp";
import { writeFile } from "./storage.server";

export const IMAGE_WIDTHS = [320, 640, 960] as const;
export const LOGO_WIDTHS = [96, 192] as const;
const MAX_WIDTH: number = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
const WEBP_QUALITY = 78;

/** The widths stored for an image whose original is `originalWidth` wide (always at least the smallest). */
export function storedWidths(originalWidth: number, widths: readonly number[] = IMAGE_WIDTHS): number[] {
  const fitting = widths.filter((w) => w <= originalWidth);
  return fitting.length ? fitting : [widths[0]];
}

/** URL of the stored file closest to (and not narrower than) `width`; the widest one when none is that wide. */
export function productImageUrl(key: string, width: number, originalWidth: number = MAX_WIDTH): string {
  const widths = storedWidths(originalWidth);
  const chosen = widths.find((w) => w >= width) ?? widths[widths.length - 1];
  return `/media/${key}-${chosen}.webp`;
}

/** `srcset` value listing every stored width. */
export function productImageSrcSet(key: string, originalWidth: number = MAX_WIDTH): string {
  return storedWidths(originalWidth)
    .map((w) => `/media/${key}-${w}.webp ${w}w`)
    .join(", ");
}

export function sellerLogoUrl(key: string, width: number): string {
  const chosen = LOGO_WIDTHS.find((w) => w >= width) ?? LOGO_WIDTHS[LOGO_WIDTHS.length - 1];
  return `/media/${key}-${chosen}.webp`;
}

/** What an <img> needs, computed on the server so components never build media paths. */
export type ImageData = { src: string; srcSet: string; width: number; height: number; alt: string };

export function productImageData(image: { key: string; width: number; height: number; alt?: string | null }, fallbackAlt = ""): ImageData {
  return {
    src: productImageUrl(image.key, 640, image.width),
    srcSet: productImageSrcSet(image.key, image.width),
    width: image.width,
    height: image.height,
    alt: image.alt || fallbackAlt,
  };
}

/**
 * Writes `<key>-<w>.webp` for every stored width of the input image (any format
 * sharp reads, including SVG). The input is decoded once; each width is resized
 * from those pixels. Returns the original size, to store with the key.
 * `effort` is libwebp's 0–6 speed/size trade-off: 4 (smaller files) for photos
 * people upload, 0 for the seed's flat illustrations (≈40% faster, ≈30% larger).
 */
export async function writeResponsiveWebp(
  key: string,
  input: Buffer,
  { widths = IMAGE_WIDTHS, effort = 4 }: { widths?: readonly number[]; effort?: number } = {},
): Promise<{ width: number; height: number; files: string[] }> {
  // Flattened to RGB: no alpha channel to encode, which halves the WebP time.
  const { data, info } = await sharp(input).rotate().flatten({ background: "#ffffff" }).raw().toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels as 3 };
  const files: string[] = [];
  for (const width of storedWidths(info.width, widths)) {
    const file = `${key}-${width}.webp`;
    const webp = await sharp(data, { raw }).resize({ width, withoutEnlargement: true }).webp({ quality: WEBP_QUALITY, effort }).toBuffer();
    await writeFile(file, webp);
    files.push(file);
  }
  return { width: info.width, height: info.height, files };
}

/** Runs `task` over `items` with at most `limit` in flight (sharp already uses libvips threads). */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ───────────────────────────── illustrations ─────────────────────────────

const SIZE = 960;
// Fonts present on Debian (fonts-noto-core, fonts-dejavu-core); both cover Vietnamese.
const FONT = "'Noto Sans', 'DejaVu Sans', sans-serif";

type Palette = { from: string; to: string; accent: string; ink: string };

// Background colours by OCOP group.
const PALETTES: Record<string, Palette[]> = {
  "thuc-pham": [
    { from: "#f6b94a", to: "#c2570c", accent: "#7c2d12", ink: "#431407" },
    { from: "#f4a259", to: "#b5452a", accent: "#7f1d1d", ink: "#451a03" },
  ],
  "do-uong": [
    { from: "#5fb38a", to: "#14532d", accent: "#052e16", ink: "#052e16" },
    { from: "#8d6e4f", to: "#3b2414", accent: "#1c0f06", ink: "#1c1008" },
  ],
  "thao-duoc": [
    { from: "#a3c96b", to: "#3f6212", accent: "#1a2e05", ink: "#1a2e05" },
    { from: "#7cc3a5", to: "#0f5e4a", accent: "#022c22", ink: "#022c22" },
  ],
  "vai-may-mac": [
    { from: "#e0708f", to: "#831843", accent: "#500724", ink: "#4a0422" },
    { from: "#9b7fd1", to: "#4c1d95", accent: "#2e1065", ink: "#2e1065" },
  ],
  "luu-niem-noi-that-trang-tri": [
    { from: "#e0955e", to: "#9a3412", accent: "#431407", ink: "#3b1206" },
    { from: "#c9a66b", to: "#78501c", accent: "#3d2a0c", ink: "#2f2008" },
  ],
  "dich-vu-du-lich": [
    { from: "#60b8e0", to: "#0c4a6e", accent: "#082f49", ink: "#082f49" },
    { from: "#5cc2b5", to: "#115e59", accent: "#042f2e", ink: "#042f2e" },
  ],
};

export type IllustrationInput = {
  /** Short product name shown large, e.g. "Mật ong U Minh". */
  title: string;
  /** A second, smaller line, e.g. the province. */
  subtitle?: string;
  groupSlug: string;
  categorySlug?: string;
  /** 1, 2 or 3: three different compositions of the same product. */
  variant?: number;
  /** Any integer; picks the palette and small variations deterministically. */
  seed?: number;
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Greedy word wrap into at most `maxLines` lines of about `perLine` characters. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (!line) line = word;
    else if ((line + " " + word).length <= perLine) line += " " + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(" ")}`;
    return kept;
  }
  return lines;
}

/**
 * Title lines and a font size that fits `boxWidth` (bold sans ≈ 0.6 em per
 * character), with lines of similar length ("Gốm đỏ / Mang Thít", not "Gốm đỏ Mang / Thít").
 */
export function fitTitle(title: string, boxWidth: number, maxSize: number, maxLines = 3) {
  const fits = (lines: string[], perLine: number) => lines.every((l) => l.length <= perLine);
  let size = maxSize;
  let perLine = Math.floor(boxWidth / (size * 0.6));
  let lines = wrapText(title, perLine, maxLines);
  while (!fits(lines, perLine) && size > 36) {
    size -= 4;
    perLine = Math.floor(boxWidth / (size * 0.6));
    lines = wrapText(title, perLine, maxLines);
  }
  // Balance: the narrowest line width that still needs no more lines.
  for (let narrower = Math.ceil(title.length / lines.length); narrower < perLine; narrower++) {
    const balanced = wrapText(title, narrower, maxLines);
    if (balanced.length === lines.length && fits(balanced, narrower)) {
      lines = balanced;
      break;
    }
  }
  return { size, lines };
}

// Simple icons in a 200×200 box, drawn in `fill` with `line` details.
function icon(categorySlug: string | undefined, groupSlug: string, fill: string, line: string): string {
  const s = `stroke="${line}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"`;
  switch (categorySlug) {
    case "gao-ngu-coc":
      return `<path d="M100 190 C100 120 110 60 140 15" fill="none" ${s}/>` +
        [0, 1, 2, 3, 4, 5].map((i) => `<ellipse cx="${112 + i * 5}" cy="${150 - i * 24}" rx="12" ry="22" transform="rotate(${30 + i * 3} ${112 + i * 5} ${150 - i * 24})" fill="${fill}" ${s}/><ellipse cx="${82 + i * 7}" cy="${140 - i * 24}" rx="12" ry="22" transform="rotate(-35 ${82 + i * 7} ${140 - i * 24})" fill="${fill}" ${s}/>`).join("");
    case "nuoc-mam-gia-vi":
    case "ruou-dac-san":
      return `<path d="M80 20 h40 v30 c0 20 30 30 30 60 v75 a10 10 0 0 1 -10 10 h-80 a10 10 0 0 1 -10 -10 v-75 c0 -30 30 -40 30 -60z" fill="${fill}" ${s}/><rect x="62" y="110" width="76" height="50" rx="6" fill="${line}" opacity="0.25"/><rect x="76" y="8" width="48" height="16" rx="4" fill="${line}"/>`;
    case "banh-keo-mut":
      return `<circle cx="100" cy="100" r="85" fill="${fill}" ${s}/><circle cx="100" cy="100" r="55" fill="none" ${s} stroke-dasharray="10 12"/><circle cx="100" cy="100" r="18" fill="${line}" opacity="0.5"/>`;
    case "trai-cay-nong-san-say":
      return `<circle cx="100" cy="115" r="75" fill="${fill}" ${s}/><path d="M100 40 C100 25 105 15 115 8" fill="none" ${s}/><path d="M108 30 C130 5 170 15 175 30 C150 45 120 45 108 30z" fill="${line}" opacity="0.6"/>`;
    case "thuy-hai-san-kho":
      return `<path d="M20 100 C60 40 130 40 165 100 C130 160 60 160 20 100z" fill="${fill}" ${s}/><path d="M165 100 L195 65 L195 135z" fill="${fill}" ${s}/><circle cx="55" cy="92" r="8" fill="${line}"/><path d="M85 70 C95 90 95 110 85 130 M110 68 C120 90 120 110 110 132" fill="none" ${s}/>`;
    case "thit-che-bien":
      return [0, 1, 2].map((i) => `<rect x="${20 + i * 58}" y="${50 + (i % 2) * 20}" width="44" height="110" rx="22" fill="${fill}" ${s}/>`).join("") + `<path d="M42 50 V35 M100 70 V55 M158 50 V35" ${s}/>`;
    case "mat-ong": {
      const hex = (cx: number, cy: number) => {
        const pts = Array.from({ length: 6 }, (_, k) => {
          const a = (Math.PI / 3) * k;
          return `${(cx + 34 * Math.cos(a)).toFixed(1)},${(cy + 34 * Math.sin(a)).toFixed(1)}`;
        }).join(" ");
        return `<polygon points="${pts}" fill="${fill}" ${s}/>`;
      };
      return hex(100, 100) + hex(151, 70) + hex(151, 130) + hex(49, 70) + hex(49, 130) + hex(100, 40) + hex(100, 160) + `<circle cx="100" cy="100" r="12" fill="${line}" opacity="0.6"/>`;
    }
    case "tra":
    case "duoc-lieu":
      return `<path d="M100 190 C40 150 30 70 100 10 C170 70 160 150 100 190z" fill="${fill}" ${s}/><path d="M100 185 V30 M100 80 L70 55 M100 110 L135 80 M100 140 L65 115" fill="none" ${s}/>`;
    case "ca-phe":
      return `<ellipse cx="100" cy="100" rx="62" ry="88" transform="rotate(25 100 100)" fill="${fill}" ${s}/><path d="M70 30 C120 70 80 130 130 170" fill="none" ${s}/>`;
    case "nuoc-ep-giai-khat":
      return `<path d="M45 40 h110 l-15 150 h-80z" fill="${fill}" ${s}/><path d="M52 90 h96" ${s}/><path d="M120 40 L150 5" ${s}/><circle cx="85" cy="130" r="10" fill="${line}" opacity="0.4"/><circle cx="115" cy="150" r="7" fill="${line}" opacity="0.4"/>`;
    case "tinh-dau":
    case "my-pham-thien-nhien":
      return `<path d="M100 10 C130 60 160 95 160 130 a60 60 0 0 1 -120 0 C40 95 70 60 100 10z" fill="${fill}" ${s}/><path d="M75 135 a25 25 0 0 0 25 25" fill="none" ${s}/>`;
    case "to-lua":
      return [0, 1, 2, 3].map((i) => `<path d="M10 ${45 + i * 38} C50 ${20 + i * 38} 80 ${70 + i * 38} 120 ${45 + i * 38} S180 ${20 + i * 38} 195 ${45 + i * 38}" fill="none" stroke="${i % 2 ? line : fill}" stroke-width="18" stroke-linecap="round"/>`).join("");
    case "tho-cam":
    case "trang-phuc-phu-kien":
      return `<rect x="10" y="10" width="180" height="180" rx="12" fill="${fill}" ${s}/>` +
        [0, 1, 2].map((r) => [0, 1, 2].map((c) => `<path d="M${40 + c * 60} ${22 + r * 60} l18 18 -18 18 -18 -18z" fill="${(r + c) % 2 ? line : "none"}" ${s}/>`).join("")).join("");
    case "may-tre-dan":
    case "luc-binh":
      return `<path d="M25 70 h150 l-20 115 h-110z" fill="${fill}" ${s}/><path d="M55 70 C55 10 145 10 145 70" fill="none" ${s}/>` +
        [0, 1, 2, 3].map((i) => `<path d="M${33 + i * 1} ${95 + i * 24} h${134 - i * 7}" ${s}/>`).join("") +
        [0, 1, 2, 3, 4].map((i) => `<path d="M${55 + i * 23} 75 v105" ${s} opacity="0.5"/>`).join("");
    case "gom-su":
      return `<path d="M75 15 h50 v20 c0 15 45 35 45 85 c0 45 -30 70 -70 70 c-40 0 -70 -25 -70 -70 c0 -50 45 -70 45 -85z" fill="${fill}" ${s}/><path d="M40 110 h120 M45 135 h110" ${s}/><circle cx="100" cy="122" r="6" fill="${line}"/>`;
    case "do-go-my-nghe":
      return `<circle cx="100" cy="100" r="85" fill="${fill}" ${s}/>` + [60, 40, 20].map((r) => `<circle cx="${100 + (60 - r) / 4}" cy="100" r="${r}" fill="none" ${s}/>`).join("");
    case "homestay":
      return `<path d="M20 100 L100 25 L180 100" fill="none" ${s}/><rect x="40" y="95" width="120" height="90" fill="${fill}" ${s}/><rect x="85" y="130" width="30" height="55" fill="${line}" opacity="0.6"/><rect x="52" y="115" width="24" height="22" fill="none" ${s}/><rect x="124" y="115" width="24" height="22" fill="none" ${s}/>`;
    case "tour-trai-nghiem":
      return `<circle cx="150" cy="50" r="30" fill="${fill}" opacity="0.9"/><path d="M15 130 h170 l-25 35 h-120z" fill="${fill}" ${s}/><path d="M60 130 C60 95 140 95 140 130" fill="none" ${s}/><path d="M5 185 C40 170 60 200 100 185 S160 170 195 185" fill="none" ${s}/>`;
  }
  // Fallback by group.
  switch (groupSlug) {
    case "do-uong":
      return icon("nuoc-ep-giai-khat", groupSlug, fill, line);
    case "thao-duoc":
      return icon("duoc-lieu", groupSlug, fill, line);
    case "vai-may-mac":
      return icon("tho-cam", groupSlug, fill, line);
    case "luu-niem-noi-that-trang-tri":
      return icon("gom-su", groupSlug, fill, line);
    case "dich-vu-du-lich":
      return icon("tour-trai-nghiem", groupSlug, fill, line);
    default:
      return icon("banh-keo-mut", groupSlug, fill, line);
  }
}

function pattern(groupSlug: string, color: string): string {
  switch (groupSlug) {
    case "vai-may-mac":
      return `<pattern id="p" width="80" height="80" patternUnits="userSpaceOnUse"><path d="M40 8 L72 40 L40 72 L8 40z" fill="none" stroke="${color}" stroke-width="5"/><circle cx="40" cy="40" r="6" fill="${color}"/></pattern>`;
    case "dich-vu-du-lich":
      return `<pattern id="p" width="120" height="60" patternUnits="userSpaceOnUse"><path d="M0 30 C30 10 30 50 60 30 S90 10 120 30" fill="none" stroke="${color}" stroke-width="5"/></pattern>`;
    case "thao-duoc":
    case "do-uong":
      return `<pattern id="p" width="90" height="90" patternUnits="userSpaceOnUse"><path d="M45 10 C20 35 20 60 45 80 C70 60 70 35 45 10z" fill="${color}"/></pattern>`;
    case "luu-niem-noi-that-trang-tri":
      return `<pattern id="p" width="70" height="70" patternUnits="userSpaceOnUse"><rect x="5" y="5" width="60" height="60" fill="none" stroke="${color}" stroke-width="5"/><path d="M5 35 h60 M35 5 v60" stroke="${color}" stroke-width="3"/></pattern>`;
    default:
      return `<pattern id="p" width="64" height="64" patternUnits="userSpaceOnUse"><circle cx="16" cy="16" r="7" fill="${color}"/><circle cx="48" cy="48" r="7" fill="${color}"/></pattern>`;
  }
}

/** An SVG illustration of a product: group colours, a category icon and the product's name. */
export function renderProductIllustration(input: IllustrationInput): string {
  const seed = Math.abs(input.seed ?? 0);
  const variant = ((input.variant ?? 1) - 1) % 3;
  const palettes = PALETTES[input.groupSlug] ?? PALETTES["thuc-pham"];
  const p = palettes[(seed + variant) % palettes.length];
  const cream = "#fffaf0";
  const subtitle = input.subtitle ? escapeXml(input.subtitle) : "";
  const angle = (seed % 5) * 12 - 24;
  const defs = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1" gradientTransform="rotate(${angle} .5 .5)"><stop offset="0" stop-color="${p.from}"/><stop offset="1" stop-color="${p.to}"/></linearGradient>${pattern(input.groupSlug, cream)}</defs>`;
  const background = `<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/><rect width="${SIZE}" height="${SIZE}" fill="url(#p)" opacity="0.09"/>`;

  let body: string;
  if (variant === 0) {
    // Icon above a cream label carrying the name.
    const { size, lines } = fitTitle(input.title, 740, 92);
    const lineHeight = Math.round(size * 1.18);
    const labelHeight = lines.length * lineHeight + (subtitle ? 140 : 70);
    const labelY = SIZE - 70 - labelHeight;
    const iconSize = Math.min(420, labelY - 110);
    body =
      `<circle cx="${SIZE / 2}" cy="${(labelY + 40) / 2}" r="${iconSize / 2 + 50}" fill="${cream}" opacity="0.16"/>` +
      `<g transform="translate(${(SIZE - iconSize) / 2} ${(labelY + 40 - iconSize) / 2}) scale(${iconSize / 200})">${icon(input.categorySlug, input.groupSlug, cream, p.accent)}</g>` +
      `<rect x="60" y="${labelY}" width="${SIZE - 120}" height="${labelHeight}" rx="36" fill="${cream}"/>` +
      `<text x="${SIZE / 2}" y="${labelY + 40 + size}" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="${size}" fill="${p.ink}">` +
      lines.map((l, i) => `<tspan x="${SIZE / 2}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join("") +
      `</text>` +
      (subtitle ? `<text x="${SIZE / 2}" y="${labelY + labelHeight - 38}" text-anchor="middle" font-family="${FONT}" font-size="40" fill="${p.accent}" opacity="0.85">${subtitle}</text>` : "");
  } else if (variant === 1) {
    // A big icon top right, the name written large on the colour below it.
    const { size, lines } = fitTitle(input.title, 820, 104, 3);
    const lineHeight = Math.round(size * 1.15);
    const baseline = SIZE - 90 - (subtitle ? 64 : 0);
    const firstBaseline = baseline - (lines.length - 1) * lineHeight;
    const iconSize = Math.min(520, firstBaseline - size - 100);
    body =
      `<g transform="translate(${SIZE - 70 - iconSize} 60) scale(${iconSize / 200})">${icon(input.categorySlug, input.groupSlug, cream, p.accent)}</g>` +
      `<text x="70" y="${firstBaseline}" font-family="${FONT}" font-weight="700" font-size="${size}" fill="${cream}">` +
      lines.map((l, i) => `<tspan x="70" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join("") +
      `</text>` +
      (subtitle ? `<text x="72" y="${SIZE - 84}" font-family="${FONT}" font-size="42" fill="${cream}" opacity="0.9">${subtitle}</text>` : "");
  } else {
    // A "gift box" with a ribbon and a round label.
    const { size, lines } = fitTitle(input.title, 520, 64, 3);
    const lineHeight = Math.round(size * 1.15);
    const top = 480 - ((lines.length - 1) * lineHeight) / 2;
    body =
      `<rect x="150" y="200" width="660" height="600" rx="40" fill="${cream}" opacity="0.95"/>` +
      `<rect x="445" y="200" width="70" height="600" fill="${p.to}" opacity="0.85"/>` +
      `<path d="M480 200 C380 90 300 150 380 200 M480 200 C580 90 660 150 580 200" fill="none" stroke="${p.to}" stroke-width="26" stroke-linecap="round"/>` +
      `<circle cx="480" cy="${top + ((lines.length - 1) * lineHeight) / 2 - size * 0.35}" r="${Math.max(250, lines.length * lineHeight * 0.9)}" fill="${cream}" stroke="${p.from}" stroke-width="12"/>` +
      `<text x="480" y="${top}" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="${size}" fill="${p.ink}">` +
      lines.map((l, i) => `<tspan x="480" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join("") +
      `</text>` +
      (subtitle ? `<text x="480" y="${top + (lines.length - 1) * lineHeight + 70}" text-anchor="middle" font-family="${FONT}" font-size="34" fill="${p.accent}">${subtitle}</text>` : "");
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">${defs}${background}${body}</svg>`;
}

/** A round monogram logo for a seller: initials on its group colour. */
export function renderSellerLogo(name: string, seed = 0): string {
  const all = Object.values(PALETTES).flat();
  const p = all[Math.abs(seed) % all.length];
  // "Hợp tác xã Nông nghiệp Mỹ Xuyên" → "MX": the last two words name the place or brand.
  const words = name.replace(/^(Hợp tác xã|HTX|Công ty TNHH|Công ty cổ phần|Công ty|Hộ kinh doanh|Cơ sở)\s+/i, "").split(/\s+/).filter(Boolean);
  const initials = escapeXml(
    words
      .slice(-2)
      .map((w) => w[0])
      .join("")
      .toUpperCase(),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.from}"/><stop offset="1" stop-color="${p.to}"/></linearGradient></defs><circle cx="96" cy="96" r="96" fill="url(#g)"/><circle cx="96" cy="96" r="80" fill="none" stroke="#fffaf0" stroke-width="4" opacity="0.6"/><text x="96" y="118" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="64" fill="#fffaf0">${initials}</text></svg>`;
}

/** Draws and stores one product illustration under `key`; returns the original size. */
export async function writeProductIllustration(key: string, input: IllustrationInput) {
  return writeResponsiveWebp(key, Buffer.from(renderProductIllustration(input)), { effort: 0 });
}

export async function writeSellerLogo(key: string, name: string, seed = 0) {
  return writeResponsiveWebp(key, Buffer.from(renderSellerLogo(name, seed)), { widths: LOGO_WIDTHS, effort: 0 });
}
