// Small pieces every buyer email uses.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/** The order's page for the buyer, when APP_URL says where the site is. */
export function orderUrl(orderId: string): string | null {
  const base = process.env.APP_URL?.trim();
  return base ? `${base.replace(/\/+$/, "")}/account/orders/${orderId}` : null;
}
