// The payout bank account's three fields (bank, account number, holder name), as the
// seller application (/sell) and the shop settings (/seller/settings) ask for them.
import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { BANKS } from "~/data/banks";
import { useT } from "~/lib/i18n/react";
import { FormField, inputClass } from "./FormField";

type BankField = FieldMetadata<string | undefined>;

export function BankAccountFields({ bankBin, bankAccountNo, bankAccountName }: { bankBin: BankField; bankAccountNo: BankField; bankAccountName: BankField }) {
  const { t } = useT("seller");
  return (
    <>
      <FormField id={bankBin.id} errorId={bankBin.errorId} label={t("apply.bank")} errors={bankBin.errors} className="sm:col-span-2">
        <select {...getSelectProps(bankBin)} className={inputClass}>
          <option value="">{t("apply.chooseBank")}</option>
          {BANKS.map((b) => (
            <option key={b.bin} value={b.bin}>
              {b.shortName} — {b.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={bankAccountNo.id} errorId={bankAccountNo.errorId} label={t("apply.bankAccountNo")} errors={bankAccountNo.errors}>
        <input {...getInputProps(bankAccountNo, { type: "text" })} inputMode="numeric" autoComplete="off" className={inputClass} />
      </FormField>
      <FormField id={bankAccountName.id} errorId={bankAccountName.errorId} label={t("apply.bankAccountName")} hint={t("apply.bankAccountNameHint")} errors={bankAccountName.errors}>
        <input {...getInputProps(bankAccountName, { type: "text", ariaDescribedBy: `${bankAccountName.id}-hint` })} autoCapitalize="characters" autoComplete="off" className={inputClass} />
      </FormField>
    </>
  );
}
