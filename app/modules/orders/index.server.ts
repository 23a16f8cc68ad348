// Public entry of the orders module: what a buyer sees of their orders, the
// buyer's cancellation and the expiry of unpaid orders. Orders are created by
// the checkout module (placeOrder); payments mark them paid.
export {
  getOrderForBuyer,
  listOrdersForBuyer,
  getOrderPaymentForBuyer,
  paymentMethodValue,
  type OrderView,
  type OrderSummaryView,
  type OrderPaymentView,
  type SellerOrderView,
  type OrderLineView,
  type OrderEventView,
  type RefundView,
  type PaymentMethodValue,
} from "./views.server";
export { cancelOrderByBuyer, BUYER_CANCEL_REASON, type CancelResult } from "./cancel.server";
export {
  confirmSellerOrder,
  markShipped,
  markDelivered,
  cancelSellerOrder,
  runFulfilmentIntent,
  listSellerOrders,
  getSellerOrderForSeller,
  CARRIERS,
  SELLER_ORDER_FILTERS,
  SELLER_ORDERS_PAGE_SIZE,
  type FulfilmentResult,
  type FulfilmentIntent,
  type SellerOrderFilter,
  type SellerOrderListRow,
  type SellerOrderDetail,
} from "./fulfilment.server";
export { expireUnpaidOrders, remindUnderpaidOrders, startOrderExpiryWorker, REFUND_REASON_UNDERPAID_EXPIRED } from "./expiry.server";
export {
  orderStatusValue,
  isOrderStatusValue,
  canBuyerCancel,
  ORDER_STATUS_VALUES,
  FULFILMENT_STARTED,
  OPEN_SELLER_ORDER_STATUSES,
  type OrderStatusValue,
} from "./status";
export { newOrderCode, findOrderCode, ORDER_CODE_PATTERN } from "./code";
export { searchOrdersForAdmin, getOrderForAdmin, findOrderIdByCode, ADMIN_ORDERS_PAGE_SIZE, type AdminOrderRow, type AdminOrderPage, type AdminOrderQuery, type AdminOrderDetail, type AdminTimelineEntry } from "./admin.server";
// Status values the routes render (re-exported so route files never import Prisma).
export type { OrderStatus } from "@prisma/client";
