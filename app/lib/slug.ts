// ASCII slugs from Vietnamese text, for URLs, SKUs and search filters:
// "Nước mắm Phú Quốc" → "nuoc-mam-phu-quoc". Diacritics are stripped after
// Unicode decomposition; đ/Đ has no decomposition, so it is mapped by hand.

export function stripVietnameseDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Lower-case ASCII words joined by "-", at most `maxLength` characters, cut between words when it can be. */
export function slugify(text: string, maxLength = 80): string {
  const slug = stripVietnameseDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, maxLength)).replace(/-+$/g, "");
}
