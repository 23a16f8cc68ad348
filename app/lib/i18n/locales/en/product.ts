// English: the product page and the product API.
const product = {
  breadcrumb: "Breadcrumb",
  home: "Home",
  gallery: {
    label: "Product photos",
    thumbnails: "Choose a photo",
    show: "Show photo {{n}} of {{total}}",
    noImage: "No photo yet",
  },
  price: "Price",
  availability: {
    inStock: "In stock",
    outOfStock: "Out of stock",
    only_one: "Only {{count}} left",
    only_other: "Only {{count}} left",
  },
  variants: {
    legend: "Option",
    choose: "Show the chosen option",
    soldOut: "Out of stock",
    chooseFirst: "Choose an option before adding to the cart.",
  },
  quantity: "Quantity",
  quantityHint_one: "At most {{count}}",
  quantityHint_other: "At most {{count}}",
  addToCart: "Add to cart",
  soldOut: "Out of stock",
  certificate: {
    title: "OCOP certificate",
    verified: "Verified OCOP certificate",
    pending: "Awaiting verification",
    expired: "Expired",
    revoked: "Revoked",
    notVerifiedNote: "Chợ OCOP shows the OCOP badge only when an administrator has checked the recognition decision and the certificate is still valid.",
    stars: "Rating",
    starsValue_one: "{{count}} star",
    starsValue_other: "{{count}} stars",
    group: "Product group",
    decision: "Recognition decision",
    authority: "Issued by",
    issuedAt: "Issued on",
    validity: "Validity",
    validUntil: "Valid until {{date}}",
    none: "This product has no OCOP certificate.",
  },
  producer: {
    title: "Producer",
    visit: "Visit the shop",
  },
  description: {
    title: "Description",
    empty: "The seller has not described this product yet.",
  },
  reviews: {
    title: "Reviews",
    none: "No reviews yet",
    noneHint: "Reviews are written by shoppers who received their order.",
    count_one: "{{count}} review",
    count_other: "{{count}} reviews",
    outOf: "{{average}} out of 5 stars",
    distribution: "Rating distribution",
    row_one: "{{stars}} stars: {{count}} review",
    row_other: "{{stars}} stars: {{count}} reviews",
  },
  related: {
    title: "Related products",
  },
  meta: {
    title: "{{name}} | Chợ OCOP",
    description: "{{name}} by {{producer}} ({{province}}) on Chợ OCOP.",
  },
  api: {
    notFound: "No product with the slug “{{slug}}”.",
  },
} as const;

export default product;
