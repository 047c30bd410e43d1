/**
 * unknown-agency: a name that is neither in the agency directory nor close to a name in it. Collectives and
 * generic words ("Sở", "Doanh nghiệp") name no body and are not reported, nor are the issuing body's own units
 * (a ministry's "Cục …", "Vụ …" in the ministry's own plan: agencies/issuer.ts). The same name is one finding per
 * document, its other rows related.
 */
import { z } from "zod";
import { defineRule } from "../rule";
import { documentIssuer, ownUnitTest } from "../agencies/issuer";
import { fold } from "../text";
import { oncePerName } from "./util/agency";
import { isPunctuationOnly, taskRef } from "./util/task";

interface Options {
  /** Names not to report (compared through the fold), e.g. bodies outside the province's directory. */
  readonly ignore: readonly string[];
}

export default defineRule<Options>({
  meta: {
    id: "unknown-agency",
    severity: "info",
    docs: {
      description: {
        vi: "Tên cơ quan, đơn vị có trong danh mục (hoặc gần giống một tên trong danh mục).",
        en: "Agencies are in the directory (or close to a name in it).",
      },
      url: "docs/rules/unknown-agency.md",
    },
    messages: {
      unknown: {
        vi: "Nhiệm vụ {{task}}: không tìm thấy “{{agency}}” trong danh mục cơ quan, đơn vị. Nếu đúng là một đơn vị của địa phương, hãy thêm vào danh mục; nếu không, kiểm tra lại tên.",
        en: "Task {{task}}: “{{agency}}” is not in the agency directory. If it is a local body, add it to the directory; otherwise check the name.",
      },
    },
    schema: z
      .object({ ignore: z.array(z.string()).default([]) })
      .strict()
      .default({}),
  },
  create(context) {
    const ignore = new Set(context.options.ignore.map(fold));
    const titles = context.analysis.table.titleRows.map((t) => t.text);
    const ownUnit = ownUnitTest(documentIssuer(titles, context.directory));
    return oncePerName(context.report, {
      key(m) {
        if (m.kind !== "unknown" || m.collective || m.agency) return undefined;
        if (m.text.trim() === "" || isPunctuationOnly(m.text)) return undefined;
        const key = fold(m.text);
        return ignore.has(key) || ownUnit?.(m.text) ? undefined : key;
      },
      finding: (m, task) => ({ messageId: "unknown", data: { task: taskRef(task), agency: m.text } }),
    });
  },
});
