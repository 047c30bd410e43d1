/**
 * missing-co-lead: a task with no co-operating agency: the cell is empty, a placeholder, or holds a number, a date or
 * a logical value instead of names.
 */
import { missingCellRule } from "./util/missing";

export default missingCellRule({
  id: "missing-co-lead",
  column: "coLead",
  severity: "warning",
  indicators: false,
  noColumnSeverity: "info",
  planForm: ["deliverable", "deadline"],
  description: {
    vi: "Mỗi nhiệm vụ nên ghi đơn vị phối hợp.",
    en: "Every task should name its co-operating agencies.",
  },
  messages: {
    missing: {
      vi: "Nhiệm vụ {{task}} chưa có đơn vị phối hợp.",
      en: "Task {{task}} names no co-operating agency.",
    },
    placeholder: {
      vi: "Nhiệm vụ {{task}} chưa có đơn vị phối hợp: ô phối hợp chỉ ghi “{{value}}”.",
      en: "Task {{task}} names no co-operating agency: the cell only says “{{value}}”.",
    },
    "not-a-name": {
      vi: "Nhiệm vụ {{task}} chưa có đơn vị phối hợp: ô phối hợp ghi {{what}} “{{value}}”, không phải tên cơ quan, đơn vị.",
      en: "Task {{task}} names no co-operating agency: the cell holds {{what}} “{{value}}”, not the name of an agency.",
    },
    "no-column": {
      vi: "Bảng không có cột đơn vị phối hợp.",
      en: "The table has no co-operating agency column.",
    },
  },
});
