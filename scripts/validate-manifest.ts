/**
 * Offline checks of the add-in only manifest (the online `office-addin-manifest validate` needs Microsoft's
 * service). Usage:
 *
 *   node lib/scripts/validate-manifest.js manifest.xml [--assets assets]      (npm run validate:manifest)
 *
 * Prints every check; exits 1 when any check fails. Warnings (unused resources) do not fail the run.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import * as fs from "fs";
import * as path from "path";

/** An element of the manifest: local name, attributes, child elements and its own text. */
interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** What fast-xml-parser's preserveOrder output holds: one key (the tag name) plus ":@" for the attributes. */
type OrderedItem = Record<string, unknown> & { ":@"?: Record<string, string> };

export interface ManifestReport {
  passed: string[];
  errors: string[];
  warnings: string[];
}

/** OfficeApp children in schema order, and which ones this project requires. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const REQUIRED = OFFICE_APP_ORDER.filter((n) => n !== "AlternateId");
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const OVERRIDE_LOCALE = "en-US";
const SHORT_MAX = 125;
const LONG_MAX = 250;
const DISPLAY_NAME_MAX = 125;
const RESID_MAX = 32;
const URL_MAX = 2048;
/** Sizes of a ribbon <Icon>'s images: the three the schema requires and all it allows (the others for high DPI). */
const ICON_REQUIRED = [16, 32, 80];
const ICON_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Element tree from fast-xml-parser's ordered output: { name, attrs, children, text }. */
function toTree(ordered: OrderedItem[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of ordered) {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name === "#comment" || name.startsWith("?")) continue;
    if (name === "#text") {
      nodes.push({ name: "#text", attrs: {}, children: [], text: String(item["#text"]) });
      continue;
    }
    const children = toTree(item[name] as OrderedItem[]);
    const text = children
      .filter((c) => c.name === "#text")
      .map((c) => c.text)
      .join("");
    nodes.push({
      name: localName(name),
      attrs: item[":@"] || {},
      children: children.filter((c) => c.name !== "#text"),
      text,
    });
  }
  return nodes;
}

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

function* walk(node: XmlNode, trail: XmlNode[] = []): Generator<{ node: XmlNode; trail: XmlNode[] }> {
  yield { node, trail };
  for (const c of node.children) yield* walk(c, [...trail, node]);
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (!node) return undefined;
  return node.children.find((c) => c.name === name);
}

/** Width and height of a PNG file, or undefined when it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Runs all checks on the manifest text. `assetsDir` is where icon files referenced under /assets/ must exist.
 */
export function validateManifest(xml: string, { assetsDir }: { assetsDir?: string } = {}): ManifestReport {
  const passed: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const check = (ok: boolean, okText: string, failText: string): boolean => {
    if (ok) passed.push(okText);
    else errors.push(failText);
    return ok;
  };

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const e = wellFormed.err;
    errors.push(`XML is not well-formed: ${e.msg} (line ${e.line}, column ${e.col})`);
    return { passed, errors, warnings };
  }
  passed.push("XML is well-formed");

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
  });
  const roots = toTree(parser.parse(xml) as OrderedItem[]);
  const root = roots.find((n) => n.name === "OfficeApp");
  if (!root) {
    errors.push("root element must be OfficeApp");
    return { passed, errors, warnings };
  }
  passed.push("root element is OfficeApp");
  check(
    root.attrs["xsi:type"] === "TaskPaneApp",
    "OfficeApp xsi:type is TaskPaneApp",
    `OfficeApp xsi:type must be TaskPaneApp (found ${root.attrs["xsi:type"] ?? "none"})`,
  );

  // Required children, schema order.
  const names = root.children.map((c) => c.name);
  const missing = REQUIRED.filter((n) => !names.includes(n));
  check(
    missing.length === 0,
    "required OfficeApp elements present",
    `missing OfficeApp elements: ${missing.join(", ")}`,
  );
  const unknown = names.filter((n) => !OFFICE_APP_ORDER.includes(n));
  check(unknown.length === 0, "no unknown OfficeApp elements", `unknown OfficeApp elements: ${unknown.join(", ")}`);
  const ranks = names.filter((n) => OFFICE_APP_ORDER.includes(n)).map((n) => OFFICE_APP_ORDER.indexOf(n));
  const outOfOrder: string[] = [];
  for (let i = 1; i < ranks.length; i++) {
    if (ranks[i] < ranks[i - 1])
      outOfOrder.push(`${OFFICE_APP_ORDER[ranks[i]]} after ${OFFICE_APP_ORDER[ranks[i - 1]]}`);
  }
  check(
    outOfOrder.length === 0,
    "OfficeApp elements in schema order",
    `OfficeApp elements out of schema order: ${outOfOrder.join("; ")} (expected ${REQUIRED.join(", ")})`,
  );

  const id = child(root, "Id")?.text.trim() ?? "";
  check(GUID.test(id), `Id is a GUID (${id})`, `Id must be a GUID, found "${id}"`);
  const version = child(root, "Version")?.text.trim() ?? "";
  check(
    /^\d{1,5}(\.\d{1,5}){3}$/.test(version),
    `Version is n.n.n.n (${version})`,
    `Version must be n.n.n.n, found "${version}"`,
  );
  const locale = child(root, "DefaultLocale")?.text.trim() ?? "";
  check(
    /^[a-z]{2,3}-[A-Z]{2}$/.test(locale),
    `DefaultLocale is ${locale}`,
    `DefaultLocale must look like vi-VN, found "${locale}"`,
  );
  const permissions = child(root, "Permissions")?.text.trim() ?? "";
  check(
    PERMISSIONS.includes(permissions),
    `Permissions is ${permissions}`,
    `Permissions must be one of ${PERMISSIONS.join(", ")}, found "${permissions}"`,
  );
  const hosts = child(root, "Hosts");
  check(
    !!hosts && hosts.children.some((h) => h.name === "Host" && h.attrs.Name === "Workbook"),
    "Hosts declares Workbook",
    'Hosts must declare <Host Name="Workbook"/>',
  );
  check(
    !!child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue,
    "DefaultSettings has a SourceLocation",
    "DefaultSettings must have a SourceLocation with a DefaultValue",
  );

  // Display name and description: length and en-US override.
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    if (!el) continue;
    const values = [
      el.attrs.DefaultValue ?? "",
      ...el.children.filter((c) => c.name === "Override").map((c) => c.attrs.Value ?? ""),
    ];
    if (name === "DisplayName") {
      const long = values.filter((v) => [...v].length > DISPLAY_NAME_MAX);
      check(
        long.length === 0,
        `DisplayName ≤ ${DISPLAY_NAME_MAX} characters`,
        `DisplayName longer than ${DISPLAY_NAME_MAX}: "${long[0]}"`,
      );
    }
    check(!!el.attrs.DefaultValue, `${name} has a DefaultValue`, `${name} has no DefaultValue`);
    check(
      el.children.some((c) => c.name === "Override" && c.attrs.Locale === OVERRIDE_LOCALE && c.attrs.Value),
      `${name} has an ${OVERRIDE_LOCALE} override`,
      `${name} has no ${OVERRIDE_LOCALE} Override`,
    );
  }

  // Every URL is https and not too long.
  const urls: Array<{ where: string; url: string }> = [];
  for (const { node } of walk(root)) {
    for (const [k, v] of Object.entries(node.attrs)) {
      if (/^(DefaultValue|Value)$/.test(k) && /^[a-z][a-z0-9+.-]*:\/\//i.test(v))
        urls.push({ where: node.name, url: v });
    }
    if (node.name === "AppDomain") urls.push({ where: "AppDomain", url: node.text.trim() });
  }
  const notHttps = urls.filter((u) => !/^https:\/\//i.test(u.url));
  check(
    notHttps.length === 0,
    `all ${urls.length} URLs use https`,
    `URLs must use https: ${notHttps.map((u) => `${u.where} ${u.url}`).join(", ")}`,
  );
  const tooLong = urls.filter((u) => u.url.length > URL_MAX);
  check(
    tooLong.length === 0,
    `URLs ≤ ${URL_MAX} characters`,
    `URL longer than ${URL_MAX}: ${tooLong.map((u) => u.url).join(", ")}`,
  );

  // Resources: ids defined and used, overrides, lengths.
  const vo = child(root, "VersionOverrides");
  const resources = vo ? child(vo, "Resources") : undefined;
  const defined = new Map<string, { group: string; item: XmlNode }>();
  if (resources) {
    for (const group of resources.children) {
      for (const item of group.children) {
        if (!item.attrs.id) continue;
        if (defined.has(item.attrs.id)) errors.push(`resource id "${item.attrs.id}" defined twice`);
        defined.set(item.attrs.id, { group: group.name, item });
      }
    }
  }
  const empty: XmlNode = { name: "", attrs: {}, children: [], text: "" };
  const referenced = new Map<string, string>();
  for (const { node } of walk(vo ?? empty)) {
    if (node.attrs.resid) referenced.set(node.attrs.resid, node.name);
  }
  const undefinedIds = [...referenced.keys()].filter((id) => !defined.has(id));
  check(
    undefinedIds.length === 0,
    `all ${referenced.size} referenced resource ids are defined`,
    `resource ids referenced but not defined: ${undefinedIds.join(", ")}`,
  );
  const unused = [...defined.keys()].filter((id) => !referenced.has(id));
  if (unused.length) warnings.push(`resource ids defined but never used: ${unused.join(", ")}`);
  const longIds = [...defined.keys(), ...referenced.keys()].filter((id) => id.length > RESID_MAX);
  check(
    longIds.length === 0,
    `resource ids ≤ ${RESID_MAX} characters`,
    `resource ids longer than ${RESID_MAX}: ${longIds.join(", ")}`,
  );

  const strings = [...defined.entries()].filter(([, d]) => d.group === "ShortStrings" || d.group === "LongStrings");
  const noOverride = strings
    .filter(
      ([, d]) =>
        !d.item.children.some((c) => c.name === "Override" && c.attrs.Locale === OVERRIDE_LOCALE && c.attrs.Value),
    )
    .map(([id]) => id);
  check(
    noOverride.length === 0,
    `all ${strings.length} strings have an ${OVERRIDE_LOCALE} override`,
    `strings without an ${OVERRIDE_LOCALE} Override: ${noOverride.join(", ")}`,
  );
  const overLength: string[] = [];
  for (const [id, d] of strings) {
    const max = d.group === "ShortStrings" ? SHORT_MAX : LONG_MAX;
    const values = [d.item.attrs.DefaultValue ?? "", ...d.item.children.map((c) => c.attrs.Value ?? "")];
    for (const v of values) if ([...v].length > max) overLength.push(`${id} (${[...v].length} > ${max})`);
    if (!d.item.attrs.DefaultValue) overLength.push(`${id} has no DefaultValue`);
  }
  check(
    overLength.length === 0,
    `short strings ≤ ${SHORT_MAX}, long strings ≤ ${LONG_MAX} characters`,
    `strings too long or empty: ${overLength.join(", ")}`,
  );

  // Icons: files exist under assets/ and have the declared size.
  const icons: Array<{ what: string; url: string; size: number | undefined }> = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const url = child(root, name)?.attrs.DefaultValue;
    if (url) icons.push({ what: name, url, size: name === "IconUrl" ? 32 : 64 });
  }
  for (const [id, d] of defined) {
    if (d.group === "Images") icons.push({ what: id, url: d.item.attrs.DefaultValue ?? "", size: undefined });
  }
  for (const { node, trail } of walk(vo ?? empty)) {
    if (node.name === "Image" && node.attrs.resid && trail.some((t) => t.name === "Icon")) {
      const icon = icons.find((i) => i.what === node.attrs.resid);
      if (icon) {
        const size = Number(node.attrs.size);
        if (icon.size !== undefined && icon.size !== size) {
          errors.push(`image ${icon.what} is used at sizes ${icon.size} and ${size}`);
        }
        icon.size = size;
      }
    }
  }
  const sizeProblems: string[] = [];
  let iconSets = 0;
  for (const { node, trail } of walk(vo ?? empty)) {
    if (node.name !== "Icon") continue;
    iconSets++;
    const where = [...trail].reverse().find((t) => t.attrs.id)?.attrs.id ?? "Icon";
    const sizes = node.children.filter((c) => c.name === "Image").map((c) => Number(c.attrs.size));
    const lacking = ICON_REQUIRED.filter((n) => !sizes.includes(n));
    const notAllowed = sizes.filter((n) => !ICON_ALLOWED.includes(n));
    if (lacking.length) sizeProblems.push(`${where} lacks size ${lacking.join(", ")}`);
    if (notAllowed.length) sizeProblems.push(`${where} has size ${notAllowed.join(", ")}, not one the schema allows`);
  }
  check(
    sizeProblems.length === 0,
    `all ${iconSets} ribbon icons have sizes ${ICON_REQUIRED.join(", ")} and only sizes the schema allows (${ICON_ALLOWED.join(", ")})`,
    `ribbon icon sizes: ${sizeProblems.join("; ")}`,
  );
  const iconProblems: string[] = [];
  for (const icon of icons) {
    const m = /\/assets\/([^?#]+)$/.exec(icon.url);
    if (!m) {
      iconProblems.push(`${icon.what}: ${icon.url} is not under /assets/`);
      continue;
    }
    if (!assetsDir) continue;
    const file = path.join(assetsDir, decodeURIComponent(m[1]));
    if (!fs.existsSync(file)) {
      iconProblems.push(`${icon.what}: ${path.relative(process.cwd(), file) || file} does not exist`);
      continue;
    }
    const dim = pngSize(file);
    if (!dim) iconProblems.push(`${icon.what}: ${m[1]} is not a PNG`);
    else if (icon.size && (dim.width !== icon.size || dim.height !== icon.size)) {
      iconProblems.push(`${icon.what}: ${m[1]} is ${dim.width}×${dim.height}, expected ${icon.size}×${icon.size}`);
    }
  }
  check(
    iconProblems.length === 0,
    `all ${icons.length} icons exist in assets/ with the declared size`,
    `icon problems: ${iconProblems.join("; ")}`,
  );
  if (assetsDir) {
    const missingAssets = urls
      .map((u) => /\/assets\/([^?#]+)$/.exec(u.url)?.[1])
      .filter((f) => f && !fs.existsSync(path.join(assetsDir, decodeURIComponent(f))));
    check(
      missingAssets.length === 0,
      "every other file referenced under /assets/ exists",
      `files referenced under /assets/ but missing: ${[...new Set(missingAssets)].join(", ")}`,
    );
  }

  // Control and group ids unique.
  const ids: string[] = [];
  for (const { node } of walk(vo ?? empty)) {
    if ((node.name === "Group" || node.name === "Control") && node.attrs.id) ids.push(node.attrs.id);
  }
  const dup = ids.filter((x, i) => ids.indexOf(x) !== i);
  check(dup.length === 0, "group and control ids are unique", `duplicate group/control ids: ${dup.join(", ")}`);

  return { passed, errors, warnings };
}

/**
 * The command: validates the manifest named in `args` and writes what was checked through `print`.
 * Returns the exit code: 0 passed, 1 a check failed, 2 usage.
 */
export function main(args: string[], print: (line: string) => void = console.log): number {
  args = [...args];
  const ai = args.indexOf("--assets");
  const assetsArg = ai >= 0 ? args.splice(ai, 2)[1] : undefined;
  const file = args[0];
  if (!file) {
    print("usage: node lib/scripts/validate-manifest.js <manifest.xml> [--assets <dir>]");
    return 2;
  }
  let xml: string;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (e) {
    print(`✗ cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const assetsDir = path.resolve(assetsArg ?? path.join(path.dirname(file), "assets"));
  const { passed, errors, warnings } = validateManifest(xml, { assetsDir });
  print(`Checking ${file} (icons in ${path.relative(process.cwd(), assetsDir) || "."})`);
  for (const p of passed) print(`  ✓ ${p}`);
  for (const w of warnings) print(`  ! ${w}`);
  for (const e of errors) print(`  ✗ ${e}`);
  if (errors.length) {
    print(`Manifest has ${errors.length} problem(s).`);
    return 1;
  }
  print(`Manifest OK: ${passed.length} checks passed${warnings.length ? `, ${warnings.length} warning(s)` : ""}.`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
