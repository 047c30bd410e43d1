/** @jest-environment jsdom */
/**
 * The progress tab at task-pane width (340 px): one card per agency with the core's figures, sortable by rate and by
 * overdue, and a drill-down to the agency's tasks — overdue ones with their deadline and days late (due today when
 * due on the as-of date) — each one click from its cell.
 */
import { configure, act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkGrid } from "../../../src/core/engine";
import type { CompletionReport } from "../../../src/core/completion/compute";
import { formatRate } from "../../../src/core/completion/labels";
import { ProgressView } from "../../../src/taskpane/progress/ProgressView";
import { defaultServices } from "../../../src/taskpane/services";
import { usePane } from "../../../src/taskpane/usePane";
import { TRACKING_AS_OF, TRACKING_ROW, trackingGrid, trackingRows } from "../../fixtures/completion";
import { FakePort } from "../fakePort";
import "../jsdom-shims";

// A busy machine re-checks slower than testing-library's one second.
configure({ asyncUtilTimeout: 20_000 });

const SHEET = "Theo dõi";

function core(asOf = TRACKING_AS_OF): CompletionReport {
  const r = checkGrid(trackingGrid(), { asOf });
  if (!r.ok || !r.report.completion) throw new Error("fixture not checked");
  return r.report.completion;
}

function Harness({ port, asOf }: { port: FakePort; asOf: string }) {
  const pane = usePane({ port, services: defaultServices, lang: "vi", asOf });
  return <ProgressView pane={pane} />;
}

function setup(asOf = TRACKING_AS_OF) {
  const port = new FakePort({
    sheets: { [SHEET]: { rows: trackingRows(), merges: ["A1:H1", "A2:H2", "A3:H3", "A6:H6", "A15:H15", "A24:H24"] } },
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness port={port} asOf={asOf} />
    </FluentProvider>,
  );
  return port;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const cards = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="progress-card"]'));
const card = (agency: string) => cards().find((c) => c.dataset.agency === agency)!;

let width: number;
beforeAll(() => {
  width = window.innerWidth;
  Object.defineProperty(window, "innerWidth", { configurable: true, value: 340 });
});
afterAll(() => Object.defineProperty(window, "innerWidth", { configurable: true, value: width }));

describe("progress cards in a task pane", () => {
  it("shows one card per agency with the core's done/due, rate, overdue and a bar, and no wide table", async () => {
    setup();
    await screen.findByTestId("progress-cards");
    expect(screen.getByTestId("progress-view").dataset.layout).toBe("cards");
    expect(screen.queryByTestId("progress-table")).toBeNull();
    const expected = core();
    expect(cards().map((c) => c.dataset.agency)).toEqual(expected.agencies.map((a) => a.agency));
    for (const a of expected.agencies) {
      const c = card(a.agency);
      const done = text(c.querySelector('[data-figure="done-of-due"]'));
      if (a.due === 0) expect(done).toBe("Chưa có nhiệm vụ đến hạn");
      else expect(done).toBe(`Hoàn thành ${a.done}/${a.due} đến hạn · ${formatRate(a.rate, "vi")}`);
      expect(text(c.querySelector('[data-figure="overdue"]'))).toBe(`${a.overdue} quá hạn`);
      expect(Number(c.querySelector<HTMLElement>("[data-rate-bar]")!.dataset.rateBar)).toBe(
        Math.round((a.rate ?? 0) * 100),
      );
    }
    const total = screen.getByTestId("progress-card-total");
    expect(text(total)).toContain(`${expected.total.overdue} quá hạn`);
    expect(screen.getByTestId("progress-cards").lastElementChild).toBe(total);
  });

  it("sorts by rate (lowest first, no rate last) and by overdue (most first)", async () => {
    setup();
    await screen.findByTestId("progress-cards");
    const byName = new Map(core().agencies.map((a) => [a.agency, a]));
    fireEvent.click(screen.getByRole("button", { name: "Quá hạn" }));
    const overdue = cards().map((c) => byName.get(c.dataset.agency!)!.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(overdue[0]).toBeGreaterThan(overdue[overdue.length - 1]);
    fireEvent.click(screen.getByRole("button", { name: "Tỷ lệ" }));
    const rates = cards().map((c) => byName.get(c.dataset.agency!)!.rate);
    const known = rates.filter((r): r is number => r !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(rates.slice(known.length).every((r) => r === null)).toBe(true);
  });

  it("opens an agency's tasks, the overdue first with deadline and days late, and jumps to each", async () => {
    const port = setup();
    await screen.findByTestId("progress-cards");
    const stp = core().agencies.find((a) => a.agency === "Sở Tư pháp")!;
    fireEvent.click(within(card("Sở Tư pháp")).getAllByRole("button")[0]);
    const list = await within(card("Sở Tư pháp")).findByTestId("progress-tasks");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(stp.assigned);
    const overdueItems = items.filter((li) => li.dataset.standing === "overdue");
    expect(overdueItems.map((li) => Number(li.dataset.row)).sort((a, b) => a - b)).toEqual(stp.taskRows.overdue);
    expect(items.slice(0, overdueItems.length)).toEqual(overdueItems);
    for (const li of overdueItems)
      expect(text(li)).toMatch(/Hạn \d\d\/\d\d\/\d{4} · (quá hạn \d+ ngày|đến hạn hôm nay)/);
    expect(text(overdueItems[0])).not.toContain("quá hạn 0 ngày");
    await act(async () => {
      fireEvent.click(within(overdueItems[0]).getByRole("button"));
    });
    const row = Number(overdueItems[0].dataset.row);
    expect(port.callsOf("select").at(-1)).toEqual([SHEET, { top: row, left: 2, bottom: row, right: 2 }]);
  });

  it("says due today, not 0 days overdue, for a task due on the as-of date", async () => {
    // Task 3 (Công an tỉnh) is due 31/05/2024 and not done: seen on that very day it is due today.
    setup("2024-05-31");
    await screen.findByTestId("progress-cards");
    fireEvent.click(within(card("Công an tỉnh")).getAllByRole("button")[0]);
    const item = await waitFor(() => {
      const li = card("Công an tỉnh").querySelector<HTMLElement>(`li[data-row="${TRACKING_ROW[3]}"]`);
      expect(li).not.toBeNull();
      return li!;
    });
    expect(item.dataset.standing).toBe("overdue");
    expect(text(item)).toContain("Hạn 31/05/2024 · đến hạn hôm nay");
  });
});
