import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { Form, Link, useNavigation } from "@remix-run/react";
import { formatDate, formatNumber } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import { IMAGE_ACCEPT, PHOTOS_PER_PRODUCT, productSchema, SELLER_PRODUCT_STATUSES } from "~/modules/products/schemas";
import { FieldErrors, FormErrors, FormField, inputClass } from "./FormField";
import { sellerPath } from "./links";

type Group = { slug: string; nameVi: string; nameEn: string; categories: { slug: string; nameVi: string; nameEn: string }[] };
type Certificate = { id: string; decisionNumber: string; productName: string; stars: number; status: string; expiresAt: string };
type ExistingVariant = { id: string; onHand: number; reserved: number; hasOrders: boolean };
type ExistingImage = { id: string; alt: string; image: { src: string; srcSet: string; width: number; height: number } };

type ProductFormShape = z.input<typeof productSchema>;
/** Form values as the inputs hold them (strings); variants may carry their id. */
export type ProductFormDefaults = {
  name?: string;
  categorySlug?: string;
  description?: string;
  status?: string;
  certificateId?: string;
  variants?: { id?: string; label?: string; sku?: string; price?: string; weightGrams?: string; initialStock?: string }[];
};

export type ProductFormProps = {
  mode: "create" | "edit";
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue: ProductFormDefaults;
  groups: Group[];
  certificates: Certificate[];
  locale: string;
  portalQuery: string;
  disabled: boolean;
  /** Edit only. */
  product?: { status: string; hiddenReason: string | null; variants: ExistingVariant[]; images: ExistingImage[] };
};

export function ProductForm({ mode, lastResult, defaultValue, groups, certificates, locale, portalQuery, disabled, product }: ProductFormProps) {
  const { t } = useT("seller");
  const navigation = useNavigation();
  const [form, fields] = useForm<ProductFormShape, z.output<typeof productSchema>>({
    lastResult,
    constraint: getZodConstraint(productSchema),
    // Inputs hold strings; Conform's default-value type follows the schema's input types.
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: productSchema }),
  });
  const variants = fields.variants.getFieldList();
  const existing = new Map((product?.variants ?? []).map((v) => [v.id, v]));
  const hidden = product?.status === "HIDDEN";
  const submitting = navigation.state === "submitting" && navigation.formMethod === "POST";
  const label = (ref: { nameVi: string; nameEn: string }) => (locale === "en" ? ref.nameEn : ref.nameVi);
  const photoSlots = PHOTOS_PER_PRODUCT - (product?.images.length ?? 0);

  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset disabled={disabled} className="space-y-6">
        <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
          <h2 className="text-lg font-semibold">{t("productForm.basics")}</h2>
          <FormField id={fields.name.id} errorId={fields.name.errorId} label={t("productForm.name")} errors={fields.name.errors}>
            <input {...getInputProps(fields.name, { type: "text" })} className={inputClass} />
          </FormField>
          <FormField id={fields.categorySlug.id} errorId={fields.categorySlug.errorId} label={t("productForm.category")} hint={t("productForm.categoryHint")} errors={fields.categorySlug.errors}>
            <select {...getSelectProps(fields.categorySlug, { ariaDescribedBy: `${fields.categorySlug.id}-hint` })} className={inputClass}>
              <option value="">{t("productForm.chooseCategory")}</option>
              {groups.map((g) => (
                <optgroup key={g.slug} label={label(g)}>
                  {g.categories.map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {label(c)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </FormField>
          <FormField id={fields.description.id} errorId={fields.description.errorId} label={t("productForm.description")} hint={t("productForm.descriptionHint")} errors={fields.description.errors}>
            <textarea {...getTextareaProps(fields.description, { ariaDescribedBy: `${fields.description.id}-hint` })} rows={6} className={inputClass} />
          </FormField>
        </section>

        <section aria-labelledby="variants-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
          <div>
            <h2 id="variants-heading" className="text-lg font-semibold">
              {t("productForm.variants")}
            </h2>
            <p className="text-sm text-stone-600">{t("productForm.variantsHint")}</p>
          </div>
          <FieldErrors id={fields.variants.errorId} errors={fields.variants.errors} />
          <ol className="space-y-4">
            {variants.map((variant, index) => {
              const v = variant.getFieldset();
              const id = (v.id.value ?? v.id.initialValue) as string | undefined;
              const stock = id ? existing.get(id) : undefined;
              return (
                <li key={variant.key}>
                  <fieldset className="rounded-lg border border-stone-200 p-3">
                    <legend className="px-1 text-sm font-medium text-stone-800">{t("productForm.variantN", { n: index + 1 })}</legend>
                    {id ? <input {...getInputProps(v.id, { type: "hidden" })} /> : null}
                    <div className="grid gap-3 sm:grid-cols-2">
                      <FormField id={v.label.id} errorId={v.label.errorId} label={t("productForm.variantLabel")} errors={v.label.errors}>
                        <input {...getInputProps(v.label, { type: "text" })} placeholder={t("productForm.variantLabelPlaceholder")} className={inputClass} />
                      </FormField>
                      <FormField id={v.sku.id} errorId={v.sku.errorId} label={t("productForm.sku")} errors={v.sku.errors}>
                        <input {...getInputProps(v.sku, { type: "text" })} autoCapitalize="characters" spellCheck={false} placeholder="GAO-ST25-5KG" className={inputClass} />
                      </FormField>
                      <FormField id={v.price.id} errorId={v.price.errorId} label={t("productForm.price")} errors={v.price.errors}>
                        <input {...getInputProps(v.price, { type: "text" })} inputMode="numeric" placeholder="150.000" className={inputClass} />
                      </FormField>
                      <FormField id={v.weightGrams.id} errorId={v.weightGrams.errorId} label={t("productForm.weight")} errors={v.weightGrams.errors}>
                        <input {...getInputProps(v.weightGrams, { type: "number" })} min={1} step={1} inputMode="numeric" className={inputClass} />
                      </FormField>
                      {stock ? (
                        <p className="text-sm text-stone-700 sm:col-span-2">
                          {t("productForm.stockNow", { onHand: formatNumber(stock.onHand), reserved: formatNumber(stock.reserved) })}{" "}
                          <Link to={sellerPath(`/seller/inventory/${id}`, portalQuery)} className="font-medium text-brand-700 underline">
                            {t("productForm.adjustInInventory")}
                          </Link>
                        </p>
                      ) : (
                        <FormField id={v.initialStock.id} errorId={v.initialStock.errorId} label={t("productForm.initialStock")} hint={t("productForm.initialStockHint")} errors={v.initialStock.errors}>
                          <input {...getInputProps(v.initialStock, { type: "number", ariaDescribedBy: `${v.initialStock.id}-hint` })} min={0} step={1} inputMode="numeric" className={inputClass} />
                        </FormField>
                      )}
                    </div>
                    {variants.length > 1 && !stock?.hasOrders ? (
                      <button
                        {...form.remove.getButtonProps({ name: fields.variants.name, index })}
                        className="mt-3 text-sm font-medium text-red-700 underline"
                        aria-label={t("productForm.removeVariantN", { n: index + 1 })}
                      >
                        {t("productForm.removeVariant")}
                      </button>
                    ) : null}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button
            {...form.insert.getButtonProps({ name: fields.variants.name, defaultValue: { weightGrams: 500, initialStock: 0 } as never })}
            className="rounded-md border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-50"
          >
            {t("productForm.addVariant")}
          </button>
        </section>

        <section aria-labelledby="photos-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="photos-heading" className="text-lg font-semibold">
            {t("productForm.photos")}
          </h2>
          {product?.images.length ? (
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {product.images.map((img, i) => (
                <li key={img.id} className="space-y-1">
                  <img src={img.image.src} srcSet={img.image.srcSet} sizes="200px" width={img.image.width} height={img.image.height} alt={t("productForm.photoN", { n: i + 1 })} className="aspect-square w-full rounded-md object-cover" />
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name={fields.removeImages.name} value={img.id} />
                    {t("productForm.removePhoto", { n: i + 1 })}
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          <FormField
            id={fields.photos.id}
            errorId={fields.photos.errorId}
            label={t("productForm.addPhotos")}
            hint={t("productForm.photosHint", { max: PHOTOS_PER_PRODUCT, free: Math.max(0, photoSlots) })}
            errors={fields.photos.errors}
          >
            <input {...getInputProps(fields.photos, { type: "file", ariaDescribedBy: `${fields.photos.id}-hint` })} multiple accept={IMAGE_ACCEPT} className="mt-1 block w-full text-sm" />
          </FormField>
        </section>

        <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
          <h2 className="text-lg font-semibold">{t("productForm.publishing")}</h2>
          {hidden ? (
            <div role="note" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-medium">{t("productForm.hiddenTitle")}</p>
              <p className="mt-1">{t("products.hiddenReason", { reason: product?.hiddenReason ?? "" })}</p>
              <p className="mt-1">{t("productForm.hiddenText")}</p>
            </div>
          ) : (
            <fieldset>
              <legend className="block text-sm font-medium text-stone-800">{t("productForm.status")}</legend>
              <div className="mt-1 flex flex-wrap gap-3">
                {SELLER_PRODUCT_STATUSES.map((status) => (
                  <label key={status} className="flex items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm">
                    <input type="radio" name={fields.status.name} value={status} defaultChecked={(fields.status.initialValue ?? "DRAFT") === status} />
                    {t(`productStatus.${status}`)}
                  </label>
                ))}
              </div>
              <p className="mt-1 text-xs text-stone-500">{t("productForm.statusHint")}</p>
              <FieldErrors id={fields.status.errorId} errors={fields.status.errors} />
            </fieldset>
          )}
          <FormField id={fields.certificateId.id} errorId={fields.certificateId.errorId} label={t("productForm.certificate")} hint={t("productForm.certificateHint")} errors={fields.certificateId.errors}>
            <select {...getSelectProps(fields.certificateId, { ariaDescribedBy: `${fields.certificateId.id}-hint` })} className={inputClass}>
              <option value="">{t("productForm.noCertificate")}</option>
              {certificates.map((c) => (
                <option key={c.id} value={c.id}>
                  {t("productForm.certificateOption", { decision: c.decisionNumber, product: c.productName, stars: c.stars, status: t(`certificateStatus.${c.status}`), expires: formatDate(c.expiresAt) })}
                </option>
              ))}
            </select>
          </FormField>
          {certificates.length === 0 ? (
            <p className="text-sm text-stone-600">
              <Link to={sellerPath("/seller/certificates/new", portalQuery)} className="font-medium text-brand-700 underline">
                {t("productForm.addCertificateFirst")}
              </Link>
            </p>
          ) : null}
        </section>

        <button type="submit" disabled={submitting} className="w-full rounded-md bg-brand-600 px-4 py-3 font-medium text-white hover:bg-brand-700 disabled:opacity-70 sm:w-auto">
          {submitting ? t("productForm.saving") : mode === "create" ? t("productForm.create") : t("productForm.save")}
        </button>
      </fieldset>
    </Form>
  );
}
