// The online manifest validator cannot be reached here, so the manifest is checked locally against
// what Office's schema requires of a task-pane add-in and what this add-in promises (issue #5).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
// webpack.config.js is CommonJS; its helpers are what the production build uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(root, "webpack.config.js")) as {
  addinOrigin(mode: string): string;
  manifestFor(content: string, origin: string): string;
};

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

function officeApp(text: string): Node {
  const doc = parser.parse(text) as { OfficeApp: Node[] };
  return doc.OfficeApp[0]!;
}

/** Every element below `node`, depth first, with its tag name. */
function* walk(node: unknown, tag = ""): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n, tag);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  yield [tag, node as Node];
  for (const [k, v] of Object.entries(node)) if (!k.startsWith("@") && k !== "#text") yield* walk(v, k);
}

function text(node: Node, key: string): string {
  const v = (node[key] as unknown[] | undefined)?.[0];
  return typeof v === "object" && v !== null ? String((v as Node)["#text"] ?? "") : String(v ?? "");
}

describe("manifest.xml", () => {
  const app = officeApp(xml);

  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("has the task-pane elements Office's schema requires, in the schema's order", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    const children = (ordered.parse(xml) as Node[]).find((n) => "OfficeApp" in n)!.OfficeApp as Node[];
    const tags = children.map((c) => Object.keys(c).find((k) => k !== ":@")!).filter((k) => k !== "#comment");
    const schemaOrder = [
      "Id",
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
    const optional = [
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "VersionOverrides",
    ];
    for (const required of schemaOrder.filter((t) => !optional.includes(t))) expect(tags).toContain(required);
    const positions = tags.map((t) => schemaOrder.indexOf(t));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text(app, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(app, "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(app, "Permissions")).toBe("ReadWriteDocument");
  });

  test("declares Excel with ExcelApi 1.9", () => {
    const hosts = [...walk(app.Hosts)].filter(([t]) => t === "Host").map(([, n]) => n["@Name"]);
    expect(hosts).toEqual(["Workbook"]);
    const sets = [...walk(app.Requirements)].filter(([t]) => t === "Set").map(([, n]) => n);
    expect(sets).toEqual([expect.objectContaining({ "@Name": "ExcelApi", "@MinVersion": "1.9" })]);
  });

  test("names and describes itself in Vietnamese too", () => {
    for (const key of ["DisplayName", "Description"]) {
      const node = (app[key] as Node[])[0]!;
      const vi = (node.Override as Node[]).find((o) => o["@Locale"] === "vi-VN");
      expect(vi?.["@Value"]).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
    const strings = [...walk(app.VersionOverrides)].filter(([t]) => t === "bt:String").map(([, n]) => n);
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings)
      expect({ id: s["@id"], vi: (s["bt:Override"] as Node[] | undefined)?.[0]?.["@Locale"] }).toEqual({
        id: s["@id"],
        vi: "vi-VN",
      });
  });

  test("opens the pane from a button on the Home tab", () => {
    const tabs = [...walk(app.VersionOverrides)].filter(([t]) => t === "OfficeTab").map(([, n]) => n);
    expect(tabs.map((t) => t["@id"])).toEqual(["TabHome"]);
    const actions = [...walk(tabs[0])].filter(([t]) => t === "Action").map(([, n]) => n);
    expect(actions.map((a) => a["@xsi:type"])).toEqual(["ShowTaskpane"]);
  });

  test("resolves every resource id it uses", () => {
    const overrides = app.VersionOverrides;
    const defined = new Set(
      [...walk(overrides)]
        .filter(([t]) => ["bt:Image", "bt:Url", "bt:String"].includes(t))
        .map(([, n]) => n["@id"])
        .filter((id): id is string => typeof id === "string"),
    );
    const used = [...walk(overrides)]
      .map(([, n]) => n["@resid"])
      .filter((r): r is string => typeof r === "string");
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
    // The ribbon icons: the Icon element requires 16, 32 and 80 px and allows 20, 24, 40, 48 and 64;
    // Office's Monoline icon guide counts 16, 20 and 32 px as the required 100% sizes. Both the group
    // and the button carry all eight.
    const icons = [...walk(overrides)].filter(([t]) => t === "Icon").map(([, n]) => n);
    expect(icons).toHaveLength(2);
    for (const icon of icons)
      expect((icon["bt:Image"] as Node[]).map((i) => i["@size"])).toEqual([
        "16",
        "20",
        "24",
        "32",
        "40",
        "48",
        "64",
        "80",
      ]);
  });

  test("uses only https URLs, and every icon it names is a PNG of that size in assets/", () => {
    const urls = [...walk(app)]
      .flatMap(([t, n]) => [
        ...(typeof n["@DefaultValue"] === "string" && /Url|Image|SourceLocation/.test(t)
          ? [n["@DefaultValue"]]
          : []),
        ...(t === "AppDomain" ? [String(n["#text"] ?? n)] : []),
      ])
      .filter((u): u is string => typeof u === "string");
    const sourceLocations = [...walk(app)]
      .filter(([t]) => t === "SourceLocation")
      .map(([, n]) => n["@DefaultValue"]);
    expect(sourceLocations).toContain("https://localhost:3000/taskpane.html");
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(new URL(u).protocol).toBe("https:");
    const domains = (app.AppDomains as Node[])[0]!.AppDomain as unknown[];
    for (const d of domains) expect(String(d)).toMatch(/^https:\/\//);

    const icons = urls.filter((u) => /\/assets\/icon-(\d+)\.png$/.test(u));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const u of icons) {
      const name = u.slice(u.lastIndexOf("/") + 1);
      const file = join(root, "assets", name);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const size = Number(/icon-(\d+)/.exec(name)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("SupportUrl and LearnMoreUrl name the bilingual help page that the add-in build writes", async () => {
    const help = "https://localhost:3000/help.html";
    expect((app.SupportUrl as Node[])[0]!["@DefaultValue"]).toBe(help);
    const learnMore = [...walk(app.VersionOverrides)].find(
      ([t, n]) => t === "bt:Url" && n["@id"] === "GetStarted.LearnMoreUrl",
    );
    expect(learnMore?.[1]["@DefaultValue"]).toBe(help);
    // The page's source, in both languages; test/build checks the built dist/help.html itself.
    const source = readFileSync(join(root, "assets", "help.html"), "utf8");
    expect(source).toMatch(/<section id="vi" lang="vi">/);
    expect(source).toMatch(/<section id="en" lang="en">/);
    // The add-in's build (not the playground's) writes it as help.html from that source.
    const config = await (
      webpackConfig as unknown as (
        env: unknown,
        argv: { mode: string },
      ) => Promise<{ plugins: { userOptions?: { filename?: string; template?: string } }[] }>
    )({}, { mode: "production" });
    const pages = config.plugins.map((p) => p.userOptions).filter((o) => o?.filename);
    expect(pages).toContainEqual(
      expect.objectContaining({ filename: "help.html", template: "./assets/help.html" }),
    );
  });

  test("a production build points every URL at ADDIN_URL and refuses a plain-http origin", () => {
    const before = process.env.ADDIN_URL;
    try {
      process.env.ADDIN_URL = "https://addin.so-khcn.gov.vn/self-assess/";
      const origin = webpackConfig.addinOrigin("production");
      expect(origin).toBe("https://addin.so-khcn.gov.vn/self-assess");
      const prod = webpackConfig.manifestFor(xml, origin);
      expect(prod).not.toContain("localhost");
      expect(prod).toContain(
        '<SourceLocation DefaultValue="https://addin.so-khcn.gov.vn/self-assess/taskpane.html"',
      );
      expect(XMLValidator.validate(prod)).toBe(true);

      process.env.ADDIN_URL = "http://intranet.local";
      expect(() => webpackConfig.addinOrigin("production")).toThrow(/https/);
      process.env.ADDIN_URL = "not a url";
      expect(() => webpackConfig.addinOrigin("production")).toThrow(/ADDIN_URL/);
      delete process.env.ADDIN_URL;
      expect(webpackConfig.addinOrigin("production")).toBe("https://localhost:3000");
    } finally {
      if (before === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = before;
    }
  });
});
