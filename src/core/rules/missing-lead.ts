/**
 * missing-lead: a task with no lead agency ("rõ người, rõ trách nhiệm"): the cell is empty, a placeholder, or holds a
 * number, a date or a logical value instead of a name.
 */
import { missingCellRule } from "./util/missing";

export default missingCellRule({
  id: "missing-lead",
  column: "lead",
  severity: "error",
  indicators: false,
  description: {
    vi: "Mỗi nhiệm vụ phải có đơn vị chủ trì.",
    en: "Every task must have a lead agency.",
  },
  messages: {
    missing: {
      vi: "Nhiệm vụ {{task}} chưa có đơn vị chủ trì: không rõ ai chịu trách nhiệm.",
      en: "Task {{task}} has no lead agency: nobody is accountable for it.",
    },
    placeholder: {
      vi: "Nhiệm vụ {{task}} chưa có đơn vị chủ trì: ô chủ trì chỉ ghi “{{value}}”.",
      en: "Task {{task}} has no lead agency: the lead cell only says “{{value}}”.",
    },
    "not-a-name": {
      vi: "Nhiệm vụ {{task}} chưa có đơn vị chủ trì: ô chủ trì ghi {{what}} “{{value}}”, không phải tên cơ quan, đơn vị.",
      en: "Task {{task}} has no lead agency: the lead cell holds {{what}} “{{value}}”, not the name of an agency.",
    },
    "no-column": {
      vi: "Bảng không có cột đơn vị chủ trì: không nhiệm vụ nào ghi rõ ai chịu trách nhiệm.",
      en: "The table has no lead agency column: no task says who is accountable.",
    },
  },
});
