/**
 * The prose task list reader on the seeds' own plans: the Lai Châu plan assigns its tasks agency by agency
 * (section IV: "1. Công an tỉnh", "- <task>", "+ Đơn vị phối hợp: …"), the Bình Định plan does the same in its
 * section V with markdown marks and deadlines at the end of the task's sentence.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { defaultDirectory } from "../../../src/core/agencies/default";
import { defaultHeaderVocabulary } from "../../../src/core/detect/vocabulary";
import { checkGrid } from "../../../src/core/engine";
import { proseGrid } from "../../../src/core/prose/grid";
import { parseProse, sentenceLead, trailingDeadline, type ProseTask } from "../../../src/core/prose/parse";
import { compileProseVocabulary, defaultProseVocabulary } from "../../../src/core/prose/vocabulary";

const fixture = (name: string): string => readFileSync(join(__dirname, "../../fixtures/prose", name), "utf8");
const opts = {
  directory: defaultDirectory(),
  headers: defaultHeaderVocabulary(),
  vocabulary: defaultProseVocabulary(),
};
const tasksOf = (rows: ReturnType<typeof parseProse>["rows"]): ProseTask[] =>
  rows.filter((r): r is ProseTask => r.kind === "task");

describe("the Lai Châu plan, section IV (tasks agency by agency)", () => {
  const text = fixture("lai-chau-2026-plan.txt");
  const table = parseProse(text, opts);
  const tasks = tasksOf(table.rows);
  const byNumber = new Map(tasks.map((t) => [t.number, t]));

  it("reads only the section that assigns tasks, titled as the plan titles it", () => {
    expect(table.title).toBe("NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN");
    expect(table.taskCount).toBe(38);
    expect(tasks).toHaveLength(38);
  });

  it("makes each of the 14 agency headings the lead of the tasks under it", () => {
    const sections = table.rows.filter((r) => r.kind === "section");
    expect(sections.map((s) => s.text)).toEqual([
      "Công an tỉnh",
      "Văn phòng UBND tỉnh",
      "Sở Khoa học và Công nghệ",
      "Sở Tư pháp",
      "Sở Nông nghiệp và Môi trường",
      "Sở Xây dựng",
      "Sở Y tế",
      "Sở Giáo dục và Đào tạo",
      "Sở Nội vụ",
      "Sở Tài chính",
      "Ngân hàng Nhà nước khu vực 3",
      "Các sở, ban, ngành tỉnh",
      "Báo và phát thanh truyền hình Lai Châu",
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]);
    const counts = new Map<string, number>();
    for (const t of tasks) {
      expect(t.leadFrom).toBe("heading");
      counts.set(t.lead, (counts.get(t.lead) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual([6, 3, 3, 2, 2, 4, 2, 2, 2, 1, 2, 5, 1, 3]);
    expect([...counts.keys()]).toEqual(sections.map((s) => s.text));
  });

  it("puts every '+ Đơn vị phối hợp / Sản phẩm / Tiến độ' line in its column, cell by cell", () => {
    const t = byNumber.get("1.2");
    expect(t?.content).toMatch(/^Chủ trì thực hiện các nhiệm vụ liên quan đến dữ liệu dân cư, căn cước/);
    expect(t?.coLead).toBe(
      "Sở Tư pháp, Sở Y tế, Sở Giáo dục và Đào tạo, Sở Nông nghiệp và Môi trường, Sở Nội vụ, Bảo hiểm xã hội, Thuế tỉnh và các sở, ngành có liên quan, UBND cấp xã.",
    );
    expect(t?.deliverable).toBe(
      "Dữ liệu dân cư và dữ liệu chuyên ngành được chuẩn hóa, đồng bộ, cập nhật thường xuyên đảm bảo phát huy hết giá trị.",
    );
    expect(t?.deadline).toMatch(/^Hoàn thành đối chiếu, làm sạch 100% dữ liệu chuyên ngành trọng điểm trong năm 2026;/);
    // The plan's own count of "+" lines: every one of them landed in a task.
    const plusLines = text.split("\n").filter((l) => /^(- )?\+ (Đơn vị phối hợp|Sản phẩm|Tiến độ):/.test(l)).length;
    const filled = tasks.reduce((n, x) => n + [x.coLead, x.deliverable, x.deadline].filter((v) => v !== "").length, 0);
    expect(filled).toBe(plusLines + 3); // and the three "- Đơn vị phối hợp / Sản phẩm / Tiến độ" lines of task 13.1
  });

  it("reads a line typed with two bullets, a sentence broken over two lines and a task written as a paragraph", () => {
    expect(byNumber.get("5.2")?.deadline).toBe("Triển khai từ năm 2026 và duy trì thường xuyên.");
    expect(byNumber.get("6.3")?.content).toMatch(/bãi đỗ xe trong đô thị; phối hợp triển khai tích hợp thông tin/);
    expect(byNumber.get("10.1")?.content).toMatch(/^Tham mưu bố trí kinh phí triển khai các nhiệm vụ của Đề án 06/);
    const t13 = byNumber.get("13.1");
    expect(t13?.lead).toBe("Báo và phát thanh truyền hình Lai Châu");
    expect(t13?.coLead).toBe("Các sở, ngành, UBND cấp xã, các tổ chức chính trị - xã hội.");
    expect(t13?.deadline).toMatch(/^Thực hiện thường xuyên và đột xuất/);
  });

  it("places every line of the section in a row or lists it, never dropping one", () => {
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.startsWith("IV. NHIỆM VỤ CỤ THỂ")) + 1;
    const end = lines.findIndex((l) => l.startsWith("V. KINH PHÍ")) + 1;
    const placed = new Set<number>([
      ...table.rows.flatMap((r) => (r.kind === "section" ? [r.line] : r.lines)),
      ...table.unplaced.map((u) => u.line),
    ]);
    for (let n = start + 1; n < end; n++) if (lines[n - 1].trim() !== "") expect([n, placed.has(n)]).toEqual([n, true]);
    expect(table.unplaced).toEqual([
      expect.objectContaining({
        reason: "intro",
        text: expect.stringMatching(/^Căn cứ chức năng, nhiệm vụ được giao/),
      }),
    ]);
  });

  it("gives a sheet the check reads back: the tasks without a deliverable or a deadline are reported", () => {
    const { grid, layout } = proseGrid(table, opts.headers);
    const result = checkGrid(grid, {});
    if (!result.ok) throw new Error(result.message);
    expect(result.report.stats.tasks).toBe(38);
    const rowOf = new Map(table.rows.map((r, i) => [r.kind === "task" ? r.number : `§${r.number}`, layout.rowOf[i]]));
    const missing = (rule: string): string[] =>
      result.report.findings
        .filter((f) => f.rule === rule)
        .flatMap((f) => [f.row, ...(f.related ?? []).map((r) => r.row)])
        .map((row) => [...rowOf].find(([, r]) => r === row)?.[0] ?? `row ${row}`);
    const noDeliverable = tasks.filter((t) => t.deliverable === "").map((t) => t.number);
    const noDeadline = tasks.filter((t) => t.deadline === "").map((t) => t.number);
    expect(noDeliverable).toEqual([
      "1.1",
      "1.6",
      "9.2",
      "12.1",
      "12.2",
      "12.3",
      "12.4",
      "12.5",
      "14.1",
      "14.2",
      "14.3",
    ]);
    expect(missing("missing-deliverable").sort()).toEqual([...noDeliverable].sort());
    expect(missing("missing-deadline").sort()).toEqual([...noDeadline].sort());
    // "Các sở, ban, ngành tỉnh" as a lead is a collective, as it would be in a table.
    expect(missing("collective-lead")).toContain("12.1");
  });
});

describe("the Bình Định plan, section V (markdown marks, deadlines in the sentence)", () => {
  const table = parseProse(fixture("binh-dinh-2024-plan.txt"), opts);
  const tasks = tasksOf(table.rows);

  it("stops at the appendix that follows the plan and keeps only the parts that assign tasks", () => {
    expect(table.title).toBe("TỔ CHỨC THỰC HIỆN");
    expect(tasks).toHaveLength(20);
    expect(tasks.some((t) => t.content.includes("\t") || /^STT\b/.test(t.content))).toBe(false);
  });

  it("reads a heading naming several collectives as the lead, and a deadline closing the task's text", () => {
    const first = tasks[0];
    expect(first.lead).toMatch(/^Các sở, ban, ngành; các cơ quan Trung ương đóng trên địa bàn tỉnh;/);
    expect(first.deadline).toBe("Hoàn thành trong tháng 02/2024.");
    expect(first.content).toMatch(/cho việc tổ chức triển khai thực hiện đầy đủ các nhiệm vụ được giao\.$/);
    expect(tasks.filter((t) => t.lead === "Công an tỉnh")).toHaveLength(5);
  });
});

describe("leads named in the sentence", () => {
  it("reads '[Giao] <bodies> chủ trì …' and nothing else", () => {
    expect(sentenceLead("Giao Công an tỉnh chủ trì, phối hợp với các đơn vị liên quan hướng dẫn, theo dõi", opts)).toBe(
      "Công an tỉnh",
    );
    expect(sentenceLead("Sở Tài chính, Sở Nội vụ chủ trì tham mưu bố trí kinh phí", opts)).toBe(
      "Sở Tài chính, Sở Nội vụ",
    );
    expect(sentenceLead("Chủ trì, phối hợp với Công an tỉnh theo dõi", opts)).toBeUndefined();
    expect(
      sentenceLead("Các nhiệm vụ phải được xác định rõ nội dung công việc, rõ cơ quan chủ trì, cơ quan phối hợp", opts),
    ).toBeUndefined();
  });

  it("makes a list of tasks with their leads in the sentence a table, sections from its headings", () => {
    const text = [
      "III. NHIỆM VỤ, GIẢI PHÁP",
      "1. Hoàn thiện thể chế",
      "- Giao Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật về dữ liệu. Hoàn thành trong quý II/2026.",
      "- Sở Nội vụ chủ trì tham mưu sắp xếp tổ chức bộ máy, phối hợp với các sở, ngành.",
      "2. Hạ tầng số",
      "- Sở Khoa học và Công nghệ chủ trì nâng cấp nền tảng tích hợp, chia sẻ dữ liệu của tỉnh.",
      "+ Sản phẩm: Nền tảng được nâng cấp.",
      "- Triển khai mạng truyền số liệu chuyên dùng đến cấp xã.",
    ].join("\n");
    const table = parseProse(text, opts);
    const tasks = tasksOf(table.rows);
    expect(tasks.map((t) => [t.number, t.lead, t.leadFrom])).toEqual([
      ["1.1", "Sở Tư pháp", "sentence"],
      ["1.2", "Sở Nội vụ", "sentence"],
      ["2.1", "Sở Khoa học và Công nghệ", "sentence"],
      ["2.2", "", "none"],
    ]);
    expect(tasks[0].deadline).toBe("Hoàn thành trong quý II/2026.");
    expect(tasks[2].deliverable).toBe("Nền tảng được nâng cấp.");
    expect(table.rows.filter((r) => r.kind === "section").map((r) => r.text)).toEqual([
      "Hoàn thiện thể chế",
      "Hạ tầng số",
    ]);
  });

  it("leaves out parts that assign nothing (aims, requirements)", () => {
    const text = ["I. MỤC ĐÍCH", "- Nâng cao hiệu quả quản lý nhà nước.", "- Bảo đảm an toàn thông tin."].join("\n");
    expect(parseProse(text, opts).rows).toEqual([]);
  });
});

describe("pieces", () => {
  it("reads a deadline only from a short dated last sentence", () => {
    expect(trailingDeadline("Tổ chức tập huấn cho cán bộ. Hoàn thành trong tháng 6/2026.")).toEqual({
      content: "Tổ chức tập huấn cho cán bộ.",
      deadline: "Hoàn thành trong tháng 6/2026.",
    });
    expect(trailingDeadline("Tổ chức tập huấn cho cán bộ. Bảo đảm chất lượng.")).toBeUndefined();
    expect(trailingDeadline("Hoàn thành trong tháng 6/2026.")).toBeUndefined();
  });

  it("takes its words from a vocabulary a user can extend", () => {
    const vocab = compileProseVocabulary({ bullets: ["-"], leadMarkers: ["đầu mối"], assignWords: [], endings: [] });
    const text = ["1. Hạ tầng", "- Sở Y tế đầu mối triển khai hồ sơ sức khỏe điện tử."].join("\n");
    const tasks = tasksOf(parseProse(text, { ...opts, vocabulary: vocab }).rows);
    expect(tasks.map((t) => t.lead)).toEqual(["Sở Y tế"]);
    expect(() => compileProseVocabulary({ bullets: ["---"] } as never)).toThrow();
  });
});

describe("the Lai Châu appendix made from prose, checked", () => {
  it("does not report the region word left over in 'Bảo hiểm xã hội tỉnh, khu vực' as an agency", () => {
    const table = parseProse(fixture("lai-chau-2026-plan.txt"), opts);
    const result = checkGrid(proseGrid(table, opts.headers).grid, {});
    if (!result.ok) throw new Error(result.message);
    const unknown = result.report.findings.filter((f) => f.rule === "unknown-agency").map((f) => f.data?.agency);
    expect(unknown).toContain("Bảo hiểm xã hội");
    expect(unknown).not.toContain("khu vực");
  });
});
