/** Command-line strings, Vietnamese first. */
import { formatMessage, type Lang, type Localized } from "../core";

import { COLUMN_TERMS, INDICATOR_TERMS as I, SEVERITY_TERMS as S, SHEET_TERMS, TERMS } from "../i18n/glossary";

const CLI = {
  usage: {
    vi: `Cách dùng: ro-viec check TỆP.xlsx|TỆP.docx|TỆP.txt [tùy chọn]

Kiểm tra phụ lục nhiệm vụ trong một tệp Excel hoặc Word (bảng phụ lục, hoặc danh sách nhiệm vụ phân công cho
từng cơ quan viết thành văn) và báo mọi chỗ thiếu hoặc không thống nhất.

Nhập từ Word hoặc văn bản: ro-viec import TỆP.docx|TỆP.txt --out TỆP.xlsx
  ghi bảng phụ lục (từ bảng trong tệp Word, hoặc từ danh sách nhiệm vụ viết thành văn) thành một trang tính
  có định dạng, sẵn sàng để kiểm tra và theo dõi.

Tùy chọn:
  --sheet TÊN             trang tính cần kiểm tra (mặc định: trang tính có phụ lục)
  --plan-period KỲ        kỳ kế hoạch: 2024 hoặc 2026-2030 (mặc định: theo tiêu đề)
  --as-of YYYY-MM-DD      ngày tính tiến độ (thêm bảng hoàn thành theo cơ quan)
  --json                  in báo cáo dạng JSON
  --out TỆP.xlsx          ghi bản sao có đánh dấu (không sửa tệp gốc)
  --lang vi|en            ngôn ngữ (mặc định: vi)
  --verbose               thêm chi tiết kỹ thuật vào thông báo lỗi
  --agencies TỆP.json     danh mục cơ quan bổ sung của người dùng
  --show-accepted         liệt kê cả các phát hiện đã chấp nhận (lưu trong tệp), kèm lý do
  --dropdowns             thêm danh sách chọn (cơ quan, tình trạng, ngày) vào bảng của bản sao --out
  -h, --help              hướng dẫn này
  -v, --version           phiên bản

Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không kiểm tra được.`,
    en: `Usage: ro-viec check FILE.xlsx|FILE.docx|FILE.txt [options]

Checks the task appendix in an Excel or Word file (an appendix table, or a list of tasks assigned agency by agency
written as prose) and reports every missing or inconsistent entry.

Import from Word or text: ro-viec import FILE.docx|FILE.txt --out FILE.xlsx
  writes the appendix (from a Word table, or from a task list written as prose) as a formatted sheet, ready to
  check and track.

Options:
  --sheet NAME            sheet to check (default: the sheet holding an appendix)
  --plan-period PERIOD    plan period: 2024 or 2026-2030 (default: from the title)
  --as-of YYYY-MM-DD      date for progress figures (adds completion per agency)
  --json                  print the report as JSON
  --out FILE.xlsx         write an annotated copy (the input file is never changed)
  --lang vi|en            language (default: vi)
  --verbose               add the technical detail to error messages
  --agencies FILE.json    the user's own agency directory additions
  --show-accepted         also list the findings accepted in the file, with their reasons
  --dropdowns             add dropdown lists (agencies, status, dates) to the table of the --out copy
  -h, --help              this help
  -v, --version           version

Exit codes: 0 no errors, 1 errors found, 2 the input cannot be checked.`,
  },
  "unknown-command": {
    vi: "Lệnh “{{command}}” không có. Dùng: ro-viec check TỆP.xlsx hoặc ro-viec import TỆP.docx --out TỆP.xlsx",
    en: "No command “{{command}}”. Use: ro-viec check FILE.xlsx or ro-viec import FILE.docx --out FILE.xlsx",
  },
  "missing-file-arg": { vi: "Thiếu tên tệp: ro-viec check TỆP.xlsx", en: "Missing file name: ro-viec check FILE.xlsx" },
  "unknown-option": {
    vi: "Tùy chọn “{{option}}” không có (xem ro-viec --help).",
    en: "Unknown option “{{option}}” (see ro-viec --help).",
  },
  "missing-value": { vi: "Tùy chọn {{option}} cần một giá trị.", en: "Option {{option}} needs a value." },
  "bad-lang": {
    vi: "Ngôn ngữ “{{value}}” không hỗ trợ: dùng vi hoặc en.",
    en: "Language “{{value}}” is not supported: use vi or en.",
  },
  "extra-arg": {
    vi: "Thừa tham số “{{value}}”: mỗi lần kiểm tra một tệp.",
    en: "Unexpected argument “{{value}}”: check one file at a time.",
  },
  "file-missing": { vi: "Không tìm thấy tệp “{{file}}”.", en: "File “{{file}}” not found." },
  "file-is-folder": {
    vi: "“{{file}}” là một thư mục, không phải tệp Excel (.xlsx).",
    en: "“{{file}}” is a folder, not an Excel file (.xlsx).",
  },
  "file-denied": {
    vi: "Không có quyền đọc tệp “{{file}}”.",
    en: "Permission to read file “{{file}}” is denied.",
  },
  "file-link-loop": {
    vi: "Không mở được “{{file}}”: đường dẫn là một vòng liên kết (symlink) vô tận.",
    en: "Cannot open “{{file}}”: the path is an endless loop of symbolic links.",
  },
  "file-unreadable": {
    vi: "Không đọc được tệp “{{file}}” do lỗi hệ thống.",
    en: "Cannot read file “{{file}}” because of a system error.",
  },
  "not-a-workbook": {
    vi: "Tệp “{{file}}” không phải là bảng tính Excel (.xlsx).",
    en: "File “{{file}}” is not an Excel workbook (.xlsx).",
  },
  "legacy-xls": {
    vi: "Tệp “{{file}}” là bảng tính Excel 97-2003 (.xls), không phải .xlsx: hãy mở bằng Excel và lưu thành .xlsx.",
    en: "File “{{file}}” is an Excel 97-2003 workbook (.xls), not .xlsx: open it in Excel and save it as .xlsx.",
  },
  damaged: {
    vi: "Tệp “{{file}}” là bảng tính Excel nhưng bị hỏng, không đọc được: hãy mở bằng Excel, sửa và lưu lại.",
    en: "File “{{file}}” is an Excel workbook but it is damaged and cannot be read: open it in Excel, repair it and save it.",
  },
  encrypted: {
    vi: "Tệp “{{file}}” được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi kiểm tra lại.",
    en: "File “{{file}}” is password-protected: open it in Excel, remove the password, then check again.",
  },
  "not-a-word-file": {
    vi: "Tệp “{{file}}” không phải là tài liệu Word (.docx).",
    en: "File “{{file}}” is not a Word document (.docx).",
  },
  "legacy-doc": {
    vi: "Tệp “{{file}}” là tài liệu Word 97-2003 (.doc), không phải .docx: hãy mở bằng Word và lưu thành .docx.",
    en: "File “{{file}}” is a Word 97-2003 document (.doc), not .docx: open it in Word and save it as .docx.",
  },
  "word-damaged": {
    vi: "Tệp “{{file}}” là tài liệu Word nhưng bị hỏng, không đọc được: hãy mở bằng Word, sửa và lưu lại.",
    en: "File “{{file}}” is a Word document but it is damaged and cannot be read: open it in Word, repair it and save it.",
  },
  "word-encrypted": {
    vi: "Tệp “{{file}}” được đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu rồi thử lại.",
    en: "File “{{file}}” is password-protected: open it in Word, remove the password, then try again.",
  },
  "word-nothing": {
    vi: "Tệp “{{file}}” không có bảng phụ lục nào, cũng không có danh sách nhiệm vụ phân công cho từng cơ quan.",
    en: "File “{{file}}” has no appendix table and no list of tasks assigned agency by agency.",
  },
  "text-nothing": {
    vi: "Tệp “{{file}}” không có danh sách nhiệm vụ phân công cho từng cơ quan (các dòng “1. <cơ quan>”, “- <nhiệm vụ>”, “+ Sản phẩm: …”).",
    en: "File “{{file}}” has no list of tasks assigned agency by agency (lines “1. <agency>”, “- <task>”, “+ Sản phẩm: …”).",
  },
  "out-not-xlsx": {
    vi: "--out ghi bản sao có đánh dấu của một bảng tính Excel; “{{file}}” không phải bảng tính: hãy dùng ro-viec import “{{file}}” --out TỆP.xlsx rồi kiểm tra tệp đó.",
    en: "--out writes an annotated copy of an Excel workbook; “{{file}}” is not one: use ro-viec import “{{file}}” --out FILE.xlsx, then check that file.",
  },
  converted: {
    vi: "Ghi chú: văn bản gõ bằng bảng mã cũ ({{encodings}}) đã được chuyển sang Unicode khi đọc.",
    en: "Note: text typed in a legacy encoding ({{encodings}}) was converted to Unicode while reading.",
  },
  "encoding-tcvn3": { vi: "TCVN3 (ABC)", en: "TCVN3 (ABC)" },
  "encoding-vni": { vi: "VNI", en: "VNI" },
  "docx-table": { vi: "Bảng {{n}}", en: "Table {{n}}" },
  "prose-sheet": { vi: "Phụ lục", en: "Appendix" },
  "dropdowns-needs-out": {
    vi: "--dropdowns ghi vào bản sao: ro-viec check “{{file}}” --dropdowns --out TỆP.xlsx",
    en: "--dropdowns writes into the copy: ro-viec check “{{file}}” --dropdowns --out FILE.xlsx",
  },
  "dropdowns-written": {
    vi: "Đã tạo danh sách chọn trên {{count}} ô; giữ nguyên {{left}} ô đã có quy tắc nhập dữ liệu riêng.",
    en: "Dropdown lists added to {{count}} cells; {{left}} cells with a validation rule of their own left as they were.",
  },
  "import-needs-out": {
    vi: "Thiếu --out: ro-viec import “{{file}}” --out TỆP.xlsx",
    en: "Missing --out: ro-viec import “{{file}}” --out FILE.xlsx",
  },
  "import-not-word": {
    vi: "ro-viec import đọc tệp Word (.docx) hoặc văn bản (.txt); “{{file}}” là bảng tính: hãy kiểm tra trực tiếp bằng ro-viec check.",
    en: "ro-viec import reads a Word (.docx) or text (.txt) file; “{{file}}” is a workbook: check it directly with ro-viec check.",
  },
  "import-out-not-xlsx": {
    vi: "Tệp ghi ra “{{file}}” phải có đuôi .xlsx.",
    en: "The output file “{{file}}” must end in .xlsx.",
  },
  imported: {
    vi: `Đã ghi phụ lục ({{tasks}} ${TERMS.tasks.vi}, {{sections}} ${TERMS.sections.vi}) vào “{{file}}”.`,
    en: `Wrote the appendix ({{tasks}} ${TERMS.tasks.en}, {{sections}} ${TERMS.sections.en}) to “{{file}}”.`,
  },
  "import-unplaced": {
    vi: "{{n}} dòng không xếp được vào bảng (giữ nguyên, chưa đưa vào phụ lục):",
    en: "{{n}} lines could not be placed in the table (kept as they are, not in the appendix):",
  },
  "import-unplaced-line": { vi: "  dòng {{line}}: {{text}}", en: "  line {{line}}: {{text}}" },
  "empty-workbook": { vi: "Tệp “{{file}}” không có trang tính nào.", en: "File “{{file}}” has no sheets." },
  "empty-file": { vi: "Tệp “{{file}}” trống (0 byte).", en: "File “{{file}}” is empty (0 bytes)." },
  "check-failed": {
    vi: "Không kiểm tra được “{{file}}” do một lỗi bên trong Rõ Việc; chạy lại với --verbose để xem chi tiết.",
    en: "Could not check “{{file}}” because of an internal error in Rõ Việc; run again with --verbose for details.",
  },
  "agencies-missing": { vi: "Không tìm thấy danh mục cơ quan “{{file}}”.", en: "Agency file “{{file}}” not found." },
  "agencies-is-folder": {
    vi: "Danh mục cơ quan “{{file}}” là một thư mục, không phải tệp JSON.",
    en: "Agency file “{{file}}” is a folder, not a JSON file.",
  },
  "agencies-denied": {
    vi: "Không có quyền đọc danh mục cơ quan “{{file}}”.",
    en: "Permission to read agency file “{{file}}” is denied.",
  },
  "agencies-unreadable": {
    vi: "Không đọc được danh mục cơ quan “{{file}}” do lỗi hệ thống.",
    en: "Cannot read agency file “{{file}}” because of a system error.",
  },
  "agencies-empty": { vi: "Danh mục cơ quan “{{file}}” trống.", en: "Agency file “{{file}}” is empty." },
  "agencies-bad-json": {
    vi: "Danh mục cơ quan “{{file}}” không phải JSON hợp lệ: lỗi cú pháp ở dòng {{line}}, cột {{column}}.",
    en: "Agency file “{{file}}” is not valid JSON: syntax error at line {{line}}, column {{column}}.",
  },
  "agencies-invalid": {
    vi: "Danh mục cơ quan “{{file}}” không hợp lệ: {{detail}}",
    en: "Agency file “{{file}}” is not valid: {{detail}}",
  },
  "agencies-entry": { vi: "mục {{n}}", en: "entry {{n}}" },
  "agencies-field": { vi: "trường “{{field}}”", en: "field “{{field}}”" },
  "agencies-whole-file": { vi: "tệp", en: "the file" },
  "agencies-issue-missing": { vi: "{{where}}: thiếu giá trị.", en: "{{where}}: missing." },
  "agencies-issue-type": {
    vi: "{{where}}: cần {{expected}}, nhưng có {{received}}.",
    en: "{{where}}: {{expected}} is needed, but there is {{received}}.",
  },
  "agencies-issue-unknown-field": {
    vi: "{{where}}: trường không biết {{keys}}.",
    en: "{{where}}: unknown field {{keys}}.",
  },
  "agencies-issue-empty": { vi: "{{where}}: không được để trống.", en: "{{where}}: must not be empty." },
  "agencies-issue-other": { vi: "{{where}}: giá trị không hợp lệ.", en: "{{where}}: the value is not valid." },
  "agencies-issue-shape": {
    vi: 'tệp phải là một đối tượng {"agencies": [...]} hoặc một danh sách [...] các cơ quan.',
    en: 'the file must be an object {"agencies": [...]} or a list [...] of agencies.',
  },
  "agencies-more": { vi: " (và {{n}} lỗi khác)", en: " (and {{n}} more)" },
  "out-is-input": {
    vi: "Tệp ghi ra “{{file}}” trùng tệp gốc: Rõ Việc không bao giờ ghi đè tệp gốc, hãy chọn tên khác.",
    en: "Output “{{file}}” is the input file: Rõ Việc never overwrites the input, choose another name.",
  },
  "out-failed": { vi: "Không ghi được “{{file}}”: {{cause}}.", en: "Cannot write “{{file}}”: {{cause}}." },
  "cause-is-folder": { vi: "đó là một thư mục", en: "it is a folder" },
  "cause-no-folder": {
    vi: "không tạo được thư mục chứa nó (một phần của đường dẫn là tệp)",
    en: "its folder cannot be made (part of the path is a file)",
  },
  "cause-denied": { vi: "không có quyền ghi vào đó", en: "permission to write there is denied" },
  "cause-full": { vi: "ổ đĩa đã đầy", en: "the disk is full" },
  "cause-read-only": { vi: "ổ đĩa chỉ cho đọc", en: "the disk is read-only" },
  "cause-other": { vi: "lỗi hệ thống khi ghi", en: "a system error while writing" },
  heading: {
    vi: "Rõ Việc — kiểm tra “{{file}}”, trang tính “{{sheet}}”",
    en: "Rõ Việc — checking “{{file}}”, sheet “{{sheet}}”",
  },
  "heading-docx": {
    vi: "Rõ Việc — kiểm tra “{{file}}”, “{{sheet}}” ({{tables}} của tài liệu)",
    en: "Rõ Việc — checking “{{file}}”, “{{sheet}}” ({{tables}} of the document)",
  },
  "table-line-docx": {
    vi: "Bảng: tiêu đề ở {{header}}, nội dung từ {{first}} đến {{last}}; cột: {{columns}}",
    en: "Table: header on {{header}}, body from {{first}} to {{last}}; columns: {{columns}}",
  },
  "table-line": {
    vi: "Bảng: tiêu đề ở dòng {{headerRow}}, nội dung dòng {{firstRow}}–{{lastRow}}; cột: {{columns}}",
    en: "Table: header on row {{headerRow}}, body rows {{firstRow}}–{{lastRow}}; columns: {{columns}}",
  },
  "period-line": {
    vi: "Kỳ kế hoạch: {{from}} → {{to}} ({{source}})",
    en: "Plan period: {{from}} → {{to}} ({{source}})",
  },
  "period-none": { vi: "Kỳ kế hoạch: không xác định được", en: "Plan period: could not be determined" },
  "source-option": { vi: "theo tùy chọn", en: "from the option" },
  "source-title": { vi: "theo tiêu đề", en: "from the title" },
  "source-deadlines": { vi: "theo các thời hạn", en: "from the deadlines" },
  "no-findings": SHEET_TERMS.noFindings,
  suggestion: { vi: SHEET_TERMS.suggestion.vi.toLowerCase(), en: SHEET_TERMS.suggestion.en.toLowerCase() },
  related: { vi: "xem thêm", en: "see also" },
  row: { vi: "dòng", en: "row" },
  task: { vi: "NV", en: "task" },
  totals: {
    vi: `Tổng: {{tasks}} ${TERMS.tasks.vi}, {{sections}} ${TERMS.sections.vi} — {{errors}} ${S.error.vi}, {{warnings}} ${S.warning.vi}, {{infos}} ${S.info.vi}.`,
    en: "Total: {{tasksEn}}, {{sectionsEn}} — {{errorsEn}}, {{warningsEn}}, {{infosEn}}.",
  },
  "accepted-count": {
    vi: `{{count}} phát hiện ${TERMS.accepted.vi} (lưu trong tệp) không tính vào tổng; xem bằng --show-accepted.`,
    en: `{{count}} ${TERMS.accepted.en} finding(s) (kept in the file) not counted in the totals; list them with --show-accepted.`,
  },
  "accepted-heading": {
    vi: `Phát hiện ${TERMS.accepted.vi} ({{count}}), không tính vào tổng:`,
    en: `Findings ${TERMS.accepted.en} ({{count}}), not counted in the totals:`,
  },
  reason: { vi: "lý do", en: "reason" },
  "no-reason": { vi: "(không ghi lý do)", en: "(no reason given)" },
  written: { vi: "Đã ghi bản sao có đánh dấu: {{file}}", en: "Annotated copy written: {{file}}" },
  "completion-heading": {
    vi: "Tiến độ theo cơ quan chủ trì, tính đến ngày {{date}}:",
    en: "Completion per lead agency as of {{date}}:",
  },
  "indicators-heading": {
    vi: "Chỉ tiêu năm {{year}} theo đơn vị theo dõi:",
    en: "Indicators for {{year}} per tracking agency:",
  },
  "ind-agency": COLUMN_TERMS.tracking,
  "ind-tracked": I.tracked,
  "ind-met": I.met,
  "ind-not-met": I["not-met"],
  "ind-not-reported": I["not-reported"],
  "sev-error": S.error,
  "sev-warning": S.warning,
  "sev-info": S.info,
} as const satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof CLI;

export function t(id: CliMessageId, lang: Lang, data: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(CLI[id][lang], data);
}
