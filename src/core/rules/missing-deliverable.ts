/** missing-deliverable: a task with no deliverable ("rõ kết quả"). */
import { missingCellRule } from "./util/missing";

export default missingCellRule({
  id: "missing-deliverable",
  column: "deliverable",
  severity: "error",
  indicators: false,
  noColumnSeverity: "info",
  planForm: ["coLead", "deadline"],
  description: {
    vi: "Mỗi nhiệm vụ phải ghi rõ kết quả, sản phẩm.",
    en: "Every task must name its deliverable.",
  },
  messages: {
    missing: {
      vi: "Nhiệm vụ {{task}} chưa có kết quả, sản phẩm: không rõ khi nào coi là hoàn thành.",
      en: "Task {{task}} has no deliverable: nothing says when it counts as done.",
    },
    placeholder: {
      vi: "Nhiệm vụ {{task}} chưa có kết quả, sản phẩm: ô sản phẩm chỉ ghi “{{value}}”.",
      en: "Task {{task}} has no deliverable: the cell only says “{{value}}”.",
    },
    "no-column": {
      vi: "Bảng không có cột kết quả, sản phẩm: không nhiệm vụ nào ghi rõ sản phẩm đầu ra.",
      en: "The table has no deliverable column: no task names what it delivers.",
    },
  },
});
