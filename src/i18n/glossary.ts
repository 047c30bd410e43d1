/**
 * The glossary: the terms every surface uses for the same things (severities, sections, tasks, columns, a missing
 * rate, rule titles), one entry per language. The pane's and the browser page's catalogues, the command line, the
 * sheets Rõ Việc writes and the core's own messages read their terms here, so a term is written once and every
 * surface says the same (test/i18n/glossary.test.ts holds them to it). Plain data, no imports: the core reads it too.
 *
 * Severities are named as in the rule pages (docs/rules/README.md): lỗi / cảnh báo / thông tin, error / warning /
 * info. A numbered part of an appendix ("I. VỀ CÔNG TÁC CHỈ ĐẠO") is a "mục".
 */
type GlossaryLang = "vi" | "en";
type Term = Readonly<Record<GlossaryLang, string>>;

export const SEVERITY_TERMS = {
  error: { vi: "lỗi", en: "error" },
  warning: { vi: "cảnh báo", en: "warning" },
  info: { vi: "thông tin", en: "info" },
} as const satisfies Record<string, Term>;

/** Headings of the severity groups (English counts them). */
export const SEVERITY_GROUP_TERMS = {
  error: { vi: "lỗi", en: "errors" },
  warning: { vi: "cảnh báo", en: "warnings" },
  info: { vi: "thông tin", en: "info" },
} as const satisfies Record<string, Term>;

export const TERMS = {
  section: { vi: "mục", en: "section" },
  sections: { vi: "mục", en: "sections" },
  task: { vi: "nhiệm vụ", en: "task" },
  tasks: { vi: "nhiệm vụ", en: "tasks" },
  rule: { vi: "quy tắc", en: "rule" },
  severity: { vi: "mức độ", en: "severity" },
  /** A finding the reviewer accepted as deliberate ("Chấp nhận"): not shown or counted again. */
  accepted: { vi: "đã chấp nhận", en: "accepted" },
  /** A rate that cannot be computed (nothing due yet). */
  missingRate: { vi: "—", en: "—" },
} as const satisfies Record<string, Term>;

/** The completion figures (docs/completion.md) and the first and last columns of their tables, on every surface. */
export const FIGURE_TERMS = {
  agency: { vi: "Cơ quan chủ trì", en: "Lead agency" },
  assigned: { vi: "Được giao", en: "Assigned" },
  due: { vi: "Đến hạn", en: "Due" },
  done: { vi: "Hoàn thành", en: "Done" },
  onTime: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ hạn", en: "Late" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  notYetDue: { vi: "Chưa đến hạn", en: "Not yet due" },
  ongoing: { vi: "Thường xuyên", en: "Ongoing" },
  conditional: { vi: "Chờ điều kiện", en: "Conditional" },
  rate: { vi: "Tỷ lệ", en: "Rate" },
  /** The total row: tasks counted once however many agencies lead them. */
  total: { vi: "Tổng cộng (nhiệm vụ khác nhau)", en: "Total (distinct tasks)" },
  /** The chart of the summary sheet. */
  chart: { vi: "Tỷ lệ hoàn thành theo cơ quan", en: "Completion rate per agency" },
} as const satisfies Record<string, Term>;

/** An indicator table's columns and the assessment of each indicator (summary sheet, command line). */
export const INDICATOR_TERMS = {
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  target: { vi: "Mục tiêu {{year}}", en: "Target {{year}}" },
  actual: { vi: "Kết quả", en: "Actual" },
  status: { vi: "Đánh giá", en: "Status" },
  achievement: { vi: "Tỷ lệ đạt", en: "Achievement" },
  tracked: { vi: "Theo dõi", en: "Tracked" },
  met: { vi: "Đạt", en: "Met" },
  "not-met": { vi: "Chưa đạt", en: "Not met" },
  "not-reported": { vi: "Chưa báo cáo", en: "Not reported" },
  "not-comparable": { vi: "Không so sánh được", en: "Not comparable" },
} as const satisfies Record<string, Term>;

/** The sheets Rõ Việc writes into a workbook, and the words of the findings sheet and of cell notes. */
export const SHEET_TERMS = {
  findings: { vi: "Rõ Việc – Kết quả", en: "Rõ Việc – Findings" },
  changeLog: { vi: "Rõ Việc – Nhật ký sửa", en: "Rõ Việc – Change log" },
  summary: { vi: "Rõ Việc – Tiến độ", en: "Rõ Việc – Progress" },
  indicators: { vi: "Rõ Việc – Chỉ tiêu", en: "Rõ Việc – Indicators" },
  cell: { vi: "Ô", en: "Cell" },
  message: { vi: "Nội dung", en: "Message" },
  suggestion: { vi: "Gợi ý", en: "Suggestion" },
  noFindings: { vi: "Không có phát hiện nào.", en: "No findings." },
  notePrefix: { vi: "Rõ Việc:", en: "Rõ Việc:" },
  time: { vi: "Thời gian", en: "Time" },
  sheet: { vi: "Trang tính", en: "Sheet" },
  oldValue: { vi: "Giá trị cũ", en: "Old value" },
  newValue: { vi: "Giá trị mới", en: "New value" },
  restoreData: { vi: "Dữ liệu khôi phục", en: "Restore data" },
} as const satisfies Record<string, Term>;

/**
 * Where a cell of a Word table is, as the clerk finds it in the document: the tables counted from the top of the
 * document, their rows and columns from 1 (src/i18n/places.ts fills them in on every surface). "dòng" as for a
 * sheet's rows, so a finding's message and its place use the same word.
 */
export const PLACE_TERMS = {
  /** A cell of a Word table. */
  cell: { vi: "bảng {{table}}, dòng {{row}}, cột {{col}}", en: "table {{table}}, row {{row}}, column {{col}}" },
  /** A row of a Word table, after the word for a row ("dòng 4 của bảng 2"). */
  row: { vi: "{{row}} của bảng {{table}}", en: "{{row}} of table {{table}}" },
  /** A title line read from the paragraphs above a Word table. */
  titleCell: { vi: "dòng tiêu đề {{line}} trên bảng {{table}}", en: "title line {{line}} above table {{table}}" },
  titleRow: { vi: "tiêu đề {{line}} trên bảng {{table}}", en: "title {{line}} above table {{table}}" },
  /** The Word tables an appendix was read from. */
  table: { vi: "bảng {{table}}", en: "table {{table}}" },
  tables: { vi: "bảng {{first}}–{{last}}", en: "tables {{first}}–{{last}}" },
  column: { vi: "cột {{col}}", en: "column {{col}}" },
} as const satisfies Record<string, Term>;

/** The columns of an appendix, by the core's column keys. */
export const COLUMN_TERMS = {
  number: { vi: "STT", en: "No." },
  content: { vi: "Nội dung, nhiệm vụ", en: "Task" },
  lead: { vi: "Đơn vị chủ trì", en: "Lead agency" },
  coLead: { vi: "Đơn vị phối hợp", en: "Co-operating agencies" },
  deliverable: { vi: "Kết quả, sản phẩm", en: "Deliverable" },
  deadline: { vi: "Thời gian hoàn thành", en: "Deadline" },
  status: { vi: "Tình trạng", en: "Status" },
  completionDate: { vi: "Ngày hoàn thành", en: "Completion date" },
  progressNote: { vi: "Kết quả thực hiện", en: "Progress note" },
  unit: { vi: "Đơn vị tính", en: "Unit" },
  tracking: { vi: "Đơn vị theo dõi", en: "Tracking agency" },
  actual: { vi: "Kết quả thực hiện", en: "Actual value" },
} as const satisfies Record<string, Term>;

/** Short titles of the rules, by rule id: what a clerk reads where a rule is named (never its id). */
export const RULE_TITLES: Readonly<Record<string, Term>> = {
  "missing-content": { vi: "Thiếu nội dung nhiệm vụ", en: "Missing task text" },
  "missing-lead": { vi: "Thiếu đơn vị chủ trì", en: "Missing lead agency" },
  "missing-deliverable": { vi: "Thiếu kết quả, sản phẩm", en: "Missing deliverable" },
  "missing-deadline": { vi: "Thiếu thời hạn", en: "Missing deadline" },
  "missing-co-lead": { vi: "Thiếu đơn vị phối hợp", en: "Missing co-operating agency" },
  "lead-in-co-lead": { vi: "Vừa chủ trì vừa phối hợp", en: "Lead also co-operating" },
  "collective-lead": {
    vi: "Chủ trì là tên chung, không rõ ai chịu trách nhiệm",
    en: "Collective lead: nobody accountable",
  },
  "agency-variant": { vi: "Tên cơ quan chưa đúng tên chuẩn", en: "Agency not written canonically" },
  "agency-defunct": { vi: "Cơ quan không còn tồn tại", en: "Agency no longer exists" },
  "unknown-agency": { vi: "Cơ quan không có trong danh mục", en: "Agency not in the directory" },
  "deadline-unparsed": { vi: "Thời hạn không đọc được", en: "Deadline cannot be read" },
  "deadline-outside-plan": { vi: "Thời hạn ngoài kỳ kế hoạch", en: "Deadline outside the plan period" },
  "deadline-vague": { vi: "Thời hạn chưa có mốc cụ thể", en: "Deadline without a date" },
  "duplicate-task": { vi: "Nhiệm vụ bị trùng", en: "Duplicate task" },
  "section-count-mismatch": {
    vi: "Số nhiệm vụ khác số ghi ở tiêu đề mục",
    en: "Section count differs from its heading",
  },
  numbering: { vi: "Số thứ tự không liền mạch", en: "Numbering not continuous" },
  "split-row": { vi: "Nhiệm vụ bị tách sang dòng sau", en: "Task split onto the next row" },
  "repeated-header": { vi: "Dòng tiêu đề lặp lại", en: "Repeated header row" },
  "cell-error": { vi: "Ô có giá trị lỗi", en: "Cell holds an error value" },
  "html-markup": { vi: "Còn mã HTML trong ô", en: "HTML left in a cell" },
  overdue: { vi: "Nhiệm vụ quá hạn", en: "Overdue task" },
  "status-unknown": { vi: "Tình trạng không đọc được", en: "Status cannot be read" },
};

/** A rule's title in the language; the id only for a rule the glossary does not know (a test forbids that). */
export function ruleTitleOf(ruleId: string, lang: GlossaryLang): string {
  return RULE_TITLES[ruleId]?.[lang] ?? ruleId;
}

/** "thông tin" → "Thông tin", for a heading or a cell of its own. */
export function capitalised(term: string): string {
  return term.charAt(0).toLocaleUpperCase("vi") + term.slice(1);
}
