-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "underpaid_reminded_at" TIMESTAMP(3);

