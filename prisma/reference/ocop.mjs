// Reference data that goes in with migrations: the six OCOP groups and the
// categories under them. Slugs are ASCII Vietnamese and are what URLs, filters
// and the search index use (never the labels).
export const OCOP_GROUPS = [
  { slug: "thuc-pham", vi: "Thực phẩm", en: "Food" },
  { slug: "do-uong", vi: "Đồ uống", en: "Beverages" },
  { slug: "thao-duoc", vi: "Thảo dược", en: "Herbal products" },
  { slug: "vai-may-mac", vi: "Vải và may mặc", en: "Textiles and garments" },
  { slug: "luu-niem-noi-that-trang-tri", vi: "Lưu niệm, nội thất, trang trí", en: "Souvenirs, furniture and decoration" },
  { slug: "dich-vu-du-lich", vi: "Dịch vụ du lịch cộng đồng và điểm du lịch", en: "Community tourism services and destinations" },
];

export const CATEGORIES = [
  ["gao-ngu-coc", "thuc-pham", "Gạo và ngũ cốc", "Rice and grains"],
  ["nuoc-mam-gia-vi", "thuc-pham", "Nước mắm và gia vị", "Fish sauce and condiments"],
  ["banh-keo-mut", "thuc-pham", "Bánh kẹo và mứt", "Cakes, candies and jams"],
  ["trai-cay-nong-san-say", "thuc-pham", "Trái cây và nông sản sấy", "Dried fruit and produce"],
  ["thuy-hai-san-kho", "thuc-pham", "Thủy hải sản khô", "Dried seafood"],
  ["thit-che-bien", "thuc-pham", "Thịt chế biến", "Cured and processed meat"],
  ["mat-ong", "thuc-pham", "Mật ong và sản phẩm từ ong", "Honey and bee products"],
  ["tra", "do-uong", "Trà", "Tea"],
  ["ca-phe", "do-uong", "Cà phê", "Coffee"],
  ["ruou-dac-san", "do-uong", "Rượu đặc sản", "Speciality spirits"],
  ["nuoc-ep-giai-khat", "do-uong", "Nước ép và giải khát", "Juices and soft drinks"],
  ["duoc-lieu", "thao-duoc", "Dược liệu", "Medicinal herbs"],
  ["tinh-dau", "thao-duoc", "Tinh dầu", "Essential oils"],
  ["my-pham-thien-nhien", "thao-duoc", "Mỹ phẩm thiên nhiên", "Natural cosmetics"],
  ["to-lua", "vai-may-mac", "Tơ lụa", "Silk"],
  ["tho-cam", "vai-may-mac", "Thổ cẩm", "Brocade"],
  ["trang-phuc-phu-kien", "vai-may-mac", "Trang phục và phụ kiện", "Clothing and accessories"],
  ["may-tre-dan", "luu-niem-noi-that-trang-tri", "Mây tre đan", "Rattan and bamboo"],
  ["luc-binh", "luu-niem-noi-that-trang-tri", "Sản phẩm lục bình", "Water hyacinth crafts"],
  ["gom-su", "luu-niem-noi-that-trang-tri", "Gốm sứ", "Ceramics"],
  ["do-go-my-nghe", "luu-niem-noi-that-trang-tri", "Đồ gỗ mỹ nghệ", "Wood crafts"],
  ["tour-trai-nghiem", "dich-vu-du-lich", "Tour trải nghiệm", "Experience tours"],
  ["homestay", "dich-vu-du-lich", "Homestay và lưu trú", "Homestays"],
].map(([slug, group, vi, en], position) => ({ slug, group, vi, en, position }));

// Socio-economic regions; Mekong Delta first (the project's home).
export const REGIONS = [
  { slug: "dong-bang-song-cuu-long", vi: "Đồng bằng sông Cửu Long", en: "Mekong Delta", provinces: ["92", "96", "82", "91", "86"] },
  { slug: "dong-nam-bo", vi: "Đông Nam Bộ", en: "Southeast", provinces: ["79", "75", "80"] },
  { slug: "tay-nguyen", vi: "Tây Nguyên", en: "Central Highlands", provinces: ["66", "52", "68"] },
  { slug: "bac-trung-bo-duyen-hai-mien-trung", vi: "Bắc Trung Bộ và Duyên hải miền Trung", en: "North Central and Central Coast", provinces: ["38", "40", "42", "44", "46", "48", "51", "56"] },
  { slug: "dong-bang-song-hong", vi: "Đồng bằng sông Hồng", en: "Red River Delta", provinces: ["01", "31", "22", "24", "33", "37"] },
  { slug: "trung-du-mien-nui-phia-bac", vi: "Trung du và miền núi phía Bắc", en: "Northern Midlands and Mountains", provinces: ["19", "25", "15", "08", "20", "04", "14", "11", "12"] },
];
