-- CreateTable
CREATE TABLE "review_helpful_votes" (
    "id" BIGSERIAL NOT NULL,
    "review_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_helpful_votes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "review_helpful_votes_user_id_idx" ON "review_helpful_votes"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_helpful_votes_review_id_user_id_key" ON "review_helpful_votes"("review_id", "user_id");

-- AddForeignKey
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rules the reviews module keeps (docs/decisions/0019-reviews.md): the counter never goes below
-- zero, and a hidden review always says why (its author sees the reason).
ALTER TABLE reviews
  ADD CONSTRAINT reviews_helpful_count_check CHECK (helpful_count >= 0),
  ADD CONSTRAINT reviews_hidden_reason_check CHECK (status <> 'HIDDEN' OR coalesce(trim(hidden_reason), '') <> '');
