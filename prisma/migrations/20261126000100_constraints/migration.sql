-- Database constraints that back the domain rules (Prisma's schema language has
-- no CHECK constraints or triggers, so they live here).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Stock: never negative, reserved never more than on hand.
ALTER TABLE product_variants
  ADD CONSTRAINT product_variants_on_hand_check CHECK (on_hand >= 0),
  ADD CONSTRAINT product_variants_reserved_check CHECK (reserved >= 0 AND reserved <= on_hand),
  ADD CONSTRAINT product_variants_price_check CHECK (price > 0),
  ADD CONSTRAINT product_variants_weight_check CHECK (weight_grams > 0),
  ADD CONSTRAINT product_variants_low_stock_check CHECK (low_stock_threshold >= 0),
  ADD CONSTRAINT product_variants_sku_check CHECK (length(btrim(sku)) > 0);

ALTER TABLE ocop_certificates
  ADD CONSTRAINT ocop_certificates_stars_check CHECK (stars BETWEEN 3 AND 5),
  ADD CONSTRAINT ocop_certificates_validity_check CHECK (expires_at > issued_at);

ALTER TABLE sellers
  ADD CONSTRAINT sellers_commission_check CHECK (commission_rate_bps IS NULL OR commission_rate_bps BETWEEN 0 AND 10000),
  ADD CONSTRAINT sellers_status_reason_check CHECK (status NOT IN ('REJECTED', 'SUSPENDED') OR length(btrim(coalesce(status_reason, ''))) > 0);

ALTER TABLE products
  ADD CONSTRAINT products_hidden_reason_check CHECK (status <> 'HIDDEN' OR length(btrim(coalesce(hidden_reason, ''))) > 0),
  ADD CONSTRAINT products_rating_check CHECK (rating_count >= 0 AND rating_sum >= 0 AND sales_count >= 0);

ALTER TABLE cart_lines
  ADD CONSTRAINT cart_lines_quantity_check CHECK (quantity > 0),
  ADD CONSTRAINT cart_lines_price_check CHECK (price_seen > 0);

ALTER TABLE orders
  ADD CONSTRAINT orders_amounts_check CHECK (subtotal > 0 AND shipping_total >= 0 AND total = subtotal + shipping_total),
  ADD CONSTRAINT orders_currency_check CHECK (currency = 'VND');

ALTER TABLE seller_orders
  ADD CONSTRAINT seller_orders_amounts_check CHECK (subtotal > 0 AND shipping_fee >= 0),
  ADD CONSTRAINT seller_orders_commission_check CHECK (commission_rate_bps BETWEEN 0 AND 10000);

ALTER TABLE order_lines
  ADD CONSTRAINT order_lines_amounts_check CHECK (quantity > 0 AND unit_price > 0 AND line_total = unit_price * quantity);

ALTER TABLE payments
  ADD CONSTRAINT payments_amount_check CHECK (amount > 0 AND amount_received >= 0),
  ADD CONSTRAINT payments_currency_check CHECK (currency = 'VND');

ALTER TABLE bank_transfers
  ADD CONSTRAINT bank_transfers_amount_check CHECK (amount > 0);

ALTER TABLE refunds
  ADD CONSTRAINT refunds_amount_check CHECK (amount > 0);

ALTER TABLE reviews
  ADD CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 5),
  ADD CONSTRAINT reviews_body_check CHECK (length(body) <= 2000),
  ADD CONSTRAINT reviews_photos_check CHECK (coalesce(array_length(photo_keys, 1), 0) <= 4);

ALTER TABLE payouts
  ADD CONSTRAINT payouts_amount_check CHECK (amount > 0);

ALTER TABLE seller_ledger_entries
  ADD CONSTRAINT seller_ledger_entries_sign_check CHECK (
    (type = 'SALE' AND amount >= 0 AND seller_order_id IS NOT NULL) OR
    (type = 'PAYOUT' AND amount < 0 AND payout_id IS NOT NULL) OR
    (type = 'ADJUSTMENT')
  );

ALTER TABLE inventory_movements
  ADD CONSTRAINT inventory_movements_nonzero_check CHECK (on_hand_delta <> 0 OR reserved_delta <> 0);

-- The audit log is append-only: no UPDATE or DELETE, from the app or anyone else.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Diacritic-blind, typo-tolerant fallback search when Meilisearch is down.
CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$ SELECT public.unaccent('public.unaccent', $1) $$;
CREATE INDEX products_name_trgm_idx ON products USING gin (lower(f_unaccent(name)) gin_trgm_ops);
