import fc from "fast-check";
import { findSimilar, type SimilarItem, type SimilarStats } from "../../../src/core/rules/util/similar";
import { ContainmentCandidates } from "../../../src/core/rules/util/candidates";
import { closingClause, findContained } from "../../../src/core/rules/util/contained";
import { COL, FIRST_ROW, runRule, section, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "duplicate-task";

const CONTENT =
  "Đẩy mạnh tổ chức thu thập, cập nhật, chỉnh sửa, tổng hợp thông tin về người lao động trên địa bàn tỉnh.";

describe(RULE, () => {
  it("passes distinct tasks", () => {
    expect(runRule(RULE, table(task(1), task(2), task(3)))).toEqual([]);
  });

  it("reports the later of two identical tasks, naming the earlier", () => {
    const rows = table(task(1, { content: CONTENT }), task(2), task(3, { content: CONTENT }));
    const findings = runRule(RULE, rows);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      messageId: "identical",
      row: FIRST_ROW + 2,
      col: COL.content,
      task: "3",
      related: [{ row: FIRST_ROW, task: "1" }],
    });
    expect(findings[0].message).toContain("nhiệm vụ 1");
  });

  it("passes the same content led by different agencies", () => {
    const rows = table(task(1, { content: CONTENT }), task(2, { content: CONTENT, lead: "Sở Y tế" }));
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("treats two spellings of one lead as the same lead", () => {
    const rows = table(
      task(1, { content: CONTENT, lead: "Sở Lao động-Thương binh và Xã hội" }),
      task(2, { content: CONTENT, lead: "Sở Lao động, Thương binh và Xã hội" }),
    );
    expect(runRule(RULE, rows)).toHaveLength(1);
  });

  it("finds contents that differ only in case, diacritics and spacing", () => {
    const rows = table(task(1, { content: CONTENT }), task(2, { content: `  ${CONTENT.toUpperCase()}  ` }));
    const [f] = runRule(RULE, rows);
    expect(f).toMatchObject({ messageId: "identical", task: "2" });
  });

  it("finds nearly identical contents and lets the threshold be raised", () => {
    const near = CONTENT.replace("trên địa bàn tỉnh.", "trên địa bàn toàn tỉnh.");
    const rows = table(task(1, { content: CONTENT }), task(2, { content: near }));
    const [f] = runRule(RULE, rows);
    expect(f).toMatchObject({ messageId: "similar", task: "2" });
    expect(runRule(RULE, rows, { options: { threshold: 1 } })).toEqual([]);
  });

  it("does not call related tasks with a few different words duplicates", () => {
    const rows = table(
      task(1, { content: "Sơ kết 06 tháng đầu năm 2024 công tác triển khai Đề án 06 trên địa bàn tỉnh" }),
      task(2, { content: "Báo cáo tổng kết năm 2024 công tác triển khai Đề án 06 trên địa bàn tỉnh" }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("keeps apart long tasks that differ in one word that changes the task", () => {
    const text = (kind: string): string =>
      `Triển khai dịch vụ công trực tuyến toàn trình đối với thủ tục đăng ký ${kind} trên địa bàn tỉnh`;
    const rows = table(task(1, { content: text("thường trú") }), task(2, { content: text("tạm trú") }));
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("still finds a copy that only adds fillers or slips a letter", () => {
    const rows = table(
      task(1, { content: "Triển khai dịch vụ công trực tuyến toàn trình đối với thủ tục đăng ký thường trú" }),
      task(2, { content: "Tiếp tục triển khai dịch vụ công trực tuến toàn trình đối với thủ tục đăng ký thường trú" }),
    );
    expect(runRule(RULE, rows).map((f) => [f.row, f.messageId])).toEqual([[FIRST_ROW + 1, "similar"]]);
  });

  it("keeps tasks apart whose figures differ, unless told otherwise", () => {
    const q = (n: number): string =>
      `Sơ kết công tác triển khai Đề án 06 trên địa bàn tỉnh, báo cáo Ban Chỉ đạo quý ${n} năm 2024`;
    const rows = table(task(1, { content: q(1) }), task(2, { content: q(2) }));
    expect(runRule(RULE, rows)).toEqual([]);
    expect(runRule(RULE, rows, { options: { sameFigures: false } })).toHaveLength(1);
  });

  it("reads “06” and “6” as the same figure", () => {
    const rows = table(
      task(1, { content: "Sơ kết 06 tháng đầu năm 2024 công tác triển khai Đề án 06 trên địa bàn tỉnh" }),
      task(2, { content: "Sơ kết 6 tháng đầu năm 2024 công tác triển khai Đề án 06 trên địa bàn tỉnh" }),
    );
    expect(runRule(RULE, rows)).toHaveLength(1);
  });

  it("reports each later copy once, across sections", () => {
    const rows = table(
      section("I. VỀ CÔNG TÁC CHỈ ĐẠO"),
      task(1, { content: CONTENT }),
      section("II. VỀ PHÁT TRIỂN CÔNG DÂN SỐ"),
      task(2, { content: CONTENT }),
      task(3, { content: CONTENT }),
    );
    const findings = runRule(RULE, rows);
    expect(findings.map((f) => f.task)).toEqual(["2", "3"]);
    expect(findings.every((f) => f.related?.[0]?.task === "1")).toBe(true);
  });

  it("reports task 28 of the 2024 seed as a repeat of task 26", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ task: "28", row: seedRow(28), related: [{ row: seedRow(26), task: "26" }] });
  });
});

describe("duplicate-task index", () => {
  /** Task-like texts: 10–25 words drawn from a Zipf-shaped vocabulary, spread over 20 leads. */
  function items(n: number, groups = 20): SimilarItem[] {
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const zipf = (): string => `w${Math.floor(Math.exp(rand() * Math.log(3000)))}`;
    return Array.from({ length: n }, (_, i) => {
      const tokens = Array.from({ length: 10 + Math.floor(rand() * 16) }, zipf);
      return { group: `g${i % groups}`, tokens };
    });
  }

  it("compares far fewer pairs than all of them", () => {
    const n = 20000;
    const stats: SimilarStats = { compared: 0 };
    findSimilar(items(n), 0.9, { stats });
    expect(stats.compared).toBeLessThan(n * 5);
  });

  it("still finds a near-duplicate among many tasks", () => {
    const list = items(5000);
    const original = list[700];
    const copy = { ...original, tokens: [...original.tokens, "them"] };
    const long = { ...copy, tokens: [...original.tokens, ...original.tokens.map((t) => `${t}x`)] };
    const matches = findSimilar([...list, copy], 0.9);
    const found = matches.find((m) => m.index === list.length);
    expect(found?.earlier).toContain(700);
    expect(findSimilar([...list, long], 0.9).some((m) => m.index === list.length)).toBe(false);
  });

  it("agrees with comparing every pair", () => {
    const base = items(400, 3);
    // Near copies: drop one word, or add one, so that some pairs are similar and most are not.
    const list = base.map((it, i) => (i % 5 === 1 ? { ...base[i - 1], tokens: base[i - 1].tokens.slice(1) } : it));
    for (const threshold of [0.8, 0.9]) {
      const fast = findSimilar(list, threshold);
      const slow: string[] = [];
      for (let i = 0; i < list.length; i++) {
        for (let j = 0; j < i; j++) {
          if (list[i].group !== list[j].group) continue;
          const a = new Set(list[i].tokens);
          const b = new Set(list[j].tokens);
          const common = [...a].filter((t) => b.has(t)).length;
          if ((2 * common) / (a.size + b.size) >= threshold) slow.push(`${i}-${j}`);
        }
      }
      const got = fast.flatMap((m) => m.earlier.map((j) => `${m.index}-${j}`));
      expect(got.sort()).toEqual(slow.sort());
      expect(slow.length).toBeGreaterThan(10);
    }
  });
});

/** Task 8 and task 18 of VPCP TB 624/2025 Phụ lục I: the later one is the first three clauses of the earlier. */
const PPP =
  "Ban hành cơ chế, chính sách hợp tác công tư để nghiên cứu và phát triển công nghệ chiến lược; cơ chế, chính " +
  "sách hợp tác công tư để nghiên cứu và phát triển hạ tầng số mới, dịch vụ số mới, dữ liệu; cơ chế, chính sách " +
  "hợp tác công tư để đào tạo nhân lực công nghệ số";
const PPP_LONG = `${PPP}; để phục vụ phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia`;
/** The shared preamble of tasks 25–29 of the same appendix, each naming its own database. */
const PREAMBLE =
  "Hoàn thiện triển khai xây dựng, đưa vào khai thác sử dụng các Cơ sở dữ liệu quốc gia, Cơ sở dữ liệu chuyên " +
  "ngành; đồng bộ dữ liệu về Trung tâm dữ liệu quốc gia để xây dựng Cơ sở dữ liệu tổng hợp quốc gia, phục vụ " +
  "chuyển đổi số quốc gia:";

describe(`${RULE}: a task repeating another task's clause word for word`, () => {
  const MOF = "Bộ Tài chính";

  it("is reported on the later task, naming the earlier (VPCP TB 624/2025, tasks 8 and 18)", () => {
    const rows = table(
      task(8, { content: PPP_LONG, lead: MOF }),
      task(9, { lead: MOF }),
      task(18, { content: PPP, lead: MOF }),
    );
    const findings = runRule(RULE, rows);
    expect(findings.map((f) => [f.row, f.task, f.messageId, f.related])).toEqual([
      [FIRST_ROW + 2, "18", "contained", [{ row: FIRST_ROW, task: "8" }]],
    ]);
    expect(findings[0].message).toBe(
      "Nhiệm vụ 18 và nhiệm vụ 8 (dòng 5) cùng đơn vị chủ trì “Bộ Tài chính”, và nội dung của nhiệm vụ này được " +
        "chép nguyên văn trong nhiệm vụ kia: “Ban hành cơ chế, chính sách hợp tác công tư để nghiên cứu và phát " +
        "triển công ng…”.",
    );
  });

  it("also when the longer task comes later, and whatever the case and the line breaks", () => {
    const rows = table(
      task(1, { content: PPP.replace("Ban hành", "ban hành"), lead: MOF }),
      task(2, { content: `- ${PPP.replace(/; /g, ";\n- ")}.\n- Tổng kết, đánh giá kết quả thực hiện.`, lead: MOF }),
    );
    expect(runRule(RULE, rows).map((f) => [f.task, f.messageId])).toEqual([["2", "contained"]]);
  });

  it("passes tasks sharing a long preamble with different objects (tasks 25–29 of the same appendix)", () => {
    const objects = [
      "(1) Cơ sở dữ liệu quốc gia về Bảo hiểm",
      "(31) Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp",
      "(67) CSDL tổng hợp về tài chính",
      "(4) Cơ sở dữ liệu quốc gia về giá",
    ];
    const rows = table(...objects.map((o, i) => task(25 + i, { content: `${PREAMBLE} ${o}`, lead: MOF })));
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("passes the introduction of a list and the list (“…: (1) …”)", () => {
    const rows = table(
      task(1, { content: PREAMBLE.replace(/:$/, ""), lead: MOF }),
      task(2, { content: `${PREAMBLE} (1) Cơ sở dữ liệu quốc gia về Bảo hiểm`, lead: MOF }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("passes a repeat under another lead, a short phrase, and words that do not end a clause", () => {
    const sk = "Tổ chức hội nghị sơ kết việc thực hiện Đề án 06 trên địa bàn tỉnh";
    const rows = table(
      task(1, { content: PPP_LONG, lead: MOF }),
      task(2, { content: PPP, lead: "Bộ Khoa học và Công nghệ" }),
      task(3, { content: "Báo cáo kết quả thực hiện", lead: MOF }),
      task(4, { content: "Báo cáo kết quả thực hiện, gửi Bộ Công an", lead: MOF }),
      task(5, { content: sk, lead: MOF }),
      task(6, { content: `${sk} năm 2024`, lead: MOF }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a closing clause repeated inside another task (BCĐ CV 174/2025, items 2 and 36)", () => {
    const item2 =
      "Đề nghị điều chỉnh Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ về quy định tổ chức các cơ quan " +
      "chuyên môn thuộc UBND tỉnh, thành phố trực thuộc trung ương theo hướng tăng số lượng cơ quan chuyên môn cấp " +
      "xã; đề nghị bố trí các phòng chuyên môn thuộc UBND xã là 04 phòng và Văn phòng HĐND và UBND.";
    const item36 =
      "Đề nghị cấp có thẩm quyền xem xét bố trí các phòng chuyên môn thuộc UBND xã là 04 phòng và Văn phòng HĐND " +
      "và UBND, để thực hiện hiệu quả mô hình chính quyền địa phương 2 cấp.";
    const rows = table(
      task(2, { content: item2, lead: "Bộ Nội vụ" }),
      task(36, { content: item36, lead: "Bộ Nội vụ" }),
    );
    expect(runRule(RULE, rows).map((f) => [f.task, f.messageId, f.related?.map((r) => r.task)])).toEqual([
      ["36", "contained", ["2"]],
    ]);
  });

  it("passes a shared ending shorter than a closing clause worth the name (VPCP TB 624/2025, tasks 17 and 22)", () => {
    const rows = table(
      task(17, {
        content:
          "Hoàn thành việc lựa chọn, thống nhất Hệ thống thông tin giải quyết thủ tục hành chính của bộ, ngành, địa " +
          "phương mình bảo đảm hiệu quả; tích hợp 100% dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia",
        lead: MOF,
      }),
      task(22, {
        content:
          "Chủ động nâng cấp, phát triển Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh; phối hợp " +
          "với Bộ Công an tích hợp, cung cấp 100% dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia",
        lead: MOF,
      }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("keeps the identical finding for identical texts (one finding per pair)", () => {
    const rows = table(task(1, { content: PPP, lead: MOF }), task(2, { content: PPP, lead: MOF }));
    expect(runRule(RULE, rows).map((f) => f.messageId)).toEqual(["identical"]);
  });
});

describe("findContained and its candidates", () => {
  it("finds the closing clause of a text after its last strong stop, not inside a date", () => {
    expect(closingClause("Rà soát văn bản; đề nghị bố trí 04 phòng.")).toBe("Rà soát văn bản;".length);
    expect(closingClause("Hoàn thành trước 30.6.2026")).toBe(-1);
    expect(closingClause("Một vế duy nhất")).toBe(-1);
  });

  it("finds a text that is a run of clauses of another in the same group only", () => {
    const items = [
      { group: 0, text: PPP_LONG },
      { group: 1, text: PPP },
      { group: 0, text: PPP },
    ];
    expect(findContained(items)).toEqual([{ index: 2, earlier: [0] }]);
  });

  it("reads no text whose figures another text of its group cannot hold", () => {
    const c = new ContainmentCandidates();
    const long = "Triển khai kho dữ liệu thủ tục hành chính tỉnh theo Kế hoạch số";
    c.add(0, `${long} 1001`, [1001]); // alone with its figure: neither inner nor outer
    c.add(0, `${long} 1002`, [1002, 766]);
    c.add(0, `${long} 1002, 766`, [766, 1002]); // shares all its figures: may be inner; the other may be outer
    c.add(1, `${long} 1003`, []); // no figures: every text of its group may hold it
    c.add(1, `${long} 1004`, [1004]);
    c.add(-1, `${long}`, []); // no group (no lead): never
    c.add(1, "Báo cáo", []); // too short
    expect(c.select()).toEqual([1, 2, 3, 4]);
  });

  /** What `select` must give, counted plainly: every (group, figure) pair of every long item, exactly. */
  function plainSelect(items: ReadonlyArray<{ group: number; text: string; figures: number[]; tail?: number[] }>) {
    const long = items.map((it) => it.group >= 0 && it.text.length >= 16);
    const count = new Map<string, number>();
    const key = (g: number, f: number) => `${g}:${f}`;
    items.forEach((it, i) => {
      if (long[i])
        for (const f of new Set(it.figures)) count.set(key(it.group, f), (count.get(key(it.group, f)) ?? 0) + 1);
    });
    const rarest = (g: number, list: readonly number[]): string | null | undefined => {
      let best: string | null = null;
      let least = Infinity;
      for (const f of list) {
        const d = count.get(key(g, f)) ?? 0;
        if (d < 2) return undefined;
        if (d < least) [least, best] = [d, key(g, f)];
      }
      return best;
    };
    const inner = new Set<number>();
    const bare = new Set<number>();
    const needed = new Set<string>();
    items.forEach((it, i) => {
      if (!long[i]) return;
      let r = rarest(it.group, it.figures);
      if (r === undefined && it.tail) r = rarest(it.group, it.tail);
      if (r === undefined) return;
      inner.add(i);
      if (r === null) bare.add(it.group);
      else needed.add(r);
    });
    return items.flatMap((it, i) =>
      long[i] && (inner.has(i) || bare.has(it.group) || it.figures.some((f) => needed.has(key(it.group, f))))
        ? [i]
        : [],
    );
  }

  it("picks exactly the items a plain count of their figures picks", () => {
    const item = fc.record({
      group: fc.integer({ min: -1, max: 3 }),
      text: fc.constantFrom("Báo cáo", "Triển khai kho dữ liệu thủ tục hành chính"),
      figures: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
      tail: fc.option(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 2 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (raw) => {
        // A closing clause's figures are figures of its text.
        const items = raw.map((it) => {
          const figures = [...it.figures, ...(it.tail ?? [])].sort((a, b) => a - b);
          return { ...it, figures, tail: it.tail ? [...it.tail].sort((a, b) => a - b) : undefined };
        });
        const c = new ContainmentCandidates();
        for (const it of items) c.add(it.group, it.text, it.figures, it.tail);
        expect(c.select()).toEqual(plainSelect(items));
      }),
      { numRuns: 500 },
    );
  });
});

describe(`${RULE} in an indicator table`, () => {
  /** QĐ 2629/QĐ-TTg (2025), Phụ lục I: each indicator once per period, with its own target. */
  const SATISFACTION = "Tỉ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến";
  const DIGITISED = "Tỉ lệ hồ sơ được số hóa";
  const VPCP = "Văn phòng Chính phủ";
  const rows = [
    ["PHỤ LỤC I"],
    ["DANH MỤC CÁC CHỈ TIÊU CỤ THỂ"],
    ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá"],
    ["I", "Giai đoạn 2025-2027"],
    [1, SATISFACTION, "%", "95%", VPCP],
    [2, DIGITISED, "%", "80%", VPCP],
    ["II", "Giai đoạn 2028-2030"],
    [1, SATISFACTION, "%", "99%", VPCP],
    [2, DIGITISED, "%", "100%", VPCP],
    [3, DIGITISED, "%", "100%", VPCP],
  ];

  it("takes the same indicator in two period sections as the form of the table, and a repeat in one as a repeat", () => {
    const findings = runRule(RULE, rows, { merges: ["A1:E1", "A2:E2", "B4:E4", "B7:E7"] });
    expect(findings.map((f) => [f.row, f.messageId, f.related?.map((r) => r.row)])).toEqual([[10, "identical", [9]]]);
  });
});

describe("duplicate-task: the same task worded with its lead restated, a citation of its source, an abbreviation", () => {
  const RULE_ID = "duplicate-task";
  const first =
    "Bộ Tài chính chủ trì, phối hợp với Bộ Khoa học và Công nghệ và Ủy ban nhân dân TP. Hà Nội chỉ đạo Trung tâm Đổi mới sáng tạo Quốc gia rà soát, hoàn chỉnh Dự án Khu lưu trú cho chuyên gia, bảo đảm khởi công dự án trong Quý III/2025";
  const again =
    "Chủ trì, phối hợp với Bộ Khoa học và Công nghệ và Ủy ban nhân dân thành phố Hà Nội chỉ đạo Trung tâm Đổi mới sáng tạo Quốc gia rà soát, hoàn chỉnh Dự án Khu lưu trú cho chuyên gia, bảo đảm khởi công dự án trong Quý III/2025 theo nhiệm vụ được giao tại Thông báo kết luận số 30-TB/TGV ngày 13/6/2025";

  it("finds the repeat (TB 624/TB-VPCP: task 3.6 re-urges task 3.1), as a near repeat", () => {
    const rows = table(
      task(1, { content: first, lead: "Bộ Tài chính", deadline: "30/09/2025" }),
      task(2, { content: again, lead: "Bộ Tài chính", deadline: "30/09/2025" }),
    );
    const findings = runRule(RULE_ID, rows);
    expect(findings.map((f) => [f.row, f.messageId, f.related?.map((r) => r.row)])).toEqual([
      [FIRST_ROW + 1, "similar", [FIRST_ROW]],
    ]);
  });

  it("keeps apart the same words for another lead, or with another figure outside the citation", () => {
    const other = table(
      task(1, { content: first, lead: "Bộ Tài chính" }),
      task(2, { content: again, lead: "Bộ Xây dựng" }),
    );
    expect(runRule(RULE_ID, other)).toEqual([]);
    const later = table(
      task(1, { content: first, lead: "Bộ Tài chính" }),
      task(2, { content: again.replace("Quý III/2025", "Quý IV/2026"), lead: "Bộ Tài chính" }),
    );
    expect(runRule(RULE_ID, later)).toEqual([]);
  });
});
