/** missing-content: a task row with no task text ("rõ việc"). */
import { missingCellRule } from "./util/missing";

export default missingCellRule({
  id: "missing-content",
  column: "content",
  severity: "error",
  indicators: true,
  description: {
    vi: "Mỗi nhiệm vụ phải ghi rõ nội dung công việc.",
    en: "Every task must say what is to be done.",
  },
  messages: {
    missing: {
      vi: "Nhiệm vụ {{task}} không có nội dung: ô nội dung, nhiệm vụ để trống.",
      en: "Task {{task}} has no content: the task cell is empty.",
    },
    placeholder: {
      vi: "Nhiệm vụ {{task}} không có nội dung: ô nội dung chỉ ghi “{{value}}”.",
      en: "Task {{task}} has no content: the task cell only says “{{value}}”.",
    },
    "no-column": {
      vi: "Bảng không có cột nội dung, nhiệm vụ.",
      en: "The table has no task column.",
    },
  },
});
