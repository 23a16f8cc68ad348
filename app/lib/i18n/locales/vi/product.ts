// Vietnamese: the product page and the product API.
const product = {
  breadcrumb: "Đường dẫn",
  home: "Trang chủ",
  gallery: {
    label: "Ảnh sản phẩm",
    thumbnails: "Chọn ảnh để xem",
    show: "Xem ảnh {{n}} trên {{total}}",
    noImage: "Chưa có ảnh",
  },
  price: "Giá",
  availability: {
    inStock: "Còn hàng",
    outOfStock: "Hết hàng",
    only_one: "Chỉ còn {{count}}",
    only_other: "Chỉ còn {{count}}",
  },
  variants: {
    legend: "Phân loại",
    choose: "Xem phân loại đã chọn",
    soldOut: "Hết hàng",
    chooseFirst: "Chọn phân loại trước khi thêm vào giỏ hàng.",
  },
  quantity: "Số lượng",
  quantityHint_one: "Tối đa {{count}}",
  quantityHint_other: "Tối đa {{count}}",
  addToCart: "Thêm vào giỏ hàng",
  soldOut: "Tạm hết hàng",
  certificate: {
    title: "Chứng nhận OCOP",
    verified: "Chứng nhận OCOP đã xác minh",
    pending: "Đang chờ xác minh",
    expired: "Đã hết hạn",
    revoked: "Đã bị thu hồi",
    notVerifiedNote: "Chợ OCOP chỉ hiển thị huy hiệu OCOP khi quản trị viên đã đối chiếu quyết định công nhận và giấy chứng nhận còn hiệu lực.",
    stars: "Hạng",
    starsValue_one: "{{count}} sao",
    starsValue_other: "{{count}} sao",
    group: "Nhóm sản phẩm",
    decision: "Quyết định công nhận",
    authority: "Cơ quan cấp",
    issuedAt: "Ngày cấp",
    validity: "Hiệu lực",
    validUntil: "Hiệu lực đến {{date}}",
    none: "Sản phẩm này chưa có giấy chứng nhận OCOP.",
  },
  producer: {
    title: "Nhà sản xuất",
    visit: "Xem gian hàng",
  },
  description: {
    title: "Mô tả sản phẩm",
    empty: "Người bán chưa viết mô tả cho sản phẩm này.",
  },
  reviews: {
    title: "Đánh giá sản phẩm",
    none: "Chưa có đánh giá",
    noneHint: "Đánh giá được viết bởi người mua đã nhận hàng.",
    count_one: "{{count}} đánh giá",
    count_other: "{{count}} đánh giá",
    outOf: "{{average}} trên 5 sao",
    distribution: "Phân bố số sao",
    row_one: "{{stars}} sao: {{count}} đánh giá",
    row_other: "{{stars}} sao: {{count}} đánh giá",
  },
  related: {
    title: "Sản phẩm liên quan",
  },
  meta: {
    title: "{{name}} | Chợ OCOP",
    description: "{{name}} của {{producer}} ({{province}}) trên Chợ OCOP.",
  },
  api: {
    notFound: "Không tìm thấy sản phẩm “{{slug}}”.",
  },
} as const;

export default product;
