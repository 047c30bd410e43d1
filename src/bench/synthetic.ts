/**
 * Synthetic appendices for the benchmark: realistic Vietnamese task text, sections with declared counts,
 * repeated headers at "page breaks", ~5% defects and some near-duplicate pairs. Deterministic (seeded).
 */
import { createGrid, romanNumeral, type Grid, type LiteralCell } from "../core";

const VERBS = [
  "Triển khai",
  "Rà soát",
  "Xây dựng",
  "Đẩy mạnh",
  "Tổ chức",
  "Theo dõi, đôn đốc",
  "Nghiên cứu",
  "Hoàn thiện",
];
const OBJECTS = [
  "kho dữ liệu thủ tục hành chính tỉnh",
  "dịch vụ công trực tuyến toàn trình",
  "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
  "kết nối Cơ sở dữ liệu quốc gia về dân cư với hệ thống chuyên ngành",
  "tài khoản định danh điện tử mức độ 2 cho người dân",
  "chi trả an sinh xã hội không dùng tiền mặt",
  "an ninh, an toàn thông tin các hệ thống thông tin",
  "tuyên truyền các tiện ích của ứng dụng VNeID",
  "làm sạch dữ liệu hộ tịch, đất đai, nhà ở",
  "chuẩn hóa mẫu đơn, tờ khai theo dữ liệu gốc",
];
const QUALIFIERS = [
  "trên địa bàn tỉnh",
  "tại Bộ phận Một cửa các cấp",
  "theo Quyết định số 766/QĐ-TTg của Thủ tướng Chính phủ",
  "đảm bảo hiệu quả, đồng bộ",
  "phục vụ người dân, doanh nghiệp",
  "gắn với chuyển đổi số",
];
const LEADS = [
  "Công an tỉnh",
  "Văn phòng UBND tỉnh",
  "Sở Tư pháp",
  "Sở Y tế",
  "Sở Tài chính",
  "Sở Nội vụ",
  "Sở Khoa học và Công nghệ",
  "Sở Giáo dục và Đào tạo",
  "Bảo hiểm xã hội tỉnh",
  "Sở Lao động-Thương binh và Xã hội",
  "Sở Kế hoạch đầu tư",
  "Các sở, ban, ngành",
];
const CO_LEADS = [
  "Công an tỉnh, Văn phòng UBND tỉnh",
  "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
  "Sở Tư pháp; Sở Y tế",
  "UBND các xã, phường",
  "Sở Khoa học và Công nghệ",
];
const DELIVERABLES = ["Báo cáo kết quả thực hiện", "Kế hoạch triển khai", "Quyết định phê duyệt", "Văn bản hướng dẫn"];
const DEADLINES = [
  "Tháng 6/2024",
  "Quý III/2024",
  "Trong năm 2024",
  "Thực hiện thường xuyên",
  "Hàng tháng",
  "trước ngày 30/9/2024",
  "Theo lộ trình hướng dẫn của Bộ Công an",
  "Tháng 13/2024",
];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = [
  "STT",
  "Nội dung, nhiệm vụ cụ thể",
  "Đơn vị chủ trì",
  "Đơn vị phối hợp",
  "Kết quả sản phẩm",
  "Thời gian hoàn thành",
  "Tình trạng",
];

export function syntheticAppendix(tasks: number, seed = 2024): Grid {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const rows: LiteralCell[][] = [
    ["PHỤ LỤC"],
    ["DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2024"],
    ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh)"],
    HEADER,
  ];
  const merges: string[] = ["A1:G1", "A2:G2", "A3:G3"];
  const perSection = 40;
  let previous: LiteralCell[] | undefined;
  for (let i = 1; i <= tasks; i++) {
    if ((i - 1) % perSection === 0) {
      const left = Math.min(perSection, tasks - i + 1);
      const declared = rand() < 0.05 ? left + 1 : left;
      rows.push([
        `${romanNumeral(Math.floor((i - 1) / perSection) + 1)}. VỀ NHÓM NHIỆM VỤ SỐ ${Math.floor(i / perSection) + 1} (${String(declared).padStart(2, "0")} NHIỆM VỤ)`,
      ]);
      merges.push(`A${rows.length}:G${rows.length}`);
    }
    if (i % 25 === 0) rows.push([...HEADER]);
    let row: LiteralCell[];
    if (previous && rand() < 0.01) {
      // near-duplicate of the previous task: same lead, one word changed
      row = [...previous];
      row[1] = String(previous[1]).replace("trên địa bàn tỉnh", "trên toàn địa bàn tỉnh");
    } else {
      row = [
        i,
        `${pick(VERBS)} ${pick(OBJECTS)} ${pick(QUALIFIERS)} theo Kế hoạch số ${1000 + i}/KH-UBND`,
        pick(LEADS),
        pick(CO_LEADS),
        pick(DELIVERABLES),
        pick(DEADLINES),
        pick(["Hoàn thành", "Đang thực hiện", "", "Chưa thực hiện", "Đã hoàn thành"]),
      ];
    }
    row[0] = i;
    const defect = rand();
    if (defect < 0.015) row[4] = "";
    else if (defect < 0.025) row[3] = "";
    else if (defect < 0.035) row[5] = "";
    else if (defect < 0.04) row[2] = "";
    else if (defect < 0.045) row[1] = `<p>${String(row[1])}</p>`;
    else if (defect < 0.05) row[5] = { error: "#REF!" };
    rows.push(row);
    previous = row;
  }
  return createGrid({ sheet: "Phụ lục", rows, merges });
}
