// The demo catalogue: real kinds of OCOP products, each from a province that is
// known for it. Plain data; prisma/seed.ts builds the rows with the factories.
// Prices are integers in đồng (multiples of 1.000); variants are
// [label, price, on hand, weight in grams]. Dates are relative to the seed's
// base date so that certificates stay valid whenever the seed runs.
import type { CertificateStatus, ProductStatus } from "@prisma/client";

export type DemoVariant = [label: string, price: number, onHand: number, weightGrams: number];

export type DemoCertificate = {
  stars: 3 | 4 | 5;
  /** "1530/QĐ-UBND"; 5-star decisions come from the ministry. */
  decision: string;
  /** Issued this many months before the base date (default 14). */
  monthsAgo?: number;
  /** Issued so that the 36-month validity ends this many days after the base date. */
  expiresInDays?: number;
  /** Issued so that it expired this many days before the base date. */
  expiredDaysAgo?: number;
  status?: CertificateStatus;
  statusReason?: string;
  /** Defaults: the province's People's Committee, or the ministry for 5 stars. */
  authority?: string;
};

export type DemoProduct = {
  seller: string;
  name: string;
  /** What the generated picture says in large type. */
  shortName: string;
  category: string;
  description: string;
  variants: DemoVariant[];
  certificate?: DemoCertificate;
  status?: ProductStatus;
  hiddenReason?: string;
  /** How many pictures to draw (default: 3 for 5-star products, else 1–2). */
  images?: number;
};

const TOUR = 1; // services have no weight; the column needs a positive number

export const DEMO_PRODUCTS: DemoProduct[] = [
  // ───────────── Cần Thơ (Mỹ Xuyên, formerly Sóc Trăng) ─────────────
  {
    seller: "my-xuyen",
    name: "Gạo ST25 Mỹ Xuyên",
    shortName: "Gạo ST25",
    category: "gao-ngu-coc",
    description:
      "Gạo ST25 trồng trên ruộng lúa – tôm Mỹ Xuyên, hạt dài, trong, cơm dẻo và thơm mùi lá dứa. Lúa được gặt đúng độ chín, xay xát trong vòng một tháng trước khi đóng túi. Túi hút chân không giữ gạo thơm lâu, không dùng chất bảo quản.",
    variants: [
      ["Túi 2 kg", 98_000, 120, 2_050],
      ["Túi 5 kg", 235_000, 80, 5_100],
      ["Thùng 10 kg", 460_000, 25, 10_300],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "my-xuyen",
    name: "Gạo ST25 hữu cơ lúa – tôm",
    shortName: "Gạo ST25 hữu cơ",
    category: "gao-ngu-coc",
    description:
      "Gạo từ ruộng lúa – tôm được chứng nhận hữu cơ, lúa chỉ trồng một vụ trong mùa mưa khi đất đã rửa mặn. Không phân bón hóa học, không thuốc bảo vệ thực vật. Hạt gạo hơi ngà, cơm mềm, để nguội vẫn dẻo.",
    variants: [
      ["Túi 2 kg", 130_000, 60, 2_050],
      ["Túi 5 kg", 315_000, 30, 5_100],
    ],
    certificate: { stars: 4, decision: "1826/QĐ-UBND", monthsAgo: 18, authority: "UBND tỉnh Sóc Trăng" },
  },
  {
    seller: "my-xuyen",
    name: "Bánh pía sầu riêng trứng muối",
    shortName: "Bánh pía sầu riêng",
    category: "banh-keo-mut",
    description:
      "Bánh pía vỏ nhiều lớp mỏng, nhân đậu xanh, sầu riêng Ri6 và lòng đỏ trứng muối. Bánh nướng mỗi ngày tại lò của hợp tác xã và đóng hộp giấy kèm gói hút ẩm. Ngon nhất khi dùng với trà nóng.",
    variants: [
      ["Hộp 4 cái (400 g)", 85_000, 90, 450],
      ["Hộp 8 cái (800 g)", 160_000, 45, 880],
    ],
    certificate: { stars: 4, decision: "1826/QĐ-UBND", monthsAgo: 18, authority: "UBND tỉnh Sóc Trăng" },
  },
  {
    seller: "my-xuyen",
    name: "Bánh pía kim sa đậu xanh",
    shortName: "Bánh pía kim sa",
    category: "banh-keo-mut",
    description:
      "Bánh pía nhỏ với nhân kim sa chảy, vị béo của trứng muối hòa với đậu xanh bùi. Mỗi cái được bọc riêng, tiện làm quà. Bảo quản nơi khô mát, dùng trong 30 ngày.",
    variants: [["Hộp 4 cái (240 g)", 75_000, 60, 300]],
    certificate: { stars: 3, decision: "512/QĐ-UBND", monthsAgo: 8 },
  },
  {
    seller: "my-xuyen",
    name: "Lạp xưởng tươi Mỹ Xuyên",
    shortName: "Lạp xưởng Mỹ Xuyên",
    category: "thit-che-bien",
    description:
      "Lạp xưởng làm từ thịt heo nạc đùi và mỡ phần, ướp rượu mai quế lộ, phơi nắng hai ngày theo cách của người Hoa vùng Sóc Trăng. Khi chiên có vị ngọt, thơm, không quá béo. Bảo quản ngăn mát tủ lạnh.",
    variants: [
      ["Gói 500 g", 150_000, 40, 520],
      ["Gói 1 kg", 290_000, 4, 1_030],
    ],
    certificate: { stars: 4, decision: "118/QĐ-UBND", expiresInDays: 40, authority: "UBND tỉnh Sóc Trăng" },
  },
  {
    seller: "my-xuyen",
    name: "Kẹo pía Vũng Thơm",
    shortName: "Kẹo pía",
    category: "banh-keo-mut",
    description:
      "Kẹo pía làm từ sầu riêng, đậu xanh và mạch nha, dẻo và thơm, là món quà quen thuộc của đất Sóc Trăng. Kẹo được cắt miếng vừa ăn, gói giấy kính từng viên. Không phẩm màu, không hương liệu tổng hợp.",
    variants: [
      ["Gói 250 g", 45_000, 150, 270],
      ["Combo 3 gói", 125_000, 40, 800],
    ],
    certificate: { stars: 3, decision: "512/QĐ-UBND", monthsAgo: 8 },
  },
  {
    seller: "my-xuyen",
    name: "Bánh in nhân đậu xanh",
    shortName: "Bánh in",
    category: "banh-keo-mut",
    description: "Bánh in bột nếp rang, nhân đậu xanh sên đường, in khuôn gỗ hình hoa mai. Sản phẩm đang hoàn thiện nhãn mác trước khi mở bán.",
    variants: [["Hộp 6 cái (300 g)", 55_000, 0, 350]],
    status: "DRAFT",
  },
  {
    seller: "my-xuyen",
    name: "Tour một ngày làm nông dân lúa – tôm Mỹ Xuyên",
    shortName: "Tour lúa tôm",
    category: "tour-trai-nghiem",
    description:
      "Một ngày cùng nông dân Mỹ Xuyên: thả tôm, kéo lú bắt cá, cấy lúa và nấu bữa trưa bằng sản vật trên ruộng. Khách được tham quan xưởng xay gạo ST25 và làm bánh pía cùng thợ. Giá đã gồm bữa trưa, nước uống và hướng dẫn viên địa phương.",
    variants: [
      ["Người lớn", 450_000, 30, TOUR],
      ["Trẻ em 6–12 tuổi", 250_000, 20, TOUR],
    ],
    certificate: { stars: 3, decision: "512/QĐ-UBND", monthsAgo: 8 },
  },

  // ───────────── Cà Mau ─────────────
  {
    seller: "u-minh",
    name: "Mật ong hoa tràm U Minh Hạ",
    shortName: "Mật ong U Minh",
    category: "mat-ong",
    description:
      "Mật ong rừng lấy từ kèo ong trong rừng tràm U Minh Hạ, màu vàng sậm, vị ngọt thanh và thơm mùi hoa tràm. Mật không qua cô đặc, độ ẩm dưới 20%, có thể kết tinh tự nhiên khi trời lạnh. Mỗi chai ghi rõ mùa thu hoạch.",
    variants: [
      ["Chai 500 ml", 160_000, 70, 750],
      ["Chai 1 lít", 300_000, 35, 1_450],
      ["Combo 3 chai 500 ml", 450_000, 12, 2_250],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "u-minh",
    name: "Phấn hoa tràm U Minh",
    shortName: "Phấn hoa tràm",
    category: "mat-ong",
    description:
      "Phấn hoa do ong thợ mang về tổ trong mùa tràm nở, được sấy lạnh để giữ dưỡng chất. Có thể ăn trực tiếp, pha với mật ong hoặc sữa chua. Hũ thủy tinh kín, bảo quản ngăn mát.",
    variants: [["Hũ 250 g", 120_000, 30, 400]],
    certificate: { stars: 3, decision: "3345/QĐ-UBND", monthsAgo: 20 },
  },
  {
    seller: "u-minh",
    name: "Mật ong hoa tràm ngâm chanh",
    shortName: "Mật ong chanh",
    category: "mat-ong",
    description: "Chanh không hạt thái lát ngâm trong mật ong hoa tràm, dùng pha nước ấm mỗi sáng. Hũ nhỏ tiện mang theo.",
    variants: [["Hũ 350 ml", 95_000, 25, 550]],
  },
  {
    seller: "u-minh",
    name: "Khô cá lóc U Minh",
    shortName: "Khô cá lóc",
    category: "thuy-hai-san-kho",
    description:
      "Cá lóc đồng U Minh làm sạch, xẻ bướm, ướp muối nhạt rồi phơi nắng hai ngày. Khô dày thịt, nướng than hay chiên đều thơm, không mặn gắt. Hút chân không từng gói.",
    variants: [
      ["Gói 500 g", 210_000, 45, 520],
      ["Gói 1 kg", 400_000, 18, 1_030],
    ],
    certificate: { stars: 4, decision: "1530/QĐ-UBND", monthsAgo: 14 },
  },
  {
    seller: "u-minh",
    name: "Khô cá sặc rằn U Minh",
    shortName: "Khô cá sặc",
    category: "thuy-hai-san-kho",
    description: "Cá sặc rằn nuôi trong ruộng lúa, phơi khô một nắng, thịt ngọt và béo. Chiên giòn ăn với cơm trắng và dưa leo là món quen của người miền Tây.",
    variants: [["Gói 500 g", 160_000, 3, 520]],
    certificate: { stars: 3, decision: "2207/QĐ-UBND", expiresInDays: 25 },
  },
  {
    seller: "u-minh",
    name: "Tour khám phá rừng tràm U Minh Hạ",
    shortName: "Tour rừng tràm",
    category: "tour-trai-nghiem",
    description:
      "Đi xuồng máy vào rừng tràm, xem người gác kèo lấy mật ong và thử mật tươi ngay trong rừng. Buổi trưa ăn cá đồng nướng trui, lẩu mắm, rau rừng tại nhà vườn. Tour nửa ngày, khởi hành 7 giờ sáng.",
    variants: [
      ["Người lớn", 350_000, 40, TOUR],
      ["Trẻ em 6–12 tuổi", 200_000, 20, TOUR],
    ],
    certificate: { stars: 4, decision: "1530/QĐ-UBND", monthsAgo: 14 },
  },
  {
    seller: "nam-can",
    name: "Tôm khô Rạch Gốc",
    shortName: "Tôm khô Rạch Gốc",
    category: "thuy-hai-san-kho",
    description:
      "Tôm đất và tôm bạc nuôi dưới tán rừng đước, luộc chín, phơi nắng và đập vỏ thủ công theo cách làng Rạch Gốc. Tôm khô màu đỏ tự nhiên, thịt chắc, ngọt đậm, không phẩm màu. Dùng nấu canh, trộn gỏi hay ăn với củ kiệu ngày Tết.",
    variants: [
      ["Hộp 250 g", 320_000, 50, 300],
      ["Hộp 500 g", 620_000, 30, 560],
      ["Túi 1 kg", 1_200_000, 8, 1_050],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "nam-can",
    name: "Khô cá khoai Cà Mau",
    shortName: "Khô cá khoai",
    category: "thuy-hai-san-kho",
    description: "Cá khoai biển phơi khô, thịt mềm và ngọt, nướng lên xé nhỏ chấm tương ớt. Sản phẩm được đóng gói hút chân không, bảo quản ngăn mát.",
    variants: [["Gói 500 g", 185_000, 35, 520]],
    certificate: { stars: 3, decision: "2207/QĐ-UBND", monthsAgo: 26 },
  },
  {
    seller: "nam-can",
    name: "Ba khía muối Rạch Gốc",
    shortName: "Ba khía muối",
    category: "nuoc-mam-gia-vi",
    description:
      "Ba khía bắt ở bãi bồi rừng đước Ngọc Hiển, muối theo công thức truyền thống rồi ủ cho thấm. Khi ăn trộn tỏi, ớt, đường và chanh, ăn với cơm trắng. Hũ nhựa thực phẩm có nắp kín, giữ lạnh.",
    variants: [
      ["Hũ 500 g", 75_000, 60, 600],
      ["Combo 3 hũ", 210_000, 15, 1_800],
    ],
    certificate: { stars: 3, decision: "2207/QĐ-UBND", monthsAgo: 26 },
  },
  {
    seller: "nam-can",
    name: "Bánh phồng tôm Cà Mau",
    shortName: "Bánh phồng tôm",
    category: "banh-keo-mut",
    description:
      "Bánh phồng làm từ 40% tôm tươi xay với bột năng, cán mỏng và phơi nắng. Chiên dầu nóng bánh nở xốp, vị ngọt của tôm. Món ăn vặt và món quà quen thuộc của Cà Mau.",
    variants: [
      ["Hộp 200 g", 55_000, 100, 240],
      ["Hộp 500 g", 120_000, 50, 560],
    ],
    certificate: { stars: 4, decision: "1530/QĐ-UBND", monthsAgo: 14 },
  },
  {
    seller: "nam-can",
    name: "Khô cá đù một nắng",
    shortName: "Khô cá đù",
    category: "thuy-hai-san-kho",
    description: "Cá đù biển phơi một nắng, chiên giòn hoặc nướng. Sản phẩm tạm ẩn chờ cập nhật nhãn.",
    variants: [["Gói 500 g", 145_000, 20, 520]],
    status: "HIDDEN",
    hiddenReason: "Mô tả ghi “không chất bảo quản” nhưng nhãn in trên bao bì có chất bảo quản; ẩn đến khi người bán sửa mô tả.",
  },
  {
    seller: "song-doc",
    name: "Khô mực câu Sông Đốc",
    shortName: "Khô mực Sông Đốc",
    category: "thuy-hai-san-kho",
    description: "Mực ống câu đêm ở vùng biển Sông Đốc, phơi nắng trên giàn tre, thân dày và ngọt. Nướng than, xé nhỏ chấm tương ớt.",
    variants: [
      ["Gói 500 g", 650_000, 15, 520],
      ["Gói 1 kg", 1_250_000, 6, 1_030],
    ],
    certificate: { stars: 3, decision: "2207/QĐ-UBND", monthsAgo: 26 },
  },
  {
    seller: "song-doc",
    name: "Cá khô bổi Sông Đốc",
    shortName: "Cá khô bổi",
    category: "thuy-hai-san-kho",
    description: "Cá bổi nhỏ phơi khô nguyên con, chiên giòn ăn cả xương. Thích hợp làm món mặn trong bữa cơm gia đình.",
    variants: [["Gói 500 g", 90_000, 40, 520]],
  },

  // ───────────── Đồng Tháp ─────────────
  {
    seller: "sen-thap-muoi",
    name: "Trà tim sen Tháp Mười",
    shortName: "Trà tim sen",
    category: "tra",
    description:
      "Tim sen tách từ hạt sen tươi, sấy ở nhiệt độ thấp để giữ màu xanh và vị đắng nhẹ. Trà tim sen giúp dễ ngủ, thanh nhiệt, hợp uống buổi tối. Mỗi lần pha một nhúm nhỏ với nước sôi 90 độ.",
    variants: [
      ["Hộp 100 g", 85_000, 80, 180],
      ["Hộp 200 g", 160_000, 40, 330],
    ],
    certificate: { stars: 4, decision: "1207/QĐ-UBND", monthsAgo: 16 },
  },
  {
    seller: "sen-thap-muoi",
    name: "Hạt sen sấy giòn",
    shortName: "Hạt sen sấy",
    category: "trai-cay-nong-san-say",
    description:
      "Hạt sen già tách tim, sấy giòn không dầu, vị bùi và thơm. Món ăn vặt lành mạnh cho cả nhà, cũng dùng nấu chè sen. Túi zip giữ giòn sau khi mở.",
    variants: [
      ["Gói 200 g", 65_000, 120, 230],
      ["Hộp 500 g", 150_000, 35, 560],
    ],
    certificate: { stars: 4, decision: "1207/QĐ-UBND", monthsAgo: 16 },
  },
  {
    seller: "sen-thap-muoi",
    name: "Bột ngó sen nguyên chất",
    shortName: "Bột ngó sen",
    category: "trai-cay-nong-san-say",
    description:
      "Ngó sen trắng được xay, lọc và lắng lấy tinh bột, phơi khô tự nhiên. Pha với nước sôi thành chè sánh trong, vị thanh mát. Không đường, không phụ gia.",
    variants: [
      ["Hũ 250 g", 120_000, 45, 350],
      ["Hũ 500 g", 230_000, 20, 650],
    ],
    certificate: { stars: 4, decision: "1207/QĐ-UBND", monthsAgo: 16 },
  },
  {
    seller: "sen-thap-muoi",
    name: "Mứt hạt sen",
    shortName: "Mứt hạt sen",
    category: "banh-keo-mut",
    description: "Hạt sen tươi sên đường phèn đến khi trong, dẻo và thơm. Mứt ít ngọt, làm quà Tết hoặc dùng với trà. Sản phẩm theo mùa, hiện đã ngừng bán.",
    variants: [["Hộp 300 g", 70_000, 0, 350]],
    certificate: { stars: 3, decision: "845/QĐ-UBND", monthsAgo: 24 },
    status: "ARCHIVED",
  },
  {
    seller: "sen-thap-muoi",
    name: "Tour đồng sen Tháp Mười",
    shortName: "Tour đồng sen",
    category: "tour-trai-nghiem",
    description:
      "Chèo xuồng giữa đồng sen, hái sen, bóc hạt sen tươi và chụp ảnh với áo bà ba, nón lá. Bữa trưa có cá lóc nướng trui, gỏi ngó sen và cơm lá sen. Mùa sen đẹp nhất từ tháng 5 đến tháng 9.",
    variants: [
      ["Người lớn", 280_000, 50, TOUR],
      ["Trẻ em 6–12 tuổi", 150_000, 30, TOUR],
    ],
    certificate: { stars: 4, decision: "1207/QĐ-UBND", monthsAgo: 16 },
  },
  {
    seller: "sen-thap-muoi",
    name: "Homestay Đồng Sen Tháp Mười",
    shortName: "Homestay Đồng Sen",
    category: "homestay",
    description:
      "Nhà sàn gỗ giữa đồng sen, có quạt, màn và nhà tắm riêng. Sáng sớm ngắm sen nở, uống trà tim sen và ăn sáng cùng chủ nhà. Giá đã gồm bữa sáng.",
    variants: [
      ["Phòng đôi, 1 đêm", 600_000, 10, TOUR],
      ["Nhà sàn nhóm 6 người, 1 đêm", 1_500_000, 3, TOUR],
    ],
    certificate: { stars: 3, decision: "845/QĐ-UBND", monthsAgo: 24 },
  },
  {
    seller: "sen-thap-muoi",
    name: "Giỏ lục bình đan tay",
    shortName: "Giỏ lục bình",
    category: "luc-binh",
    description:
      "Lục bình vớt trên kênh rạch Tháp Mười, phơi khô và đan tay quanh khung sắt sơn tĩnh điện. Giỏ nhẹ, bền, dùng đựng đồ, quần áo hay làm chậu bọc cây. Thay thế đồ nhựa, thân thiện với môi trường.",
    variants: [
      ["Giỏ tròn 30 cm", 120_000, 35, 600],
      ["Bộ 3 giỏ lồng nhau", 320_000, 12, 1_800],
    ],
    certificate: { stars: 3, decision: "845/QĐ-UBND", monthsAgo: 24 },
  },
  {
    seller: "ca-linh",
    name: "Khô cá linh Hồng Ngự",
    shortName: "Khô cá linh",
    category: "thuy-hai-san-kho",
    description:
      "Cá linh non mùa nước nổi, làm sạch và phơi khô trong ngày, giữ màu bạc và vị ngọt. Chiên giòn hay kho tiêu đều ngon. Hàng có theo mùa, số lượng giới hạn.",
    variants: [
      ["Gói 500 g", 140_000, 2, 520],
      ["Gói 1 kg", 270_000, 0, 1_030],
    ],
    certificate: { stars: 3, decision: "845/QĐ-UBND", monthsAgo: 24 },
  },
  {
    seller: "ca-linh",
    name: "Cá linh kho mía đóng hũ",
    shortName: "Cá linh kho mía",
    category: "thuy-hai-san-kho",
    description: "Cá linh kho với nước mía và tiêu xanh đến khi xương mềm, đóng hũ thủy tinh tiệt trùng. Mở nắp là ăn được, tiện cho người ở xa quê.",
    variants: [
      ["Hũ 300 g", 95_000, 30, 500],
      ["Combo 2 hũ", 180_000, 10, 1_000],
    ],
  },
  {
    seller: "ca-linh",
    name: "Khô cá lóc đồng Tháp Mười",
    shortName: "Khô cá lóc đồng",
    category: "thuy-hai-san-kho",
    description: "Cá lóc đồng mùa nước nổi, phơi một nắng, ướp nhạt muối. Thịt dai và thơm, nướng rơm là ngon nhất.",
    variants: [["Gói 500 g", 195_000, 25, 520]],
    certificate: { stars: 3, decision: "845/QĐ-UBND", monthsAgo: 24 },
  },

  // ───────────── An Giang ─────────────
  {
    seller: "thot-not",
    name: "Đường thốt nốt Bảy Núi",
    shortName: "Đường thốt nốt",
    category: "nuoc-mam-gia-vi",
    description:
      "Nước thốt nốt hứng trong ống tre, nấu ngay trong ngày bằng chảo gang đến khi đặc lại. Đường có màu nâu vàng, thơm mùi khói bếp, ngọt thanh hơn đường mía. Dùng nấu chè, kho cá hay pha cà phê.",
    variants: [
      ["Túi 500 g", 65_000, 150, 520],
      ["Túi 1 kg", 120_000, 80, 1_030],
      ["Hũ đường cát 400 g", 70_000, 40, 500],
    ],
    certificate: { stars: 4, decision: "1784/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "thot-not",
    name: "Nước thốt nốt tươi đóng chai",
    shortName: "Nước thốt nốt",
    category: "nuoc-ep-giai-khat",
    description: "Nước thốt nốt tươi thanh trùng nhanh, giữ vị ngọt mát tự nhiên, không thêm đường. Uống lạnh ngon nhất, dùng trong 6 tháng.",
    variants: [
      ["Lốc 6 chai 330 ml", 90_000, 60, 2_300],
      ["Thùng 24 chai 330 ml", 330_000, 15, 9_000],
    ],
    certificate: { stars: 3, decision: "2961/QĐ-UBND", monthsAgo: 22 },
  },
  {
    seller: "thot-not",
    name: "Khô bò Bảy Núi",
    shortName: "Khô bò Bảy Núi",
    category: "thit-che-bien",
    description:
      "Thịt bò ướp đường thốt nốt, sả, ớt và gia vị, phơi nắng rồi nướng than. Miếng khô mềm, đậm vị, cay nhẹ. Đóng gói hút chân không, dùng trong 3 tháng.",
    variants: [
      ["Gói 250 g", 145_000, 55, 270],
      ["Gói 500 g", 280_000, 25, 520],
    ],
    certificate: { stars: 4, decision: "1784/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "thot-not",
    name: "Kẹo thốt nốt",
    shortName: "Kẹo thốt nốt",
    category: "banh-keo-mut",
    description: "Kẹo đường thốt nốt nấu với sữa và bơ, cắt viên vuông, mềm và thơm. Món quà nhỏ của vùng Bảy Núi.",
    variants: [["Hộp 300 g", 50_000, 70, 350]],
    certificate: { stars: 3, decision: "906/QĐ-UBND", expiredDaysAgo: 45 },
  },
  {
    seller: "chau-giang",
    name: "Khăn choàng thổ cẩm Châu Đốc",
    shortName: "Khăn choàng Châu Đốc",
    category: "tho-cam",
    description:
      "Khăn choàng dệt tay trên khung gỗ của người Chăm Châu Giang, sợi cotton mềm, hoa văn hình học truyền thống. Dùng làm khăn quàng, khăn choàng vai hoặc trang trí. Giặt tay bằng nước lạnh.",
    variants: [
      ["Khổ 60 × 180 cm", 280_000, 25, 250],
      ["Khổ 80 × 200 cm", 350_000, 12, 320],
    ],
    certificate: { stars: 4, decision: "1784/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "chau-giang",
    name: "Xà rông thổ cẩm Chăm",
    shortName: "Xà rông Chăm",
    category: "trang-phuc-phu-kien",
    description: "Xà rông dệt tay với hoa văn ô vuông đặc trưng của làng Chăm Châu Giang, mặc thoáng mát. Mỗi tấm dài khoảng 2 mét.",
    variants: [["Cỡ tiêu chuẩn", 420_000, 8, 400]],
    certificate: { stars: 3, decision: "2961/QĐ-UBND", monthsAgo: 22 },
  },
  {
    seller: "chau-giang",
    name: "Túi thổ cẩm Châu Giang",
    shortName: "Túi thổ cẩm",
    category: "trang-phuc-phu-kien",
    description: "Túi may từ vải thổ cẩm dệt tay, lót vải bố, có khóa kéo. Kiểu dáng gọn, hợp đi chơi và làm quà.",
    variants: [
      ["Túi đeo chéo", 190_000, 20, 250],
      ["Túi tote", 250_000, 15, 350],
    ],
    certificate: { stars: 3, decision: "2961/QĐ-UBND", monthsAgo: 22 },
  },
  {
    seller: "chau-giang",
    name: "Khăn rằn Nam Bộ",
    shortName: "Khăn rằn",
    category: "trang-phuc-phu-kien",
    description: "Khăn rằn ca rô đen trắng dệt bằng sợi bông, vật quen thuộc của người Nam Bộ. Dùng quấn cổ, che nắng hay làm quà lưu niệm.",
    variants: [
      ["Khăn 70 × 170 cm", 55_000, 100, 120],
      ["Combo 3 khăn", 150_000, 30, 360],
    ],
  },
  {
    seller: "mam-chau-doc",
    name: "Mắm cá linh Châu Đốc",
    shortName: "Mắm cá linh",
    category: "nuoc-mam-gia-vi",
    description:
      "Cá linh mùa nước nổi ướp muối và thính gạo rang, ủ trong khạp sành ba tháng. Mắm có màu vàng nâu, thơm và béo, dùng chưng thịt hay nấu lẩu mắm. Hũ thủy tinh đóng kín.",
    variants: [
      ["Hũ 500 g", 85_000, 60, 800],
      ["Hũ 1 kg", 160_000, 25, 1_450],
    ],
    certificate: { stars: 3, decision: "2961/QĐ-UBND", monthsAgo: 22 },
  },
  {
    seller: "mam-chau-doc",
    name: "Mắm thái đu đủ Châu Đốc",
    shortName: "Mắm thái",
    category: "nuoc-mam-gia-vi",
    description:
      "Mắm cá lóc lọc xương, thái sợi, trộn với đu đủ bào, thính, đường thốt nốt và ớt. Vị chua ngọt, cay nhẹ, ăn với thịt ba rọi luộc và rau sống. Bảo quản ngăn mát.",
    variants: [
      ["Hũ 500 g", 90_000, 70, 800],
      ["Hũ 1 kg", 170_000, 30, 1_450],
    ],
    certificate: { stars: 4, decision: "1784/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "mam-chau-doc",
    name: "Mắm cá lóc Châu Đốc",
    shortName: "Mắm cá lóc",
    category: "nuoc-mam-gia-vi",
    description: "Mắm cá lóc nguyên con ủ sáu tháng, thịt cá đỏ au, thơm. Chưng với thịt băm, trứng vịt hoặc nấu bún mắm.",
    variants: [["Hũ 500 g", 110_000, 40, 800]],
    certificate: { stars: 3, decision: "3108/QĐ-UBND", monthsAgo: 2, status: "PENDING" },
  },
  {
    seller: "phu-quoc",
    name: "Nước mắm cá cơm Phú Quốc 40 độ đạm",
    shortName: "Nước mắm Phú Quốc",
    category: "nuoc-mam-gia-vi",
    description:
      "Nước mắm nhĩ rút từ thùng gỗ bời lời sau 12 tháng ủ cá cơm than với muối. Độ đạm 40°N, màu cánh gián, vị mặn dịu và hậu ngọt sâu. Sản phẩm mang chỉ dẫn địa lý Phú Quốc.",
    variants: [
      ["Chai 500 ml", 95_000, 200, 850],
      ["Chai 750 ml", 135_000, 90, 1_200],
      ["Combo 3 chai 500 ml", 270_000, 40, 2_550],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "phu-quoc",
    name: "Nước mắm Phú Quốc 35 độ đạm",
    shortName: "Nước mắm 35 độ đạm",
    category: "nuoc-mam-gia-vi",
    description: "Nước mắm truyền thống 35°N dùng chấm và nêm nếm hằng ngày, vị hài hòa, không chất điều vị. Can 2 lít tiết kiệm cho gia đình.",
    variants: [
      ["Chai 500 ml", 65_000, 150, 850],
      ["Can 2 lít", 220_000, 40, 2_400],
    ],
    certificate: { stars: 4, decision: "1455/QĐ-UBND", monthsAgo: 20, authority: "UBND tỉnh Kiên Giang" },
  },
  {
    seller: "phu-quoc",
    name: "Tiêu đen Phú Quốc",
    shortName: "Tiêu Phú Quốc",
    category: "nuoc-mam-gia-vi",
    description: "Hạt tiêu trồng trên đất đỏ Phú Quốc, hái chín, phơi nắng, hạt chắc và cay thơm. Dùng xay ngay khi nấu để giữ mùi.",
    variants: [
      ["Hũ 100 g", 55_000, 120, 200],
      ["Túi 500 g", 210_000, 30, 520],
    ],
    certificate: { stars: 4, decision: "1455/QĐ-UBND", monthsAgo: 20, authority: "UBND tỉnh Kiên Giang" },
  },
  {
    seller: "phu-quoc",
    name: "Rượu sim Phú Quốc",
    shortName: "Rượu sim",
    category: "ruou-dac-san",
    description: "Rượu ngâm từ trái sim rừng chín tím, vị chua ngọt và chát nhẹ, nồng độ 14%. Sản phẩm dành cho người trên 18 tuổi.",
    variants: [
      ["Chai 500 ml", 150_000, 35, 900],
      ["Hộp 2 chai", 290_000, 10, 1_900],
    ],
    certificate: {
      stars: 3,
      decision: "688/QĐ-UBND",
      monthsAgo: 30,
      status: "REVOKED",
      statusReason: "UBND tỉnh thu hồi công nhận do cơ sở thay đổi công thức và nhãn không còn đúng hồ sơ đã đánh giá.",
      authority: "UBND tỉnh Kiên Giang",
    },
  },

  // ───────────── Vĩnh Long (with former Bến Tre and Trà Vinh) ─────────────
  {
    seller: "mang-thit",
    name: "Bình hoa gốm đỏ Mang Thít",
    shortName: "Bình gốm đỏ",
    category: "gom-su",
    description:
      "Bình hoa nặn từ đất sét phù sa sông Cổ Chiên, nung bằng trấu trong lò vòm truyền thống. Màu đỏ gạch tự nhiên, không tráng men, hợp cắm hoa khô và trang trí. Mỗi bình có vân lửa riêng.",
    variants: [
      ["Cao 25 cm", 180_000, 20, 1_800],
      ["Cao 40 cm", 320_000, 8, 3_500],
    ],
    certificate: { stars: 4, decision: "2389/QĐ-UBND", monthsAgo: 15 },
  },
  {
    seller: "mang-thit",
    name: "Chậu gốm đỏ trồng cây",
    shortName: "Chậu gốm đỏ",
    category: "gom-su",
    description: "Chậu gốm đỏ thoát nước tốt, giữ ẩm cho rễ cây, hợp trồng sen đá, xương rồng và cây cảnh nhỏ. Đóng gói chống vỡ từng chiếc.",
    variants: [
      ["Chậu 20 cm", 85_000, 40, 1_200],
      ["Chậu 35 cm", 190_000, 15, 3_800],
      ["Bộ 3 chậu", 350_000, 10, 6_000],
    ],
    certificate: { stars: 3, decision: "1162/QĐ-UBND", monthsAgo: 28 },
  },
  {
    seller: "mang-thit",
    name: "Bộ ấm chén gốm đỏ Mang Thít",
    shortName: "Ấm chén gốm đỏ",
    category: "gom-su",
    description: "Bộ ấm trà gốm đỏ mộc, giữ nhiệt tốt và làm trà dịu vị. Bộ gồm một ấm 400 ml và sáu chén, đựng trong hộp giấy có lót.",
    variants: [["Bộ 1 ấm 6 chén", 380_000, 12, 1_600]],
    certificate: { stars: 4, decision: "2389/QĐ-UBND", monthsAgo: 15 },
  },
  {
    seller: "mang-thit",
    name: "Heo đất gốm đỏ",
    shortName: "Heo đất",
    category: "gom-su",
    description: "Ống heo tiết kiệm bằng gốm đỏ Mang Thít, vẽ hoa bằng tay. Món quà vui cho trẻ nhỏ và dịp Tết, tập cho bé thói quen để dành.",
    variants: [
      ["Cỡ nhỏ", 45_000, 60, 500],
      ["Cỡ lớn", 120_000, 20, 1_500],
    ],
  },
  {
    seller: "mang-thit",
    name: "Tour vương quốc gốm đỏ Mang Thít",
    shortName: "Tour làng gốm",
    category: "tour-trai-nghiem",
    description:
      "Đi thuyền dọc sông Cổ Chiên ngắm hàng trăm lò gạch gốm, vào xưởng xem thợ nặn và tự tay làm một sản phẩm gốm mang về. Tour nửa ngày, có nước uống và trái cây theo mùa.",
    variants: [["Người lớn", 200_000, 40, TOUR]],
    certificate: { stars: 3, decision: "1162/QĐ-UBND", monthsAgo: 28 },
  },
  {
    seller: "binh-tan",
    name: "Khoai lang tím Nhật Bình Tân",
    shortName: "Khoai lang tím",
    category: "trai-cay-nong-san-say",
    description:
      "Khoai lang tím Nhật trồng trên đất cát giồng Bình Tân theo VietGAP, ruột tím đậm, bở và ngọt. Khoai được tuyển củ đều, rửa sạch đất và đóng thùng carton thoáng khí. Nướng, hấp hay làm bánh đều ngon.",
    variants: [
      ["Thùng 5 kg", 110_000, 60, 5_300],
      ["Thùng 10 kg", 210_000, 30, 10_500],
    ],
    certificate: { stars: 4, decision: "2389/QĐ-UBND", monthsAgo: 15 },
  },
  {
    seller: "binh-tan",
    name: "Khoai lang tím sấy dẻo",
    shortName: "Khoai lang sấy dẻo",
    category: "trai-cay-nong-san-say",
    description: "Khoai lang tím hấp chín, cắt thanh và sấy dẻo, không đường, không phẩm màu. Ăn vặt no lâu, hợp người ăn kiêng.",
    variants: [
      ["Gói 250 g", 55_000, 100, 280],
      ["Hộp 500 g", 100_000, 45, 560],
    ],
    certificate: { stars: 4, decision: "2389/QĐ-UBND", monthsAgo: 15 },
  },
  {
    seller: "binh-tan",
    name: "Bột khoai lang tím",
    shortName: "Bột khoai lang tím",
    category: "trai-cay-nong-san-say",
    description: "Bột khoai lang tím nguyên chất, xay từ khoai sấy khô, không pha bột năng. Dùng làm bánh, pha sữa hoặc tạo màu tím tự nhiên cho xôi, chè.",
    variants: [["Hũ 200 g", 75_000, 50, 300]],
    certificate: { stars: 3, decision: "1162/QĐ-UBND", monthsAgo: 28 },
  },
  {
    seller: "binh-tan",
    name: "Bánh khoai lang tím nhân đậu xanh",
    shortName: "Bánh khoai lang",
    category: "banh-keo-mut",
    description: "Bánh nướng vỏ khoai lang tím, nhân đậu xanh. Sản phẩm làm theo mùa, tạm ngừng bán.",
    variants: [["Hộp 10 cái", 65_000, 0, 450]],
    status: "ARCHIVED",
  },
  {
    seller: "cai-mon",
    name: "Tour trải nghiệm vườn trái cây Cái Mơn",
    shortName: "Tour vườn Cái Mơn",
    category: "tour-trai-nghiem",
    description:
      "Đi xuồng ba lá trên rạch Cái Mơn, ghé các nhà vườn hái chôm chôm, măng cụt, sầu riêng theo mùa và ăn tại vườn. Khách được xem làm kẹo dừa, nghe đờn ca tài tử và ăn trưa món miền Tây. Tour một ngày, đón tại bến đò Cái Mơn.",
    variants: [
      ["Người lớn", 320_000, 60, TOUR],
      ["Trẻ em 6–12 tuổi", 180_000, 30, TOUR],
      ["Nhóm 4 người", 1_100_000, 10, TOUR],
    ],
    certificate: { stars: 4, decision: "2389/QĐ-UBND", monthsAgo: 15 },
  },
  {
    seller: "cai-mon",
    name: "Homestay nhà vườn sầu riêng Cái Mơn",
    shortName: "Homestay Cái Mơn",
    category: "homestay",
    description: "Nghỉ trong nhà gỗ xưa giữa vườn sầu riêng, có phòng riêng, nhà tắm sạch và bữa sáng hủ tiếu. Buổi chiều đạp xe quanh cù lao, tối ăn cơm cùng gia đình chủ vườn.",
    variants: [
      ["Phòng đôi, 1 đêm", 550_000, 8, TOUR],
      ["Nhà gia đình 4 người, 1 đêm", 950_000, 4, TOUR],
    ],
    certificate: { stars: 3, decision: "3020/QĐ-UBND", monthsAgo: 30, authority: "UBND tỉnh Bến Tre" },
  },
  {
    seller: "cai-mon",
    name: "Kẹo dừa sầu riêng",
    shortName: "Kẹo dừa sầu riêng",
    category: "banh-keo-mut",
    description: "Kẹo dừa nấu từ nước cốt dừa tươi, mạch nha và cơm sầu riêng Cái Mơn, dẻo thơm, không chất bảo quản. Mỗi viên gói giấy gạo và giấy sáp.",
    variants: [
      ["Hộp 400 g", 45_000, 200, 450],
      ["Combo 5 hộp", 200_000, 40, 2_250],
    ],
    certificate: { stars: 4, decision: "2389/QĐ-UBND", monthsAgo: 15 },
  },
  {
    seller: "cai-mon",
    name: "Dầu dừa nguyên chất ép lạnh",
    shortName: "Dầu dừa ép lạnh",
    category: "my-pham-thien-nhien",
    description: "Dầu dừa ép lạnh từ cơm dừa khô, trong và thơm nhẹ. Dùng dưỡng tóc, dưỡng da hoặc tẩy trang. Chai thủy tinh có vòi nhỏ giọt.",
    variants: [
      ["Chai 250 ml", 85_000, 70, 400],
      ["Chai 500 ml", 150_000, 30, 750],
    ],
    certificate: { stars: 3, decision: "3020/QĐ-UBND", monthsAgo: 30, authority: "UBND tỉnh Bến Tre" },
  },
  {
    seller: "cau-ke",
    name: "Dừa sáp Cầu Kè",
    shortName: "Dừa sáp",
    category: "trai-cay-nong-san-say",
    description: "Trái dừa sáp chọn lọc, cơm dày, dẻo và béo. Ngon nhất khi nạo cơm dừa ăn với đá bào và sữa đặc.",
    variants: [["Trái", 120_000, 20, 1_500]],
    status: "DRAFT",
  },
  {
    seller: "cau-ke",
    name: "Kem dừa sáp",
    shortName: "Kem dừa sáp",
    category: "banh-keo-mut",
    description: "Kem làm từ cơm dừa sáp và nước cốt dừa, béo và thơm. Bảo quản ngăn đông, giao trong nội tỉnh.",
    variants: [["Hộp 500 ml", 85_000, 0, 600]],
    status: "DRAFT",
  },

  // ───────────── Lâm Đồng ─────────────
  {
    seller: "cau-dat",
    name: "Trà ô long Cầu Đất",
    shortName: "Trà ô long",
    category: "tra",
    description:
      "Chè ô long trồng ở độ cao 1.600 mét, hái một tôm hai lá, lên men nhẹ và vo viên. Nước trà vàng sáng, thơm mùi hoa, vị ngọt hậu. Mỗi lần pha 5 g trà với nước 95 độ, pha được 5–6 nước.",
    variants: [
      ["Hộp 100 g", 150_000, 60, 200],
      ["Hộp 250 g", 350_000, 30, 400],
    ],
    certificate: { stars: 4, decision: "1933/QĐ-UBND", monthsAgo: 11 },
  },
  {
    seller: "cau-dat",
    name: "Cà phê Arabica Cầu Đất rang mộc",
    shortName: "Arabica Cầu Đất",
    category: "ca-phe",
    description:
      "Cà phê Arabica chế biến ướt, rang mộc mức vừa để giữ vị chua thanh và hương trái cây. Không tẩm bơ, không hương liệu. Hợp pha phin, pour-over hay espresso; chọn xay sẵn hoặc nguyên hạt khi đặt hàng.",
    variants: [
      ["Gói 250 g", 120_000, 80, 270],
      ["Gói 500 g", 230_000, 45, 520],
      ["Túi 1 kg", 440_000, 15, 1_030],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "cau-dat",
    name: "Trà atiso Đà Lạt túi lọc",
    shortName: "Trà atiso",
    category: "duoc-lieu",
    description: "Thân, rễ và hoa atiso Lạc Dương sấy lạnh, đóng túi lọc tiện dụng. Trà có vị ngọt nhẹ, giúp mát gan, dễ tiêu.",
    variants: [
      ["Hộp 20 túi lọc", 55_000, 120, 120],
      ["Hộp 50 túi lọc", 120_000, 50, 260],
    ],
    certificate: { stars: 4, decision: "1933/QĐ-UBND", monthsAgo: 11 },
  },
  {
    seller: "cau-dat",
    name: "Cao atiso Đà Lạt",
    shortName: "Cao atiso",
    category: "duoc-lieu",
    description: "Cao đặc nấu từ bông và lá atiso tươi, màu đen bóng, vị đắng ngọt. Pha một thìa nhỏ với nước ấm, uống sau bữa ăn.",
    variants: [["Hũ 100 g", 110_000, 40, 200]],
    certificate: { stars: 3, decision: "604/QĐ-UBND", monthsAgo: 27 },
  },
  {
    seller: "cau-dat",
    name: "Mứt dâu tây Đà Lạt",
    shortName: "Mứt dâu tây",
    category: "banh-keo-mut",
    description: "Dâu tây Đà Lạt sên đường ít ngọt, giữ nguyên quả, dẻo và chua nhẹ. Hàng đã hết, đợt mới về sau mùa dâu.",
    variants: [["Hộp 300 g", 70_000, 0, 350]],
  },

  // ───────────── Đắk Lắk ─────────────
  {
    seller: "ea-tul",
    name: "Cà phê Robusta Buôn Ma Thuột rang xay",
    shortName: "Cà phê Buôn Ma Thuột",
    category: "ca-phe",
    description:
      "Robusta hái chín đỏ trên đất bazan Ea Tul, phơi giàn và rang mộc đậm. Nước cà phê sánh, đắng đậm, hậu ngọt và thơm mùi chocolate. Xay sẵn cho phin.",
    variants: [
      ["Gói 500 g", 130_000, 150, 520],
      ["Túi 1 kg", 250_000, 60, 1_030],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "ea-tul",
    name: "Cà phê hạt Robusta honey",
    shortName: "Robusta honey",
    category: "ca-phe",
    description: "Cà phê chế biến mật ong: giữ lớp nhớt quanh hạt khi phơi, cho vị ngọt và thể chất dày. Nguyên hạt, rang vừa, hợp máy espresso.",
    variants: [["Túi 500 g", 150_000, 40, 520]],
    certificate: { stars: 4, decision: "2168/QĐ-UBND", monthsAgo: 13 },
  },
  {
    seller: "ea-tul",
    name: "Cà phê phin giấy Ea Tul",
    shortName: "Cà phê phin giấy",
    category: "ca-phe",
    description: "Mỗi gói phin giấy chứa 12 g cà phê xay, treo lên ly và rót nước sôi là có ly cà phê thơm. Tiện mang đi làm, đi du lịch.",
    variants: [
      ["Hộp 10 gói", 75_000, 90, 180],
      ["Hộp 30 gói", 210_000, 25, 480],
    ],
    certificate: { stars: 3, decision: "731/QĐ-UBND", monthsAgo: 25 },
  },
  {
    seller: "ea-tul",
    name: "Hạt mắc ca Đắk Lắk sấy nứt vỏ",
    shortName: "Mắc ca Đắk Lắk",
    category: "trai-cay-nong-san-say",
    description: "Mắc ca trồng xen trong vườn cà phê, sấy nứt vỏ, kèm dụng cụ tách. Nhân béo, giòn và thơm, giàu chất béo tốt.",
    variants: [
      ["Hũ 500 g", 190_000, 50, 650],
      ["Túi 1 kg", 360_000, 20, 1_050],
    ],
    certificate: { stars: 4, decision: "2168/QĐ-UBND", monthsAgo: 13 },
  },

  // ───────────── Thái Nguyên ─────────────
  {
    seller: "tan-cuong",
    name: "Chè Tân Cương đặc biệt",
    shortName: "Chè Tân Cương",
    category: "tra",
    description:
      "Chè nõn tôm Tân Cương hái búp non một tôm một lá, sao tay trên chảo gang. Cánh chè nhỏ, xoăn, có lớp phấn trắng; nước xanh vàng, thơm cốm, vị chát dịu và ngọt hậu lâu.",
    variants: [
      ["Gói 200 g", 180_000, 70, 230],
      ["Hộp 500 g", 420_000, 30, 600],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "tan-cuong",
    name: "Chè búp Tân Cương",
    shortName: "Chè búp",
    category: "tra",
    description: "Chè búp một tôm hai lá, sao săn, hương thơm cốm đậm. Hợp uống hằng ngày và pha ấm lớn tiếp khách.",
    variants: [
      ["Gói 500 g", 200_000, 80, 520],
      ["Túi 1 kg", 380_000, 25, 1_030],
    ],
    certificate: { stars: 4, decision: "1520/QĐ-UBND", monthsAgo: 17 },
  },
  {
    seller: "tan-cuong",
    name: "Chè móc câu Tân Cương hộp quà",
    shortName: "Chè móc câu",
    category: "tra",
    description: "Chè móc câu cánh cong như lưỡi câu, đựng trong hai hũ sứ men lam và hộp gỗ sơn mài. Món quà biếu trang trọng dịp lễ Tết.",
    variants: [["Hộp quà 2 hũ 250 g", 480_000, 15, 1_400]],
    certificate: { stars: 4, decision: "1520/QĐ-UBND", monthsAgo: 17 },
  },

  // ───────────── Nghệ An ─────────────
  {
    seller: "anh-son",
    name: "Chè xanh búp khô Anh Sơn",
    shortName: "Chè xanh Anh Sơn",
    category: "tra",
    description: "Chè trồng trên đồi ven sông Lam, hái búp non và sao khô để giữ màu xanh. Nước chè vàng xanh, vị chát đậm rồi ngọt hậu, đúng kiểu chè xứ Nghệ.",
    variants: [
      ["Gói 200 g", 90_000, 60, 230],
      ["Gói 500 g", 210_000, 20, 520],
    ],
    certificate: { stars: 3, decision: "4012/QĐ-UBND", monthsAgo: 19 },
  },
  {
    seller: "anh-son",
    name: "Tương Nam Đàn",
    shortName: "Tương Nam Đàn",
    category: "nuoc-mam-gia-vi",
    description: "Tương làm từ đậu nành rang, xôi nếp ủ mốc và muối, phơi nắng trong chum sành ba tháng. Vị ngọt bùi, dùng chấm rau luộc, kho cá, om thịt.",
    variants: [
      ["Chai 500 ml", 40_000, 100, 650],
      ["Combo 3 chai", 110_000, 30, 1_950],
    ],
    certificate: { stars: 4, decision: "2290/QĐ-UBND", monthsAgo: 9 },
  },
  {
    seller: "anh-son",
    name: "Cam Vinh",
    shortName: "Cam Vinh",
    category: "trai-cay-nong-san-say",
    description: "Cam xã Đoài chín cây, vỏ mỏng, mọng nước, vị ngọt đậm. Hàng theo mùa từ tháng 10 đến tháng 2, giao trong 3 ngày sau khi hái.",
    variants: [
      ["Thùng 5 kg", 180_000, 40, 5_300],
      ["Thùng 10 kg", 340_000, 15, 10_500],
    ],
    certificate: { stars: 4, decision: "2290/QĐ-UBND", monthsAgo: 9 },
  },

  // ───────────── Lào Cai ─────────────
  {
    seller: "ta-van",
    name: "Khăn thổ cẩm Mông nhuộm chàm",
    shortName: "Khăn thổ cẩm Mông",
    category: "tho-cam",
    description:
      "Khăn dệt từ sợi lanh, nhuộm chàm nhiều lần cho màu xanh đậm và vẽ sáp ong trước khi nhuộm. Hoa văn xoắn ốc tượng trưng cho sự sinh sôi. Mỗi chiếc mất gần một tuần làm.",
    variants: [["Khăn 40 × 160 cm", 180_000, 20, 150]],
    certificate: { stars: 3, decision: "1677/QĐ-UBND", monthsAgo: 21 },
  },
  {
    seller: "ta-van",
    name: "Túi thổ cẩm Sa Pa",
    shortName: "Túi thổ cẩm Sa Pa",
    category: "trang-phuc-phu-kien",
    description: "Túi may từ vải thổ cẩm thêu tay của chị em Dao đỏ, màu sắc rực rỡ. Lót vải bố, quai đeo chắc chắn, có ngăn nhỏ bên trong.",
    variants: [
      ["Túi nhỏ", 220_000, 18, 200],
      ["Túi lớn", 320_000, 10, 350],
    ],
    certificate: { stars: 3, decision: "1677/QĐ-UBND", monthsAgo: 21 },
  },
  {
    seller: "ta-van",
    name: "Áo thổ cẩm Dao đỏ thêu tay",
    shortName: "Áo thổ cẩm Dao đỏ",
    category: "trang-phuc-phu-kien",
    description: "Áo vải chàm phối thêu tay hoa văn Dao đỏ ở cổ và tay áo. Dáng áo được may lại theo kiểu hiện đại để mặc hằng ngày.",
    variants: [
      ["Cỡ S", 650_000, 4, 400],
      ["Cỡ M", 650_000, 6, 420],
      ["Cỡ L", 650_000, 3, 440],
    ],
    certificate: { stars: 4, decision: "2455/QĐ-UBND", monthsAgo: 1, status: "PENDING" },
  },
  {
    seller: "bac-ha",
    name: "Rượu ngô Bản Phố",
    shortName: "Rượu ngô Bản Phố",
    category: "ruou-dac-san",
    description: "Rượu ngô men lá nấu theo cách của người Mông Bản Phố, trong, êm và thơm mùi ngô. Nồng độ 29%. Sản phẩm dành cho người trên 18 tuổi.",
    variants: [
      ["Chai 500 ml", 90_000, 60, 900],
      ["Can 2 lít", 280_000, 20, 2_300],
    ],
    certificate: { stars: 4, decision: "2455/QĐ-UBND", monthsAgo: 13 },
  },
  {
    seller: "bac-ha",
    name: "Rượu táo mèo Bắc Hà",
    shortName: "Rượu táo mèo",
    category: "ruou-dac-san",
    description: "Táo mèo rừng ngâm rượu ngô trong bình thủy tinh sáu tháng, màu hổ phách, vị chua chát nhẹ. Sản phẩm dành cho người trên 18 tuổi.",
    variants: [
      ["Chai 500 ml", 120_000, 45, 900],
      ["Bình 2 lít", 380_000, 10, 3_200],
    ],
    certificate: { stars: 3, decision: "1677/QĐ-UBND", monthsAgo: 21 },
  },
  {
    seller: "bac-ha",
    name: "Siro táo mèo",
    shortName: "Siro táo mèo",
    category: "nuoc-ep-giai-khat",
    description: "Táo mèo Bắc Hà ngâm đường phèn thành siro, không cồn. Pha với nước lạnh và đá, vị chua ngọt dễ uống.",
    variants: [["Chai 500 ml", 85_000, 35, 800]],
  },

  // ───────────── Hà Nội ─────────────
  {
    seller: "van-phuc",
    name: "Khăn lụa tơ tằm Vạn Phúc",
    shortName: "Khăn lụa Vạn Phúc",
    category: "to-lua",
    description:
      "Khăn dệt từ 100% tơ tằm, mặt lụa mềm, bóng nhẹ và mát. Hoa văn vân hoa chìm dệt trên khung, không in. Món quà nhẹ, sang và đậm chất Hà Nội.",
    variants: [
      ["Khăn vuông 90 cm", 350_000, 30, 100],
      ["Khăn dài 50 × 180 cm", 450_000, 20, 120],
    ],
    certificate: { stars: 4, decision: "5120/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "van-phuc",
    name: "Vải lụa tơ tằm Vạn Phúc theo mét",
    shortName: "Lụa tơ tằm",
    category: "to-lua",
    description: "Vải lụa vân hoa khổ 90 cm, nhiều màu, dùng may áo dài, áo sơ mi hay khăn. Cắt theo số mét bạn đặt.",
    variants: [
      ["1 mét", 280_000, 120, 100],
      ["3 mét", 800_000, 40, 300],
    ],
    certificate: { stars: 4, decision: "5120/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "van-phuc",
    name: "Cà vạt lụa tơ tằm",
    shortName: "Cà vạt lụa",
    category: "trang-phuc-phu-kien",
    description: "Cà vạt may từ lụa tơ tằm Vạn Phúc, bản 7 cm, đường may tay. Đựng trong hộp giấy, tiện làm quà.",
    variants: [["Hộp 1 chiếc", 250_000, 25, 120]],
    certificate: { stars: 3, decision: "3261/QĐ-UBND", monthsAgo: 23 },
  },
  {
    seller: "van-phuc",
    name: "Áo dài lụa Vạn Phúc may sẵn",
    shortName: "Áo dài lụa",
    category: "trang-phuc-phu-kien",
    description: "Áo dài lụa tơ tằm may sẵn theo số đo chuẩn, vải mềm, rủ và thoáng. Có thể đổi cỡ trong 7 ngày nếu chưa mặc.",
    variants: [
      ["Cỡ S", 1_500_000, 5, 350],
      ["Cỡ M", 1_500_000, 6, 370],
      ["Cỡ L", 1_500_000, 2, 390],
    ],
    certificate: { stars: 4, decision: "5120/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "bat-trang",
    name: "Bộ ấm chén men lam Bát Tràng",
    shortName: "Ấm chén men lam",
    category: "gom-su",
    description: "Bộ ấm chén vẽ tay men lam họa tiết sen, nung 1.250 độ, men bóng, an toàn khi dùng nước sôi. Đóng hộp xốp chống vỡ.",
    variants: [
      ["Bộ 1 ấm 6 chén", 450_000, 25, 1_500],
      ["Bộ 1 ấm 10 chén", 620_000, 12, 2_100],
    ],
    certificate: { stars: 4, decision: "5120/QĐ-UBND", monthsAgo: 12 },
  },
  {
    seller: "bat-trang",
    name: "Bình hút lộc men rạn đắp nổi",
    shortName: "Bình hút lộc",
    category: "gom-su",
    description:
      "Bình hút lộc dáng tròn, men rạn cổ, đắp nổi tích “Thuận buồm xuôi gió” do nghệ nhân làm tay. Món đồ phong thủy trang trọng cho phòng khách và văn phòng. Mỗi bình có chữ ký của nghệ nhân dưới đáy.",
    variants: [
      ["Cao 30 cm", 850_000, 8, 3_000],
      ["Cao 40 cm", 1_350_000, 4, 5_200],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "bat-trang",
    name: "Lọ hoa men hỏa biến",
    shortName: "Lọ hoa hỏa biến",
    category: "gom-su",
    description: "Lọ hoa men hỏa biến, màu men chảy tự nhiên trong lò nên không chiếc nào giống chiếc nào. Hợp cắm cành đào, cành mai ngày Tết.",
    variants: [["Cao 28 cm", 390_000, 10, 1_400]],
    certificate: { stars: 3, decision: "3261/QĐ-UBND", monthsAgo: 23 },
  },
  {
    seller: "bat-trang",
    name: "Bộ bát men kem Bát Tràng",
    shortName: "Bát men kem",
    category: "gom-su",
    description: "Bộ sáu bát ăn cơm men kem viền nâu, dáng thấp dễ cầm. Dùng được trong lò vi sóng và máy rửa bát.",
    variants: [["Bộ 6 bát", 320_000, 30, 1_800]],
  },

  // ───────────── Khánh Hòa ─────────────
  {
    seller: "yen-sao",
    name: "Yến sào tinh chế Hòn Nội",
    shortName: "Yến sào tinh chế",
    category: "duoc-lieu",
    description:
      "Tổ yến đảo Khánh Hòa được làm sạch lông hoàn toàn bằng tay, giữ nguyên sợi yến, không tẩy trắng. Chưng với đường phèn, táo đỏ hoặc hạt sen. Mỗi hộp có tem truy xuất nguồn gốc.",
    variants: [
      ["Hộp 20 g", 560_000, 30, 150],
      ["Hộp 50 g", 1_350_000, 12, 250],
    ],
    certificate: { stars: 5, decision: "2714/QĐ-BNNMT", monthsAgo: 10 },
  },
  {
    seller: "yen-sao",
    name: "Nước yến sào đóng lon",
    shortName: "Nước yến",
    category: "nuoc-ep-giai-khat",
    description: "Nước yến sào Khánh Hòa ít đường, uống lạnh ngon hơn. Lon 190 ml tiện mang theo.",
    variants: [
      ["Lốc 6 lon 190 ml", 120_000, 80, 1_300],
      ["Thùng 30 lon", 560_000, 20, 6_300],
    ],
    certificate: { stars: 4, decision: "1895/QĐ-UBND", monthsAgo: 16 },
  },
  {
    seller: "yen-sao",
    name: "Yến chưng đường phèn",
    shortName: "Yến chưng",
    category: "nuoc-ep-giai-khat",
    description: "Yến chưng sẵn với đường phèn trong hũ thủy tinh 70 ml, hàm lượng yến 15%. Dùng ngay, hợp người lớn tuổi và trẻ nhỏ.",
    variants: [["Hộp 6 hũ 70 ml", 330_000, 40, 900]],
    certificate: { stars: 4, decision: "1895/QĐ-UBND", monthsAgo: 16 },
  },

  // ───────────── Huế ─────────────
  {
    seller: "phong-dien-hue",
    name: "Tinh dầu tràm Huế nguyên chất",
    shortName: "Tinh dầu tràm",
    category: "tinh-dau",
    description:
      "Tinh dầu chưng cất từ lá tràm gió vùng cát Phong Điền, không pha trộn. Thoa ngực và gan bàn chân cho trẻ nhỏ giữ ấm, xua muỗi. Chai thủy tinh nắp nhỏ giọt chống đổ.",
    variants: [
      ["Chai 50 ml", 65_000, 150, 120],
      ["Chai 100 ml", 115_000, 90, 200],
      ["Combo 3 chai 100 ml", 320_000, 25, 600],
    ],
    certificate: { stars: 4, decision: "2301/QĐ-UBND", monthsAgo: 14 },
  },
  {
    seller: "phong-dien-hue",
    name: "Tinh dầu sả chanh",
    shortName: "Tinh dầu sả chanh",
    category: "tinh-dau",
    description: "Tinh dầu sả chanh chưng cất từ sả trồng trên cát Phong Điền, mùi thơm mát. Dùng xông phòng, pha nước lau nhà hoặc đuổi muỗi.",
    variants: [["Chai 50 ml", 60_000, 80, 120]],
    certificate: { stars: 3, decision: "1174/QĐ-UBND", monthsAgo: 26 },
  },
  {
    seller: "phong-dien-hue",
    name: "Dầu gội thảo dược bồ kết",
    shortName: "Dầu gội bồ kết",
    category: "my-pham-thien-nhien",
    description: "Dầu gội nấu từ bồ kết, hương nhu, vỏ bưởi và lá sả theo cách của bà, của mẹ. Tóc sạch, mềm và giảm gãy rụng sau vài tuần dùng.",
    variants: [["Chai 300 ml", 95_000, 50, 380]],
    certificate: { stars: 3, decision: "3077/QĐ-UBND", monthsAgo: 1, status: "PENDING" },
  },
  {
    seller: "phong-dien-hue",
    name: "Trà cung đình Huế",
    shortName: "Trà cung đình",
    category: "duoc-lieu",
    description: "Trà thảo mộc phối từ mười vị: cỏ ngọt, hoa cúc, la hán, táo đỏ, kỷ tử… theo bài trà dâng vua. Vị ngọt thanh, thơm, uống nóng hay lạnh đều được.",
    variants: [
      ["Hộp 20 túi lọc", 65_000, 100, 150],
      ["Túi 500 g", 150_000, 20, 520],
    ],
    certificate: { stars: 3, decision: "1174/QĐ-UBND", monthsAgo: 26 },
  },
];
