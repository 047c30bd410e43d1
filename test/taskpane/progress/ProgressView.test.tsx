/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkGrid, type CheckOptions } from "../../../src/core/engine";
import type { CompletionReport } from "../../../src/core/completion/compute";
import { createGrid, type CellRange, type LiteralCell } from "../../../src/core/grid";
import { PUBLIC_FIGURES, formatRate } from "../../../src/core/completion/labels";
import { formatNumber } from "../../../src/i18n";
import { ProgressView } from "../../../src/taskpane/progress/ProgressView";
import { defaultServices, type PaneServices } from "../../../src/taskpane/services";
import { usePane, type PaneModel } from "../../../src/taskpane/usePane";
import { SUMMARY_SHEET, summaryRows } from "../../../src/workbook/summary";
import { STATE_SHEET } from "../../../src/workbook/marking";
import type { SheetSpec } from "../../../src/workbook/port";
import {
  TRACKING_AS_OF,
  TRACKING_COL,
  TRACKING_MERGES,
  TRACKING_ROW,
  trackingGrid,
  trackingRows,
} from "../../fixtures/completion";
import { FakePort } from "../fakePort";
import "../jsdom-shims";

const SHEET = "Theo dõi";

function core(asOf = TRACKING_AS_OF): CompletionReport {
  const r = checkGrid(trackingGrid(), { asOf });
  if (!r.ok || !r.report.completion) throw new Error("fixture not checked");
  return r.report.completion;
}

/** The view over the pane's session (real services unless given), as the pane shows it; `pane()` is the latest. */
function Harness(props: {
  port: FakePort;
  lang: "vi" | "en";
  services?: PaneServices;
  onPane: (p: PaneModel) => void;
}) {
  const pane = usePane({
    port: props.port,
    services: props.services ?? defaultServices,
    lang: props.lang,
    asOf: TRACKING_AS_OF,
  });
  props.onPane(pane);
  return <ProgressView pane={pane} />;
}

function mount(port: FakePort, lang: "vi" | "en" = "vi", services?: PaneServices) {
  let latest: PaneModel | undefined;
  const view = (l: "vi" | "en") => (
    <FluentProvider theme={webLightTheme}>
      <Harness port={port} lang={l} services={services} onPane={(p) => (latest = p)} />
    </FluentProvider>
  );
  const { rerender } = render(view(lang));
  return { pane: () => latest!, setLang: (l: "vi" | "en") => rerender(view(l)) };
}

function setup(lang: "vi" | "en" = "vi") {
  const port = new FakePort({
    sheets: { [SHEET]: { rows: trackingRows(), merges: ["A1:H1", "A2:H2", "A3:H3", "A6:H6", "A15:H15", "A24:H24"] } },
  });
  return { port, ...mount(port, lang) };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const agencyRows = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="progress-row"]'));
const cell = (row: Element, figure: string) => text(row.querySelector(`[data-figure="${figure}"]`));
const column = (figure: string) => agencyRows().map((r) => cell(r, figure));

async function ready() {
  await screen.findByTestId("progress-table");
}

function expectFigures(expected: CompletionReport, lang: "vi" | "en" = "vi") {
  const rows = agencyRows();
  expect(rows.map((r) => r.dataset.agency)).toEqual(expected.agencies.map((a) => a.agency));
  expected.agencies.forEach((a, i) => {
    for (const f of PUBLIC_FIGURES) expect(cell(rows[i], f)).toBe(formatNumber(lang, a[f]));
    expect(cell(rows[i], "rate")).toBe(formatRate(a.rate, lang));
  });
  const total = screen.getByTestId("progress-total");
  for (const f of PUBLIC_FIGURES) expect(cell(total, f)).toBe(formatNumber(lang, expected.total[f]));
  expect(cell(total, "rate")).toBe(formatRate(expected.total.rate, lang));
}

describe("ProgressView", () => {
  it("shows the core's figures per agency and the distinct-task total", async () => {
    setup();
    await ready();
    expectFigures(core());
    expect(cell(screen.getByTestId("progress-total"), "assigned")).toBe("22");
  });

  it("recomputes when the as-of date changes", async () => {
    setup();
    await ready();
    fireEvent.change(screen.getByTestId("progress-as-of"), { target: { value: "2024-03-31" } });
    await waitFor(() => expectFigures(core("2024-03-31")));
    expect(core("2024-03-31").total.due).not.toBe(core().total.due);
  });

  it("sorts by a column on click, both ways, and keeps the total last", async () => {
    setup();
    await ready();
    const header = screen.getByRole("button", { name: "Sắp xếp theo Quá hạn" });
    fireEvent.click(header);
    const desc = column("overdue").map(Number);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBeGreaterThan(desc[desc.length - 1]);
    expect(header.closest("th")?.getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(header);
    const asc = column("overdue").map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    fireEvent.click(screen.getByRole("button", { name: "Sắp xếp theo Cơ quan chủ trì" }));
    const names = column("agency");
    expect(names).toEqual([...names].sort(new Intl.Collator("vi", { sensitivity: "base" }).compare));
    const body = screen.getByTestId("progress-total").parentElement!;
    expect(body.lastElementChild).toBe(screen.getByTestId("progress-total"));
  });

  it("lists an agency's overdue tasks on click or Enter and jumps to each", async () => {
    const { port } = setup();
    await ready();
    const ca = agencyRows().find((r) => r.dataset.agency === "Công an tỉnh")!;
    fireEvent.click(ca);
    const list = await screen.findByTestId("progress-overdue");
    const expected = core().agencies.find((a) => a.agency === "Công an tỉnh")!.taskRows.overdue;
    expect(expected).toEqual([TRACKING_ROW[3]]);
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => Number(li.dataset.row))).toEqual(expected);
    expect(text(items[0])).toContain("Nhiệm vụ 3: Theo dõi, đôn đốc triển khai thực hiện 42 mô hình");
    await act(async () => {
      fireEvent.click(within(items[0]).getByRole("button"));
    });
    expect(port.callsOf("select")).toEqual([[SHEET, { top: 9, left: 2, bottom: 9, right: 2 }]]);

    // Enter on another agency's row shows its list instead.
    const stp = agencyRows().find((r) => r.dataset.agency === "Sở Tư pháp")!;
    fireEvent.keyDown(stp, { key: "Enter" });
    const stpRows = core().agencies.find((a) => a.agency === "Sở Tư pháp")!.taskRows.overdue;
    await waitFor(() =>
      expect(
        within(screen.getByTestId("progress-overdue"))
          .getAllByRole("listitem")
          .map((li) => Number(li.dataset.row)),
      ).toEqual(stpRows),
    );
    expect(stpRows.length).toBeGreaterThan(1);
  });

  it("writes the summary sheet through the port and says so", async () => {
    const { port } = setup();
    await ready();
    await act(async () => {
      fireEvent.click(screen.getByTestId("progress-write"));
    });
    const all = port.callsOf("writeSheet").map((a) => a[0] as SheetSpec);
    // Besides the summary, only the hidden state sheet that lists it, so clearing the marks removes it.
    const writes = all.filter((w) => w.name !== STATE_SHEET);
    expect(all.find((w) => w.name === STATE_SHEET)?.hidden).toBe(true);
    expect(writes).toHaveLength(1);
    expect(writes[0].name).toBe(SUMMARY_SHEET.vi);
    expect(writes[0].rows).toEqual(summaryRows(core(), "vi"));
    expect(text(await screen.findByTestId("progress-status"))).toContain(SUMMARY_SHEET.vi);
  });

  it("speaks English with English number formats", async () => {
    setup("en");
    await ready();
    expectFigures(core(), "en");
    expect(screen.getByRole("button", { name: "Sort by Overdue" })).toBeTruthy();
  });

  it("says when the active sheet holds no appendix", async () => {
    const port = new FakePort({ sheets: { Notes: { rows: [["Ghi chú"], ["không có bảng"]] } } });
    mount(port);
    expect(text(await screen.findByTestId("progress-no-table"))).toContain("Notes");
  });
});

/** The tracking sheet with a task column headed in words the detector does not know (both header rows). */
function unknownHeaderRows(): LiteralCell[][] {
  const rows = trackingRows();
  for (const i of [3, 19]) rows[i] = rows[i].map((c, j) => (j === TRACKING_COL.content - 1 ? "Diễn giải" : c));
  return rows;
}

function coreOf(rows: LiteralCell[][], options: CheckOptions): CompletionReport {
  const r = checkGrid(createGrid({ sheet: SHEET, rows, merges: TRACKING_MERGES }), {
    asOf: TRACKING_AS_OF,
    ...options,
  });
  if (!r.ok || !r.report.completion) throw new Error("fixture not checked");
  return r.report.completion;
}

/** The view over a port with the tracking sheet (as given) and a notes sheet, with a spy on the core's check. */
function setupWith(options: { rows?: LiteralCell[][]; active?: string } = {}) {
  const port = new FakePort({
    sheets: {
      [SHEET]: { rows: options.rows ?? trackingRows(), merges: TRACKING_MERGES },
      Notes: { rows: [["Ghi chú"], ["không có bảng"]] },
    },
    active: options.active ?? SHEET,
  });
  const services = { ...defaultServices, check: jest.fn(defaultServices.check) };
  const mounted = mount(port, "vi", services);
  const lastCheck = () => {
    const call = services.check.mock.calls.at(-1)!;
    const result = services.check.mock.results.at(-1)!.value as ReturnType<typeof defaultServices.check>;
    return { options: call[1], result };
  };
  return { port, services, lastCheck, ...mounted };
}

describe("ProgressView over the pane's session", () => {
  it("shows the figures of the sheet the session reads, and of another sheet once the session reads that", async () => {
    const { port, pane } = setupWith();
    await ready();
    expectFigures(core());
    port.selection = { sheet: "Notes", range: { top: 1, left: 1, bottom: 2, right: 1 } };
    await act(async () => {
      await pane().useSelection();
    });
    expect(text(await screen.findByTestId("progress-no-table"))).toContain("Notes");
    expect(port.callsOf("readGrid").map((c) => c[0])).toEqual([SHEET, SHEET, "Notes"]);
  });

  it("finds the table through the columns mapped by hand when the header is not recognised", async () => {
    const rows = unknownHeaderRows();
    const { port, services, lastCheck, pane } = setupWith({ rows });
    expect(text(await screen.findByTestId("progress-no-table"))).toContain(SHEET);
    expect(services.check).not.toHaveBeenCalled();

    const mapping = { content: TRACKING_COL.content };
    act(() => pane().setMapping("content", TRACKING_COL.content));
    await ready();
    expect(lastCheck().options.mapping).toEqual(mapping);
    const expected = coreOf(rows, { mapping });
    expectFigures(expected);
    expect(expected.total).toEqual(core().total);
    // The sheet is read once at the start and once for the check.
    expect(port.callsOf("readGrid")).toHaveLength(2);
  });

  it("checks against the plan period typed on the check tab, normalised, and leaves out one that is not valid", async () => {
    const { lastCheck, pane } = setupWith();
    await ready();
    act(() => pane().setPlanPeriod("2026 – 2030"));
    await waitFor(() => expect(lastCheck().options.planPeriod).toBe("2026-2030"));
    const typed = lastCheck().result;
    expect(typed.ok && typed.report.planPeriod).toEqual({ from: "2026-01-01", to: "2030-12-31", source: "option" });
    await ready();
    expectFigures(core());

    act(() => pane().setPlanPeriod("năm nay"));
    await waitFor(() => expect(lastCheck().options).toHaveProperty("planPeriod", undefined));
    const fromTitle = lastCheck().result;
    expect(fromTitle.ok && fromTitle.report.planPeriod?.source).toBe("title");
    await ready();
    expectFigures(core());

    // A year the core refuses is refused as typed (the core's own parser), and left out of the check.
    act(() => pane().setPlanPeriod("1989"));
    expect(pane().planPeriodValid).toBe(false);
    await ready();
    expect(lastCheck().options.planPeriod).toBeUndefined();
    expect(screen.queryByTestId("progress-no-table")).toBeNull();
  });

  it("counts only the tasks in the range the session reads", async () => {
    const range: CellRange = { top: 1, left: 1, bottom: TRACKING_ROW[8], right: TRACKING_COL.completionDate };
    const { port, lastCheck, pane } = setupWith();
    await ready();
    port.selection = { sheet: SHEET, range };
    await act(async () => {
      await pane().useSelection();
    });
    const expected = coreOf(trackingRows(), { range });
    expect(expected.total.assigned).toBe(8);
    await waitFor(() => expectFigures(expected));
    expect(lastCheck().options.range).toEqual(range);
  });

  it("changes the date without checking again, and the language without checking again", async () => {
    const { services, setLang } = setupWith();
    await ready();
    const checks = services.check.mock.calls.length;
    expect(checks).toBe(1);
    fireEvent.change(screen.getByTestId("progress-as-of"), { target: { value: "2024-03-31" } });
    await waitFor(() => expectFigures(core("2024-03-31")));
    setLang("en");
    await waitFor(() => expectFigures(core("2024-03-31"), "en"));
    expect(services.check).toHaveBeenCalledTimes(checks);
  });
});
