// Shapes the catalog module hands to the UI (shared by server and browser code).
import type { SellerKind } from "@prisma/client";

/** Everything an <img> needs; URLs are built on the server (app/lib/images.server.ts). */
export type CardImage = { src: string; srcSet: string; width: number; height: number; alt: string };

export type ProductCardData = {
  id: string;
  slug: string;
  name: string;
  /** Lowest variant price, in đồng. */
  price: number;
  /** Variants have different prices: show "from". */
  priceVaries: boolean;
  /** Some variant has stock that is not reserved. */
  available: boolean;
  /** OCOP stars, only when the certificate is verified and not expired. */
  stars: number | null;
  seller: { name: string; slug: string };
  provinceName: string;
  image: CardImage | null;
};

export type SellerCardData = {
  slug: string;
  name: string;
  kind: SellerKind;
  provinceName: string;
  productCount: number;
  /** The first sentence or so of the story. */
  excerpt: string;
  logo: { src: string; srcSet: string } | null;
};

export type RegionShelf = { region: string; products: ProductCardData[] };

export type HomePageData = {
  featured: ProductCardData[];
  regions: RegionShelf[];
  newest: ProductCardData[];
  sellers: SellerCardData[];
};
