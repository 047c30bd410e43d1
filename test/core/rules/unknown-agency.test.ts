import { COL, FIRST_ROW, runRule, table, task } from "./harness";

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
});
