/** @jest-environment jsdom */
/**
 * The chart of the rates above the progress cards, on the tracking example as of 30/06/2024: one column per agency
 * with a task due, in the cards' order, each as tall as the core's rate; the overall rate as a line; a text
 * alternative naming every agency and its rate; a click on a column opens that agency's card.
 */
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkGrid } from "../../../src/core/engine";
import type { CompletionReport } from "../../../src/core/completion/compute";
import { formatRate } from "../../../src/core/completion/labels";
import { ProgressView } from "../../../src/taskpane/progress/ProgressView";
import { defaultServices } from "../../../src/taskpane/services";
import { usePane } from "../../../src/taskpane/usePane";
import { TRACKING_AS_OF, trackingGrid, trackingRows } from "../../fixtures/completion";
import { FakePort } from "../fakePort";
import "../jsdom-shims";

configure({ asyncUtilTimeout: 20_000 });

const SHEET = "Theo dõi";

function core(lang: "vi" | "en" = "vi"): CompletionReport {
  const r = checkGrid(trackingGrid(), { asOf: TRACKING_AS_OF, lang });
  if (!r.ok || !r.report.completion) throw new Error("fixture not checked");
  return r.report.completion;
}

function Harness({ port, lang }: { port: FakePort; lang: "vi" | "en" }) {
  const pane = usePane({ port, services: defaultServices, lang, asOf: TRACKING_AS_OF });
  return <ProgressView pane={pane} />;
}

function setup(lang: "vi" | "en" = "vi") {
  const port = new FakePort({
    sheets: { [SHEET]: { rows: trackingRows(), merges: ["A1:H1", "A2:H2", "A3:H3", "A6:H6", "A15:H15", "A24:H24"] } },
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness port={port} lang={lang} />
    </FluentProvider>,
  );
  return port;
}

const columns = () => Array.from(document.querySelectorAll<SVGGElement>('[data-testid="progress-chart"] g[data-rate]'));
const cards = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="progress-card"]'));

let width: number;
beforeAll(() => {
  width = window.innerWidth;
  Object.defineProperty(window, "innerWidth", { configurable: true, value: 340 });
});
afterAll(() => Object.defineProperty(window, "innerWidth", { configurable: true, value: width }));

describe("the chart of the rates in the progress tab", () => {
  it("draws one column per agency with a task due, as tall as the core's rate, and the overall rate", async () => {
    setup();
    const chart = await screen.findByTestId("progress-chart");
    const expected = core();
    const due = expected.agencies.filter((a) => a.rate !== null);
    // The example has agencies of every kind: some behind, some done, some with nothing due yet.
    expect(due.length).toBeGreaterThan(3);
    expect(due.length).toBeLessThan(expected.agencies.length);
    expect(new Set(due.map((a) => a.rate)).size).toBeGreaterThan(2);

    expect(columns().map((g) => g.dataset.agency)).toEqual(due.map((a) => a.agency));
    const svg = chart.querySelector("svg")!;
    const scale = Number(svg.getAttribute("viewBox")!.split(" ")[3]);
    for (const [i, g] of columns().entries()) {
      const a = due[i];
      expect(Number(g.dataset.rate)).toBe(a.rate);
      const bar = g.querySelector("rect[data-bar]")!;
      expect(Number(bar.getAttribute("height"))).toBeCloseTo(a.rate! * scale, 6);
      expect(Number(bar.getAttribute("y")) + Number(bar.getAttribute("height"))).toBeCloseTo(scale, 6);
      expect(g.querySelector("title")!.textContent).toBe(
        `${a.agency}: ${formatRate(a.rate, "vi")} (${a.done}/${a.due})`,
      );
    }
    const line = svg.querySelector<SVGLineElement>("line[data-overall]")!;
    expect(Number(line.dataset.overall)).toBe(expected.total.rate);
    expect(Number(line.getAttribute("y1"))).toBeCloseTo(scale - expected.total.rate! * scale, 6);

    // Its text alternative: the picture's name gives every agency drawn with its rate, and those not drawn.
    const img = within(chart).getByRole("img");
    const name = img.getAttribute("aria-label")!;
    expect(name).toContain(`tỷ lệ chung ${formatRate(expected.total.rate, "vi")}`);
    for (const a of due) expect(name).toContain(`${a.agency} ${formatRate(a.rate, "vi")}`);
    expect(name).toContain(`${expected.agencies.length - due.length} cơ quan chưa có nhiệm vụ đến hạn`);
  });

  it("follows the cards' order when they are sorted by rate", async () => {
    setup();
    await screen.findByTestId("progress-chart");
    fireEvent.click(screen.getByRole("button", { name: "Tỷ lệ" }));
    const drawn = columns().map((g) => g.dataset.agency);
    expect(drawn).toEqual(
      cards()
        .map((c) => c.dataset.agency)
        .filter((a) => drawn.includes(a)),
    );
    const rates = columns().map((g) => Number(g.dataset.rate));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(rates[0]).toBeLessThan(rates[rates.length - 1]);
  });

  it("opens an agency's card from its column, its heading focused, and names it under the chart", async () => {
    setup();
    await screen.findByTestId("progress-chart");
    const lowest = [...core().agencies].filter((a) => a.rate !== null).sort((a, b) => a.rate! - b.rate!)[0];
    const column = columns().find((g) => g.dataset.agency === lowest.agency)!;
    fireEvent.click(column.querySelector("rect")!);
    const card = cards().find((c) => c.dataset.agency === lowest.agency)!;
    expect(within(card).getByTestId("progress-tasks")).toBeTruthy();
    expect(document.activeElement).toBe(within(card).getAllByRole("button")[0]);
    expect(within(card).getAllByRole("button")[0].getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByTestId("progress-chart-caption").textContent).toBe(
      `${lowest.agency}: ${formatRate(lowest.rate, "vi")} (${lowest.done}/${lowest.due})`,
    );
  });

  it("speaks English in the English pane", async () => {
    setup("en");
    const chart = await screen.findByTestId("progress-chart");
    const expected = core("en");
    expect(within(chart).getByRole("img").getAttribute("aria-label")).toContain(
      `overall rate ${formatRate(expected.total.rate, "en")}`,
    );
    expect(screen.getByTestId("progress-chart-caption").textContent).toContain("Each column is an agency");
  });
});
