-- Storefront shelves (catalog listProductCards / regionShelves) pick the page of
-- product ids on products' own columns before building any card. Partial indexes on
-- the ACTIVE products in the shelves' orders let PostgreSQL walk them and stop at
-- the LIMIT (checked with EXPLAIN ANALYZE on the 10,091-product bench database;
-- bench/README.md). Expression and partial indexes cannot be written in
-- schema.prisma, so they live here like the trigram index of 20261126000100.

-- "newest": coalesce(published_at, created_at) DESC, id
CREATE INDEX products_active_newest_idx ON products ((coalesce(published_at, created_at)) DESC, id) WHERE status = 'ACTIVE';

-- "popular": sales_count DESC, stars DESC NULLS LAST, coalesce(published_at, created_at) DESC, id
-- (stars come from the certificate; an incremental sort finishes the order).
CREATE INDEX products_active_popular_idx ON products (sales_count DESC, (coalesce(published_at, created_at)) DESC, id) WHERE status = 'ACTIVE';

-- Related products on the product page: one category, best sellers first.
CREATE INDEX products_active_category_popular_idx ON products (category_id, sales_count DESC) WHERE status = 'ACTIVE';

-- The 5-star shelf starts from the few certified products (and un-linking a deleted
-- certificate, ON DELETE SET NULL, no longer scans every product). Partial, like the
-- others, so `prisma migrate diff` leaves it alone (a plain index missing from
-- schema.prisma would be dropped by the next generated migration).
CREATE INDEX products_certificate_id_idx ON products (certificate_id) WHERE certificate_id IS NOT NULL;
