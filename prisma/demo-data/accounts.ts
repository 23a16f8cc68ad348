// Demo logins (all with the password DEFAULT_PASSWORD = "ocop-demo-2026").
// Seller owners are listed with their sellers in sellers.ts.
import type { UserRole } from "@prisma/client";

export type DemoAccount = {
  email: string;
  name: string;
  role: UserRole;
  /** A saved delivery address, for checkout demos. */
  address?: { fullName: string; phone: string; provinceCode: string; wardCode: string; addressLine: string };
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@example.com", name: "Quản trị viên", role: "ADMIN" },
  {
    email: "shopper@example.com",
    name: "Nguyễn Thị Lan",
    role: "SHOPPER",
    address: { fullName: "Nguyễn Thị Lan", phone: "0912345678", provinceCode: "92", wardCode: "31135", addressLine: "Số 126 đường 30 Tháng 4" },
  },
  {
    email: "khoa.tran@example.com",
    name: "Trần Minh Khoa",
    role: "SHOPPER",
    address: { fullName: "Trần Minh Khoa", phone: "0987654321", provinceCode: "79", wardCode: "26743", addressLine: "Số 34 đường Lê Thánh Tôn" },
  },
  {
    email: "yen.le@example.com",
    name: "Lê Hoàng Yến",
    role: "SHOPPER",
    address: { fullName: "Lê Hoàng Yến", phone: "0935112233", provinceCode: "01", wardCode: "00070", addressLine: "Số 15 phố Hàng Bài" },
  },
];
