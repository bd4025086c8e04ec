// `npm run start:web -- --document <url>` (scripts/start.js) sideloads into Excel on the web. Before it
// starts office-addin-debugging it checks the workbook address, and says in both languages what is
// wrong: Excel on the web opens only an https OneDrive or SharePoint link.
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/start.js is CommonJS
const { documentUrl } = require(join(__dirname, "..", "..", "scripts", "start.js")) as {
  documentUrl(args: string[]): { url?: string; error?: string };
};

describe("npm run start:web", () => {
  test("takes the link as --document <url> or --document=<url>, unchanged", () => {
    const link = "https://contoso.sharepoint.com/:x:/g/EZGxP7ksiE5Dux?e=F4QM1R";
    expect(documentUrl(["--document", link])).toEqual({ url: link });
    expect(documentUrl([`--document=${link}`])).toEqual({ url: link });
    expect(documentUrl(["--document", "https://1drv.ms/x/s!jkcH7spkM4EGgcZU?e=Z6G1qp"])).toEqual({
      url: "https://1drv.ms/x/s!jkcH7spkM4EGgcZU?e=Z6G1qp",
    });
  });

  test("without a link, says how to get one, in Vietnamese and English", () => {
    const { error } = documentUrl([]);
    expect(error).toMatch(/Thiếu địa chỉ sổ tính/);
    expect(error).toMatch(/The workbook's address is missing/);
    expect(error).toContain("npm run start:web -- --document");
    expect(documentUrl(["--document"]).error).toBe(error);
  });

  test("refuses what is not an https address", () => {
    for (const bad of ["http://contoso.sharepoint.com/x", "contoso.sharepoint.com/x", "--web"]) {
      const { url, error } = documentUrl(["--document", bad]);
      expect(url).toBeUndefined();
      expect(error).toMatch(/không phải địa chỉ https/);
      expect(error).toMatch(/is not the https address/);
    }
  });
});
