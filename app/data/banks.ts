// Banks that receive NAPAS 247 transfers through VietQR: the 6-digit BIN
// (NAPAS acquirer id, the "bank" in a VietQR payload), the SBV short code and
// the names shoppers and sellers recognise. Used by the VietQR payment page and
// the seller application form (payout account). BINs as published by NAPAS /
// the State Bank (the same table the `vietnam-qr-pay` package ships).
export type Bank = {
  bin: string;
  /** Short code used by banks and aggregators, e.g. "VCB". */
  code: string;
  /** The name people use: "Vietcombank". */
  shortName: string;
  /** Full legal name in Vietnamese. */
  name: string;
};

export const BANKS: readonly Bank[] = [
  { bin: "970436", code: "VCB", shortName: "Vietcombank", name: "Ngân hàng TMCP Ngoại thương Việt Nam" },
  { bin: "970415", code: "CTG", shortName: "VietinBank", name: "Ngân hàng TMCP Công thương Việt Nam" },
  { bin: "970418", code: "BIDV", shortName: "BIDV", name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam" },
  { bin: "970405", code: "VBA", shortName: "Agribank", name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" },
  { bin: "970407", code: "TCB", shortName: "Techcombank", name: "Ngân hàng TMCP Kỹ thương Việt Nam" },
  { bin: "970422", code: "MB", shortName: "MB", name: "Ngân hàng TMCP Quân đội" },
  { bin: "970416", code: "ACB", shortName: "ACB", name: "Ngân hàng TMCP Á Châu" },
  { bin: "970432", code: "VPB", shortName: "VPBank", name: "Ngân hàng TMCP Việt Nam Thịnh Vượng" },
  { bin: "970403", code: "STB", shortName: "Sacombank", name: "Ngân hàng TMCP Sài Gòn Thương Tín" },
  { bin: "970423", code: "TPB", shortName: "TPBank", name: "Ngân hàng TMCP Tiên Phong" },
  { bin: "970446", code: "COOPBANK", shortName: "Co-opBank", name: "Ngân hàng Hợp tác xã Việt Nam" },
  { bin: "970449", code: "LPB", shortName: "LPBank", name: "Ngân hàng TMCP Lộc Phát Việt Nam" },
  { bin: "970443", code: "SHB", shortName: "SHB", name: "Ngân hàng TMCP Sài Gòn – Hà Nội" },
  { bin: "970437", code: "HDB", shortName: "HDBank", name: "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh" },
  { bin: "970441", code: "VIB", shortName: "VIB", name: "Ngân hàng TMCP Quốc tế Việt Nam" },
  { bin: "970426", code: "MSB", shortName: "MSB", name: "Ngân hàng TMCP Hàng Hải Việt Nam" },
  { bin: "970440", code: "SSB", shortName: "SeABank", name: "Ngân hàng TMCP Đông Nam Á" },
  { bin: "970448", code: "OCB", shortName: "OCB", name: "Ngân hàng TMCP Phương Đông" },
  { bin: "970431", code: "EIB", shortName: "Eximbank", name: "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam" },
  { bin: "970428", code: "NAB", shortName: "Nam A Bank", name: "Ngân hàng TMCP Nam Á" },
  { bin: "970452", code: "KLB", shortName: "KienlongBank", name: "Ngân hàng TMCP Kiên Long" },
  { bin: "970409", code: "BAB", shortName: "Bac A Bank", name: "Ngân hàng TMCP Bắc Á" },
  { bin: "970454", code: "BVB", shortName: "BVBank", name: "Ngân hàng TMCP Bản Việt" },
  { bin: "970412", code: "PVCB", shortName: "PVcomBank", name: "Ngân hàng TMCP Đại Chúng Việt Nam" },
  { bin: "970429", code: "SCB", shortName: "SCB", name: "Ngân hàng TMCP Sài Gòn" },
  { bin: "970400", code: "SGB", shortName: "Saigonbank", name: "Ngân hàng TMCP Sài Gòn Công Thương" },
  { bin: "970425", code: "ABB", shortName: "ABBank", name: "Ngân hàng TMCP An Bình" },
  { bin: "970427", code: "VAB", shortName: "VietABank", name: "Ngân hàng TMCP Việt Á" },
  { bin: "970433", code: "VBB", shortName: "Vietbank", name: "Ngân hàng TMCP Việt Nam Thương Tín" },
  { bin: "970438", code: "BVBANK", shortName: "BaoViet Bank", name: "Ngân hàng TMCP Bảo Việt" },
];

const byBin = new Map(BANKS.map((bank) => [bank.bin, bank]));

export function bankByBin(bin: string): Bank | undefined {
  return byBin.get(bin);
}

/** True for a 6-digit BIN in the list (the seller form's and the config's check). */
export function isKnownBankBin(bin: string): boolean {
  return byBin.has(bin);
}
