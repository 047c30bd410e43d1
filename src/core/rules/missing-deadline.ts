/** missing-deadline: a task with no deadline ("rõ tiến độ"). */
import { missingCellRule } from "./util/missing";

export default missingCellRule({
  id: "missing-deadline",
  column: "deadline",
  severity: "error",
  indicators: false,
  noColumnSeverity: "info",
  planForm: ["coLead", "deliverable"],
  description: {
    vi: "Mỗi nhiệm vụ phải có thời gian hoàn thành.",
    en: "Every task must have a deadline.",
  },
  messages: {
    missing: {
      vi: "Nhiệm vụ {{task}} chưa có thời gian hoàn thành: không theo dõi được tiến độ.",
      en: "Task {{task}} has no deadline: its progress cannot be tracked.",
    },
    placeholder: {
      vi: "Nhiệm vụ {{task}} chưa có thời gian hoàn thành: ô thời hạn chỉ ghi “{{value}}”.",
      en: "Task {{task}} has no deadline: the cell only says “{{value}}”.",
    },
    "no-column": {
      vi: "Bảng không có cột thời gian hoàn thành: không nhiệm vụ nào có thời hạn.",
      en: "The table has no deadline column: no task has a deadline.",
    },
  },
});
