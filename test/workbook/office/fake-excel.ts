/**
 * An in-memory workbook behind office-addin-mock proxies, for testing the Office.js adapter.
 *
 * Every proxy the adapter gets (worksheets, ranges, notes, comments, tables, charts) is an OfficeMockObject, so a
 * property read without load() + sync() reads as "Error, property was not loaded". Method calls act on the model
 * at once; property writes (values, fill colour, hyperlink, visibility, names, …) are committed at the next
 * context.sync(), in the order the proxies were created. ClientResult values throw until synced.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  a1,
  FakeSheet,
  intersects,
  key,
  parseRect,
  type FakeCell,
  type FakeChart,
  type FakeComment,
  type FakeValidation,
  type FakeWorkbook,
  type Literal,
  type Rect,
} from "./fake-workbook";

export * from "./fake-workbook";

type Data = { [key: string]: unknown };
/** A mock proxy: office-addin-mock types its members loosely, so tests read them through this. */
type Mock = OfficeMockObject & Data;

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";
const isMockError = (v: unknown) => v === NOT_LOADED || v === NOT_SYNCED;

class FakeResult<T> {
  ready = false;
  constructor(private readonly v: T) {}
  get value(): T {
    if (!this.ready) throw new Error("ClientResult.value read before context.sync()");
    return this.v;
  }
}

export interface FakeExcel {
  readonly excel: Mock;
  readonly context: Mock;
  readonly book: FakeWorkbook;
  /** Fires Worksheet.onChanged on a sheet, as Excel does after the user edits it; returns the handlers called. */
  fireChanged(sheet: string): Promise<number>;
}

/** Builds the mock Excel namespace over `book` and installs it as the global `Excel`. */
export function installExcel(book: FakeWorkbook): FakeExcel {
  const pending: Mock[] = [];
  /** Commit hooks of every proxy ever handed out: property writes are applied at each later sync too. */
  const commits: (() => void)[] = [];
  const rebaselines: (() => void)[] = [];
  const results: FakeResult<unknown>[] = [];
  let loadedCells = 0;
  /** The address of each range proxy, for methods taking a range argument (not a loaded property). */
  const addressOf = new WeakMap<object, string>();
  let failure: Error | undefined;

  type Commit = (m: Mock, changed: (path: string) => boolean) => void;
  const mock = (data: Data, commit?: Commit, isNull = false): Mock => {
    const m = new OfficeMockObject(data) as Mock;
    m.isNullObject = isNull;
    pending.push(m);
    if (commit) {
      // A property counts as written when it holds a value other than the one seen after the last sync.
      const baseline = new Map<string, unknown>();
      const at = (path: string) => path.split(".").reduce<unknown>((o, k) => (o as Data | undefined)?.[k], m);
      const changed = (path: string) => {
        const v = at(path);
        if (!baseline.has(path)) baseline.set(path, undefined);
        return v !== undefined && !isMockError(v) && v !== baseline.get(path);
      };
      commits.push(() => commit(m, changed));
      rebaselines.push(() => baseline.forEach((_, path) => baseline.set(path, at(path))));
    }
    return m;
  };
  const result = <T>(v: T) => {
    const r = new FakeResult(v);
    results.push(r as FakeResult<unknown>);
    return r;
  };
  /** Collections: load("items/a,items/b/c") loads those paths on fresh item proxies. */
  const collection = (data: Data, items: () => Mock[]): Mock => {
    const m = mock(data);
    m.load = (arg: string) => {
      const list = items();
      const paths = String(arg ?? "")
        .split(",")
        .map((p) => p.trim().replace(/^items\//, ""))
        .filter((p) => p && p !== "items");
      for (const it of list) if (paths.length) it.load(paths.join(","));
      m.items = list;
      return m;
    };
    return m;
  };
  const sheetOrThrow = (name: string) => {
    const s = book.sheet(name);
    if (!s) failure = Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    return s ?? new FakeSheet(name);
  };

  function rangeProxy(sheet: FakeSheet, rect: Rect): Mock {
    const address = `'${sheet.name}'!${a1(rect)}`;
    const small = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) <= 4_000_000;
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      small
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
            Array.from({ length: rect.right - rect.left + 1 }, (_, j) => f(rect.top + i, rect.left + j)),
          )
        : [];
    // Values, types and formats are read when loaded (a range only written to never builds them).
    const each = (f: (r: number, c: number) => void) => {
      for (let r = rect.top; r <= Math.min(rect.bottom, 100000); r++)
        for (let c = rect.left; c <= Math.min(rect.right, 200); c++) f(r, c);
    };
    const m = mock(
      {
        address,
        rowIndex: rect.top - 1,
        columnIndex: rect.left - 1,
        rowCount: rect.bottom - rect.top + 1,
        columnCount: rect.right - rect.left + 1,
        values: undefined,
        valueTypes: undefined,
        numberFormat: undefined,
        hyperlink: undefined,
        format: {
          fill: { color: undefined, clear: () => each((r, c) => sheet.update(r, c, { fill: undefined })) },
          font: { bold: undefined, italic: undefined, name: undefined, size: undefined },
          columnWidth: undefined,
          horizontalAlignment: undefined,
          verticalAlignment: undefined,
          wrapText: undefined,
          autofitColumns: () => book.log.push(`autofit ${address}`),
          borders: {
            getItem: (edge: string) =>
              mock({ style: undefined, weight: undefined, color: undefined }, (b, changed) => {
                if (changed("style")) sheet.borders.push({ address: a1(rect), edge, style: String(b.style) });
              }),
          },
        },
        merge: () => {
          sheet.merges.push({ ...rect });
          book.log.push(`merge ${address}`);
        },
        conditionalFormats: {
          add: (type: string) => {
            const cf: { address: string; type: string; lower?: unknown; upper?: unknown } = { address, type };
            sheet.conditionalFormats.push(cf);
            return mock({ type, dataBar: { lowerBoundRule: undefined, upperBoundRule: undefined } }, (p, changed) => {
              const bar = p.dataBar as Data;
              if (changed("dataBar.lowerBoundRule")) cf.lower = bar.lowerBoundRule;
              if (changed("dataBar.upperBoundRule")) cf.upper = bar.upperBoundRule;
            });
          },
          clearAll: () =>
            (sheet.conditionalFormats = sheet.conditionalFormats.filter(
              (c) => !intersects(parseRect(c.address), rect),
            )),
        },
        getCellProperties: () =>
          result(
            grid((r, c) => ({
              format: {
                font: { bold: sheet.cell(r, c)?.bold === true },
                fill: sheet.cell(r, c)?.fill ?? { color: "#FFFFFF", pattern: "None", tintAndShade: 0 },
              },
            })),
          ),
        getRowProperties: () =>
          result(
            Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
              rowHidden: sheet.hiddenRows.has(rect.top + i),
            })),
          ),
        getMergedAreasOrNullObject: () => {
          const areas = sheet.merges.filter((mg) => intersects(mg, rect));
          return mock(
            { address: areas.map((mg) => `'${sheet.name}'!${a1(mg)}`).join(", ") },
            undefined,
            areas.length === 0,
          );
        },
        setCellProperties: (rows: { format: { fill: FakeCell["fill"] } }[][]) =>
          rows.forEach((row, i) =>
            row.forEach((p, j) => sheet.update(rect.top + i, rect.left + j, { fill: { ...p.format.fill! } })),
          ),
        dataValidation: {
          type: undefined,
          rule: undefined,
          errorAlert: undefined,
          ignoreBlanks: undefined,
          clear: () => clearValidation(sheet, rect),
        },
        getSpecialCellsOrNullObject: (type: string) => {
          const found = type === "DataValidations" ? validatedAreas(sheet, rect) : [];
          return mock(
            { address: found.map((r) => `'${sheet.name}'!${a1(r)}`).join(",") },
            undefined,
            found.length === 0,
          );
        },
        select: () => (book.selection = { sheet: sheet.name, address: a1(rect) }),
        clear: () => {
          sheet.clear(rect);
          book.log.push(`clear ${address}`);
        },
      },
      (p, changed) => {
        if (changed("values")) {
          (p.values as Literal[][]).forEach((row, i) =>
            row.forEach((v, j) => sheet.set(rect.top + i, rect.left + j, v)),
          );
          book.log.push(`values ${address}`);
        }
        if (changed("numberFormat")) {
          (p.numberFormat as string[][]).forEach((row, i) =>
            row.forEach((f, j) => sheet.update(rect.top + i, rect.left + j, { format: f })),
          );
        }
        if (changed("hyperlink"))
          sheet.update(rect.top, rect.left, { hyperlink: p.hyperlink as FakeCell["hyperlink"] });
        const format = p.format as Data & { fill: Data; font: Data };
        if (changed("format.fill.color")) {
          each((r, c) =>
            sheet.update(r, c, { fill: { color: String(format.fill.color), pattern: "Solid", tintAndShade: 0 } }),
          );
        }
        if (changed("format.font.bold")) each((r, c) => sheet.update(r, c, { bold: Boolean(format.font.bold) }));
        if (changed("format.font.italic")) each((r, c) => sheet.update(r, c, { italic: Boolean(format.font.italic) }));
        if (changed("format.font.name")) each((r, c) => sheet.update(r, c, { font: String(format.font.name) }));
        if (changed("format.font.size")) each((r, c) => sheet.update(r, c, { size: Number(format.font.size) }));
        if (changed("format.horizontalAlignment"))
          each((r, c) => sheet.update(r, c, { horizontal: String(format.horizontalAlignment) }));
        if (changed("format.verticalAlignment"))
          each((r, c) => sheet.update(r, c, { vertical: String(format.verticalAlignment) }));
        if (changed("format.wrapText")) each((r, c) => sheet.update(r, c, { wrap: Boolean(format.wrapText) }));
        commitValidation(sheet, [rect], p.dataValidation as Data, changed);
        if (changed("format.columnWidth")) {
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, Number(format.columnWidth));
        }
      },
    );
    addressOf.set(m, address);
    // A range's validation is read when loaded: its type ("None", "Inconsistent", …) and, when one, its rule.
    const dv = m.dataValidation as Mock;
    const dvLoad = dv.load.bind(dv);
    dv.load = (arg: string) => {
      const seen = new Set<string>();
      let first: FakeValidation | undefined;
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const v = sheet.validations.get(key(r, c));
          first ??= v;
          seen.add(JSON.stringify(v?.rule ?? null));
        }
      const rule = seen.size === 1 ? first?.rule : undefined;
      const type = seen.size > 1 ? "Inconsistent" : !rule ? "None" : rule.list ? "List" : rule.date ? "Date" : "Custom";
      (dv as unknown as { setValue(name: string, v: unknown): void }).setValue("type", type);
      (dv as unknown as { setValue(name: string, v: unknown): void }).setValue("rule", rule ?? {});
      return dvLoad(arg);
    };
    const load = m.load.bind(m);
    m.load = (arg: string) => {
      const names = String(arg)
        .split(",")
        .map((n) => n.trim());
      const builders: Record<string, () => unknown[][]> = {
        values: () => grid((r, c) => sheet.value(r, c)),
        valueTypes: () => grid((r, c) => (sheet.value(r, c) === "" ? "Empty" : sheet.cell(r, c)!.type)),
        numberFormat: () => grid((r, c) => sheet.cell(r, c)?.format ?? "General"),
      };
      for (const n of names) {
        if (!builders[n]) continue;
        const g = builders[n]();
        (m as unknown as { setValue(name: string, v: unknown): void }).setValue(n, g);
        if (n === "values") loadedCells += g.length * (g[0]?.length ?? 0);
      }
      return load(arg);
    };
    return m;
  }

  function areasProxy(sheet: FakeSheet, address: string): Mock {
    const rects = address.split(",").map(parseRect);
    return mock(
      {
        address,
        format: { fill: { color: undefined, clear: () => rects.forEach((r) => clearFill(sheet, r)) } },
        dataValidation: {
          rule: undefined,
          errorAlert: undefined,
          ignoreBlanks: undefined,
          clear: () => {
            rects.forEach((r) => clearValidation(sheet, r));
            book.log.push(`clear validation ${address}`);
          },
        },
      },
      (p, changed) => {
        if (commitValidation(sheet, rects, p.dataValidation as Data, changed)) book.log.push(`validation ${address}`);
        const color = (p.format as { fill: Data }).fill.color;
        if (changed("format.fill.color")) {
          for (const r of rects)
            for (let i = r.top; i <= r.bottom; i++)
              for (let j = r.left; j <= r.right; j++)
                sheet.update(i, j, { fill: { color: String(color), pattern: "Solid", tintAndShade: 0 } });
          book.log.push(`fill ${color} ${address}`);
        }
      },
    );
  }

  /** Sets the validation written on a range's or areas' proxy (a rule is needed; alert and blanks go with it). */
  function commitValidation(sheet: FakeSheet, rects: Rect[], dv: Data, changed: (path: string) => boolean): boolean {
    if (!changed("dataValidation.rule")) return false;
    const v: FakeValidation = { rule: dv.rule as FakeValidation["rule"] };
    if (!isMockError(dv.errorAlert) && dv.errorAlert !== undefined)
      v.errorAlert = dv.errorAlert as FakeValidation["errorAlert"];
    if (!isMockError(dv.ignoreBlanks) && dv.ignoreBlanks !== undefined) v.ignoreBlanks = Boolean(dv.ignoreBlanks);
    for (const r of rects) {
      for (let i = r.top; i <= r.bottom; i++) {
        for (let j = r.left; j <= r.right; j++) {
          // Stricter than Excel: Rõ Việc never writes a rule over one a cell holds, so doing it fails the test.
          if (sheet.validations.has(key(i, j))) {
            failure = Object.assign(new Error("The cell already has a data validation"), { code: "InvalidOperation" });
          } else sheet.validations.set(key(i, j), v);
        }
      }
    }
    return true;
  }

  function clearValidation(sheet: FakeSheet, r: Rect) {
    for (let i = r.top; i <= Math.min(r.bottom, 100000); i++)
      for (let j = r.left; j <= Math.min(r.right, 200); j++) sheet.validations.delete(key(i, j));
  }

  /** The cells of `rect` holding a validation, as one-column runs. */
  function validatedAreas(sheet: FakeSheet, rect: Rect): Rect[] {
    const out: Rect[] = [];
    for (let c = rect.left; c <= Math.min(rect.right, 200); c++) {
      for (let r = rect.top; r <= Math.min(rect.bottom, 100000); r++) {
        if (!sheet.validations.has(key(r, c))) continue;
        const last = out[out.length - 1];
        if (last && last.left === c && last.bottom === r - 1) last.bottom = r;
        else out.push({ top: r, left: c, bottom: r, right: c });
      }
    }
    return out;
  }

  function clearFill(sheet: FakeSheet, r: Rect) {
    for (let i = r.top; i <= r.bottom; i++)
      for (let j = r.left; j <= r.right; j++) sheet.update(i, j, { fill: undefined });
  }

  function noteProxy(sheet: FakeSheet, address: string): Mock {
    const at = parseRect(address);
    const k = key(at.top, at.left);
    const content = sheet.notes.get(k);
    return mock(
      { content, delete: () => sheet.notes.delete(k) },
      (p, changed) => {
        if (changed("content")) sheet.notes.set(k, String(p.content));
      },
      content === undefined,
    );
  }

  function commentProxy(sheet: FakeSheet, c: FakeComment): Mock {
    return mock(
      {
        id: c.id,
        content: c.content,
        delete: () => (sheet.comments = sheet.comments.filter((x) => x !== c)),
        getLocation: () => rangeProxy(sheet, { top: c.row, left: c.col, bottom: c.row, right: c.col }),
        replies: {
          add: (text: string) => c.replies.push(text),
          getCount: () => result(c.replies.length),
          getItemAt: (i: number) => ({ delete: () => c.replies.splice(i, 1) }),
        },
      },
      (p, changed) => {
        if (changed("content")) c.content = String(p.content);
      },
    );
  }

  function tableProxy(t: { name: string; address: string; sheet: string }): Mock {
    return mock(
      { name: t.name, worksheet: { name: t.sheet }, delete: () => (book.tables = book.tables.filter((x) => x !== t)) },
      (p, changed) => {
        if (changed("name")) t.name = String(p.name);
      },
    );
  }

  function chartProxy(sheet: FakeSheet, ch: FakeChart): Mock {
    return mock(
      {
        name: ch.name,
        delete: () => (sheet.charts = sheet.charts.filter((x) => x !== ch)),
        title: { text: undefined },
        legend: { visible: undefined },
        axes: { categoryAxis: { reversePlotOrder: undefined } },
        series: { getItemAt: () => ({ setXAxisValues: (r: Mock) => (ch.xValues = addressOf.get(r)) }) },
        setPosition: (from: string, to: string) => (ch.position = [from, to]),
      },
      (p, changed) => {
        if (changed("name")) ch.name = String(p.name);
        if (changed("title.text")) ch.title = String((p.title as Data).text);
      },
    );
  }

  /** Worksheet.onChanged handlers by sheet name (registered at once; removed by `remove()` and a sync). */
  const changeHandlers = new Map<string, Set<() => Promise<unknown>>>();

  function worksheetProxy(sheet: FakeSheet): Mock {
    const m = mock(
      {
        name: sheet.name,
        visibility: sheet.visibility,
        activate: () => (book.active = sheet.name),
        delete: () => (book.sheets = book.sheets.filter((s) => s !== sheet)),
        getRange: (address?: string) => rangeProxy(sheet, address ? parseRect(address) : parseRect("A:XFD")),
        getRanges: (address: string) => areasProxy(sheet, address),
        getUsedRange: () => rangeProxy(sheet, sheet.used() ?? parseRect("A1")),
        getUsedRangeOrNullObject: () => {
          const u = sheet.used();
          return u ? rangeProxy(sheet, u) : mock({ values: undefined }, undefined, true);
        },
        freezePanes: {
          freezeRows: (n: number) => (sheet.frozenRows = n),
          unfreeze: () => (sheet.frozenRows = 0),
        },
      },
      (p, changed) => {
        if (changed("visibility")) sheet.visibility = p.visibility as FakeSheet["visibility"];
      },
    );
    const PAGE = ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin"];
    m.pageLayout = mock(
      {
        ...Object.fromEntries([...PAGE, "headerMargin", "footerMargin"].map((k) => [k, undefined])),
        setPrintTitleRows: (rows: string) => (sheet.page.printTitleRows = rows),
      },
      (p, changed) => {
        for (const k of [...PAGE, "headerMargin", "footerMargin"]) if (changed(k)) sheet.page[k] = p[k];
      },
    );
    m.onChanged = {
      add: (handler: () => Promise<unknown>) => {
        const set = changeHandlers.get(sheet.name) ?? new Set();
        changeHandlers.set(sheet.name, set);
        set.add(handler);
        return { context, remove: () => set.delete(handler) };
      },
    };
    m.notes = mock({
      getItemOrNullObject: (address: string) => noteProxy(sheet, address),
      add: (address: string, content: string) => {
        const at = parseRect(address);
        if (sheet.comments.some((c) => c.row === at.top && c.col === at.left)) {
          failure = Object.assign(new Error("A cell cannot hold a note and a comment"), { code: "InvalidOperation" });
        } else sheet.notes.set(key(at.top, at.left), content);
        return noteProxy(sheet, address);
      },
    });
    m.comments = collection(
      {
        add: (address: string, content: string) => {
          const at = parseRect(address);
          if (sheet.notes.has(key(at.top, at.left))) {
            failure = Object.assign(new Error("A cell cannot hold a note and a comment"), { code: "InvalidOperation" });
            return mock({});
          }
          const c: FakeComment = { id: `c${Math.random()}`, row: at.top, col: at.left, content, replies: [] };
          sheet.comments.push(c);
          return commentProxy(sheet, c);
        },
      },
      () => sheet.comments.map((c) => commentProxy(sheet, c)),
    );
    m.tables = collection(
      {
        add: (address: string) => {
          const t = { name: `Table${book.tables.length + 1}`, address, sheet: sheet.name };
          book.tables.push(t);
          return tableProxy(t);
        },
      },
      () => book.tables.filter((t) => t.sheet === sheet.name).map(tableProxy),
    );
    m.charts = collection(
      {
        add: (type: string, source: Mock) => {
          const ch: FakeChart = {
            name: `Chart ${sheet.charts.length + 1}`,
            type,
            source: addressOf.get(source) ?? "?",
          };
          sheet.charts.push(ch);
          return chartProxy(sheet, ch);
        },
      },
      () => sheet.charts.map((ch) => chartProxy(sheet, ch)),
    );
    return m;
  }

  const sync = async function () {
    const batch = pending.splice(0);
    const ready = results.splice(0);
    const cells = loadedCells;
    loadedCells = 0;
    const error = failure;
    failure = undefined;
    if (book.maxResponseCells !== undefined && cells > book.maxResponseCells) {
      throw Object.assign(new Error("Response payload too large"), { code: "ResponsePayloadSizeLimitExceeded" });
    }
    for (const c of commits) c();
    for (const m of batch) await m.sync();
    await new Promise((r) => setImmediate(r));
    for (const r of rebaselines) r();
    for (const r of ready) r.ready = true;
    if (error) throw error;
  };

  const excel = new OfficeMockObject({
    context: { sync },
    // Excel.run(batch), or Excel.run(context, batch) to work again in the context a handler was added in
    run: async function (this: Mock, a: unknown, b?: (context: unknown) => Promise<unknown>) {
      const cb = (b ?? a) as (context: unknown) => Promise<unknown>;
      return cb(this.context);
    },
  }) as Mock;
  const context = excel.context as Mock;
  const worksheets = collection(
    {
      getItem: (name: string) => worksheetProxy(sheetOrThrow(name)),
      getItemOrNullObject: (name: string) => {
        const s = book.sheet(name);
        return s ? worksheetProxy(s) : mock({ name: undefined }, undefined, true);
      },
      add: (name: string) => worksheetProxy(book.add(name)),
      getActiveWorksheet: () => worksheetProxy(book.sheet(book.active)!),
    },
    () => book.sheets.map(worksheetProxy),
  );
  context.workbook = {
    get worksheets() {
      return worksheets;
    },
    get tables() {
      return collection({}, () => book.tables.map(tableProxy));
    },
    getSelectedRange: () => {
      const sel = book.selection ?? { sheet: book.active, address: "A1" };
      return rangeProxy(book.sheet(sel.sheet)!, parseRect(sel.address));
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  const fireChanged = async (name: string): Promise<number> => {
    const handlers = [...(changeHandlers.get(name) ?? [])];
    for (const h of handlers) await h();
    return handlers.length;
  };
  return { excel, context, book, fireChanged };
}
