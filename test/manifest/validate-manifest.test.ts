import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ASSETS = path.join(ROOT, "assets");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the validator on `xml` (the real manifest when omitted); returns exit code and output. */
function validate(xml = MANIFEST, assets = ASSETS) {
  const file = path.join(dir, `m${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  const lines: string[] = [];
  const code = main([file, "--assets", assets], (line) => lines.push(line));
  return { code, out: lines.join("\n") };
}

function broken(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  expect(out).not.toBe(MANIFEST);
  return out;
}

describe("scripts/validate-manifest.ts", () => {
  test("the project manifest passes, and the run lists what was checked", () => {
    const { code, out } = validate();
    expect(out).toContain("✓ XML is well-formed");
    expect(out).toContain("✓ OfficeApp elements in schema order");
    expect(out).toContain("✓ Id is a GUID");
    expect(out).toMatch(/✓ all \d+ referenced resource ids are defined/);
    expect(out).toMatch(/✓ all \d+ strings have an en-US override/);
    // IconUrl 32, HighResolutionIconUrl 64, and the ribbon's 16, 20, 24, 32, 40, 48, 64 and 80.
    expect(out).toMatch(/✓ all 10 icons exist in assets\/ with the declared size/);
    expect(out).toContain("✓ all 2 ribbon icons have sizes 16, 32, 80 and only sizes the schema allows");
    expect(out).not.toContain("✗");
    expect(code).toBe(0);
  });

  test("a missing resource id fails", () => {
    const { code, out } = validate(broken('<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="Functions.Meta.Url"'));
    expect(code).toBe(1);
    expect(out).toContain("resource ids referenced but not defined: Functions.Metadata.Url");
    expect(out).toContain("! resource ids defined but never used: Functions.Meta.Url");
  });

  test("an http URL fails", () => {
    const { code, out } = validate(
      broken(
        'DefaultValue="https://localhost:3000/functions.json"',
        'DefaultValue="http://localhost:3000/functions.json"',
      ),
    );
    expect(code).toBe(1);
    expect(out).toContain("URLs must use https: Url http://localhost:3000/functions.json");
  });

  test("a malformed GUID fails", () => {
    const { code, out } = validate(broken(/<Id>[^<]+<\/Id>/, "<Id>c3420925-1fff-432b-a23e-43749c9704</Id>"));
    expect(code).toBe(1);
    expect(out).toContain('Id must be a GUID, found "c3420925-1fff-432b-a23e-43749c9704"');
  });

  test("malformed XML fails with its line", () => {
    const { code, out } = validate(broken("</DefaultSettings>", "</DefaultSetting>"));
    expect(code).toBe(1);
    expect(out).toMatch(/XML is not well-formed: .*DefaultSettings.*\(line \d+/);
  });

  test("elements out of schema order, a bad version and a missing override fail", () => {
    let xml = broken(/(\s*<SupportUrl[^>]*\/>)(\s*<AppDomains>[\s\S]*?<\/AppDomains>)/, "$2$1");
    xml = xml.replace("<Version>1.0.0.0</Version>", "<Version>1.0</Version>");
    xml = xml.replace('<bt:Override Locale="en-US" Value="Check appendix"/>', "");
    const { code, out } = validate(xml);
    expect(code).toBe(1);
    expect(out).toContain("OfficeApp elements out of schema order: SupportUrl after AppDomains");
    expect(out).toContain('Version must be n.n.n.n, found "1.0"');
    expect(out).toContain("strings without an en-US Override: CheckButton.Label");
  });

  test("a ribbon icon without a required size, or with a size the schema does not allow, fails", () => {
    let xml = broken(/(<Control xsi:type="Button"[\s\S]*?)\s*<bt:Image size="80" resid="Icon.80x80"\/>/, "$1");
    xml = xml.replace('<bt:Image size="48" resid="Icon.48x48"/>', '<bt:Image size="50" resid="Icon.48x48"/>');
    const { code, out } = validate(xml);
    expect(code).toBe(1);
    expect(out).toContain("RoViec.CheckButton lacks size 80");
    expect(out).toContain("RoViec.Group has size 50, not one the schema allows");
  });

  test("too long strings and missing or wrong-sized icons fail", () => {
    const long = "Kiểm tra phụ lục ".repeat(9);
    let xml = broken('DefaultValue="Kiểm tra phụ lục"', `DefaultValue="${long}"`);
    xml = xml.replace("assets/icon-80.png", "assets/icon-81.png").replace("assets/icon-64.png", "assets/icon-128.png");
    const { code, out } = validate(xml);
    expect(code).toBe(1);
    expect(out).toMatch(/strings too long or empty: CheckButton\.Label \(\d+ > 125\)/);
    expect(out).toMatch(/icon-81\.png does not exist/);
    expect(out).toContain("HighResolutionIconUrl: icon-128.png is 128×128, expected 64×64");
  });
});
