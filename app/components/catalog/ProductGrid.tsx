import type { ProductCardData } from "~/modules/catalog/types";
import { ProductCard } from "./ProductCard";

/** A responsive grid of product cards: 2 columns at 360 px, 3 from 640 px, 4 from 1024 px. */
export function ProductGrid({ products, eagerCount = 0 }: { products: ProductCardData[]; eagerCount?: number }) {
  return (
    <ul role="list" className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} eager={i < eagerCount} />
        </li>
      ))}
    </ul>
  );
}
