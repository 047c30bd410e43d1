import { COL, FIRST_ROW, HEADER, runRule, table, task } from "./harness";

const RULE = "unknown-agency";

describe(RULE, () => {
  it("passes agencies of the directory, their variants and collective names", () => {
    const rows = table(
      task(1, { lead: "Công an tỉnh", coLead: "Các cơ quan, đơn vị có liên quan" }),
      task(2, {
        lead: "Sở Lao động-Thương binh và Xã hội",
        coLead: "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
      }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a body it does not know, as info, naming it", () => {
    const findings = runRule(RULE, table(task(1, { coLead: "Công an tỉnh, Hợp tác xã Nông nghiệp Tân Phú" })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", row: FIRST_ROW, col: COL.coLead, task: "1" });
    expect(findings[0].data.agency).toBe("Hợp tác xã Nông nghiệp Tân Phú");
  });

  it("lets options ignore names, compared without diacritics or case", () => {
    const rows = table(task(1, { coLead: "Hợp tác xã Nông nghiệp Tân Phú" }));
    expect(runRule(RULE, rows, { options: { ignore: ["hop tac xa nong nghiep tan phu"] } })).toEqual([]);
  });

  it("says nothing about an empty or placeholder cell", () => {
    expect(runRule(RULE, table(task(1, { coLead: "" }), task(2, { coLead: "-" })))).toEqual([]);
  });

  it("says an unknown name once per document, the other rows related", () => {
    const rows = table(
      task(1, { coLead: "Hợp tác xã Tân Phú" }),
      task(2, { coLead: "Công an tỉnh, Hợp tác xã Tân Phú" }),
      task(3, { lead: "Hợp tác xã Tân Phú" }),
    );
    const findings = runRule(RULE, rows);
    expect(findings).toHaveLength(1);
    expect(findings[0].related?.map((r) => r.row)).toEqual([FIRST_ROW + 1, FIRST_ROW + 2]);
  });

  it.each([
    ["Sở, ban, ngành có liên quan"],
    ["Cơ quan, địa phương liên quan"],
    ["Sở Tài chính, Viện, Trường, Doanh nghiệp"],
    ["Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở hằng năm"],
    ["Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu"],
    ["Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật áp dụng chung toàn quốc"],
    ["- Bộ Khoa học và Công nghệ;\n- Bộ Xây dựng;\n- Các bộ, ngành liên quan và UBND các tỉnh/ thành phố."],
    ["Bộ Nông nghiệp và Môi trường, Bộ Tài chính, Bộ Công an và Văn phòng Chính phủ"],
  ])("reports no fragment, generic word or role phrase of %j", (cell) => {
    expect(runRule(RULE, table(task(1, { coLead: cell })))).toEqual([]);
  });

  describe("the issuing body's own units", () => {
    const cells = {
      lead: "Cục Bản quyền tác giả",
      coLead: "Văn phòng Bộ; Vụ Khoa học công nghệ, Đào tạo và Môi trường",
    };
    const ministryPlan = (...titles: string[]) => [...titles.map((t) => [t]), HEADER, task(1, cells)];

    it("are not reported in a plan the ministry issues (its Cục, Vụ, Văn phòng)", () => {
      const rows = ministryPlan(
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ NĂM 2026",
        "(Kèm theo Công văn số 6225/BVHTTDL-VP ngày 18/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)",
      );
      expect(runRule(RULE, rows)).toEqual([]);
    });

    it("are reported, whole, when nothing says who issues the plan", () => {
      const findings = runRule(RULE, ministryPlan("PHỤ LỤC", "DANH MỤC NHIỆM VỤ NĂM 2026"));
      expect(findings.map((f) => f.data.agency)).toEqual([
        "Cục Bản quyền tác giả",
        "Văn phòng Bộ",
        "Vụ Khoa học công nghệ, Đào tạo và Môi trường",
      ]);
    });

    it("are another body's units in a provincial plan, and reported there", () => {
      const findings = runRule(RULE, table(task(1, cells)));
      expect(findings).toHaveLength(3);
    });

    it("do not cover a name of another kind in the ministry's plan", () => {
      const rows = [["(Kèm theo Quyết định số 12/QĐ-BTC ngày 02/01/2026 của Bộ Tài chính)"], HEADER];
      rows.push(task(1, { lead: "Cục Thuế", coLead: "Hợp tác xã Tân Phú" }));
      expect(runRule(RULE, rows).map((f) => f.data.agency)).toEqual(["Hợp tác xã Tân Phú"]);
    });
  });
});
