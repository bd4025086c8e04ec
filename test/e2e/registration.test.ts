// Issue #11 item 3 in the pane, in Chromium on the playground (the in-browser workbook behind the
// Office.js adapter): a province registers at the start of the year (đăng ký thi đua), exports its
// sealed registration, and at year end picks that file at Setup; its 950 service points are then
// judged by the 900 it registered ("Vượt"), not recorded as a mere contribution. The ministry's
// targets file is read in the browser too: a bad one is refused with every row named and nothing
// inserted; with the registration it is refused, as in the CLI. Setup with the pickers at Excel's
// pane widths (320 and 350 px), in Vietnamese and English, with axe finding nothing.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { SHEET_STRINGS } from "../../src/workbook/strings";
import { verifySubmissionHash, type Submission } from "../../src/domain/submission";
import { ARTIFACTS, axeViolations, buildPages, launchBrowser, serve } from "./harness";

const DIST = join(ARTIFACTS, "e2e-dist-registration");
const SHOTS = join(ARTIFACTS, "e2e");
const POINTS = "postal.service-points";
const UNIT = { name: "Sở Thử nghiệm", code: "000.00.00.H26", type: "provincial-department", year: "2023" };
const ROWS = 41;
const COLUMNS = SHEET_STRINGS.vi.columns;
const BAD_CSV = [
  "Mã đơn vị,Mã chỉ tiêu,Chỉ tiêu đơn vị",
  `${UNIT.code},${POINTS},900`,
  `${UNIT.code},no.such-indicator,5`,
  `${UNIT.code},${POINTS},950`,
].join("\n");
const GOOD_CSV = `Mã đơn vị;Mã chỉ tiêu;Chỉ tiêu đơn vị\r\n${UNIT.code};${POINTS};1.000\r\n`;

let site: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  buildPages(DIST);
  site = await serve(DIST);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const pane = (): Locator => page.getByRole("complementary");

/** A fresh playground (its own "new workbook" button), in the given language. */
async function openFresh(query = ""): Promise<void> {
  await page.goto(`${site.url}index.html${query}`);
  const reset = page.getByRole("button", { name: /^Sổ tính mới|^New workbook/ });
  await Promise.all([page.waitForEvent("load"), reset.click()]);
  await pane().getByRole("tab").first().waitFor();
  await pane()
    .getByTestId("live-counts")
    .filter({ hasText: /chưa có mẫu|no report template/ })
    .waitFor();
}

async function cellText(address: string): Promise<string> {
  return ((await page.getByRole("grid").locator(`[data-address="${address}"]`).textContent()) ?? "").trim();
}

/** The address of an indicator's cell under the column headed `header`, read off the grid. */
async function cellOf(indicatorId: string, header: string): Promise<string> {
  const grid = page.getByRole("grid");
  const idCell = grid.getByRole("gridcell", { name: indicatorId, exact: true });
  const row = /\d+$/.exec((await idCell.getAttribute("data-address"))!)![0];
  const head = grid.getByRole("gridcell", { name: header, exact: true }).first();
  const col = /^[A-Z]+/.exec((await head.getAttribute("data-address"))!)![0];
  return `${col}${row}`;
}

/** Types into a cell as a person does in Excel: name box, then the cell, then Enter. */
async function typeInto(address: string, text: string): Promise<void> {
  const nameBox = page.getByRole("textbox", { name: /^Hộp tên|^Name box/ });
  await nameBox.fill(address);
  await nameBox.press("Enter");
  const editor = page.getByRole("textbox", { name: new RegExp(`${address}$`) });
  await editor.fill(text);
  await editor.press("Enter");
}

/** Setup's unit: the province of Plan 1097 for 2023, in the pane's language. */
async function fillUnit(words: { plan: RegExp; type: RegExp; name: RegExp; code: RegExp; year: RegExp }) {
  const p = pane();
  await p.getByRole("combobox", { name: words.plan }).selectOption("kh-1097-2023");
  await p.getByRole("combobox", { name: words.type }).selectOption(UNIT.type);
  await p.getByRole("textbox", { name: words.name }).fill(UNIT.name);
  await p.getByRole("textbox", { name: words.code }).fill(UNIT.code);
  await p.getByRole("textbox", { name: words.year }).fill(UNIT.year);
}
const VI = {
  plan: /Kế hoạch thi đua/,
  type: /Loại hình đơn vị/,
  name: /Tên đơn vị/,
  code: /Mã đơn vị/,
  year: /Năm báo cáo/,
};
const EN = {
  plan: /Emulation plan/,
  type: /Unit type/,
  name: /Unit name/,
  code: /Unit code/,
  year: /Reporting year/,
};

const file = (name: string, bytes: Uint8Array | string) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(bytes),
});

/** The bytes behind a link the page offers (a blob: URL), fetched in the page. */
async function fetchBytes(link: Locator): Promise<Buffer> {
  const b64 = await link.evaluate(async (a) => {
    const buf = new Uint8Array(await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer());
    let s = "";
    for (const b of buf) s += String.fromCharCode(b);
    return btoa(s);
  });
  return Buffer.from(b64, "base64");
}

/** Setup at Excel's two pane widths: axe finds nothing; a picture of each for a person to look at. */
async function lookAtWidths(tag: string, shown: Locator): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  try {
    for (const width of [320, 350]) {
      await page.evaluate((w) => {
        document.getElementById("pane")!.style.width = `${w}px`;
      }, width);
      await page.evaluate(async () => {
        await Promise.allSettled(document.getAnimations().map((a) => a.finished));
      });
      // Nothing wider than the pane: long file names and reasons wrap.
      const overflow = await pane().evaluate((el) => el.scrollWidth - el.clientWidth);
      expect([tag, width, overflow]).toEqual([tag, width, 0]);
      expect([tag, width, await axeViolations(page)]).toEqual([tag, width, []]);
      await shown.scrollIntoViewIfNeeded();
      await pane().screenshot({ path: join(SHOTS, `60-${tag}-${width}.png`) });
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}

test("register at the start of the year, export the sealed registration, pick it at year end: 950 against a registered 900 is Vượt", async () => {
  await openFresh();
  const p = pane();
  // The start-of-year registration: its own template, its own insert, its own export.
  await p.getByRole("radio", { name: "Đăng ký thi đua đầu năm" }).check();
  await fillUnit(VI);
  await expect(p.getByTestId("targets-file-input").count()).resolves.toBe(0);
  await p.getByRole("button", { name: "Chèn mẫu đăng ký" }).click();
  await p.getByText(new RegExp(`Đã chèn ${ROWS} chỉ tiêu`)).waitFor();
  const registered = SHEET_STRINGS.vi.registration.value;
  await typeInto(await cellOf(POINTS, registered), "900");
  // Commitments are never scored: Summary says so instead of a score.
  await p.getByRole("tab", { name: "Tổng hợp" }).click();
  await p.getByText(/^Bản đăng ký không chấm điểm/).waitFor();
  await expect(p.getByTestId("score").count()).resolves.toBe(0);
  await p.getByRole("tab", { name: "Xuất" }).click();
  await p.getByRole("heading", { name: "Xuất bản đăng ký" }).waitFor();
  await p.getByText(/^Bản đăng ký không chấm điểm/).waitFor();
  await p.getByRole("button", { name: "Xuất bản đăng ký", exact: true }).click();
  await p.getByText(/^Đã mở bản đăng ký trong một sổ tính mới/).waitFor({ timeout: 60_000 });
  const json = p.getByRole("link", { name: `Tải JSON (ban-dang-ky-${UNIT.code}-${UNIT.year}.json)` });
  const sealed = JSON.parse((await fetchBytes(json)).toString("utf8")) as Submission;
  expect(sealed.kind).toBe("registration");
  expect(sealed.summary.score).toBeUndefined();
  await expect(verifySubmissionHash(sealed)).resolves.toBe(true);
  expect(sealed.entries.find((e) => e.indicatorId === POINTS)!.value).toBe(900);
  const registration = await fetchBytes(page.getByRole("link", { name: /^Tải “Book2\.xlsx” về/ }));
  await page.screenshot({ path: join(SHOTS, "61-registration-exported.png") });

  // Year end, in a new workbook: the report, with the unit's own targets picked at Setup.
  await openFresh();
  await expect(p.getByRole("radio", { name: "Báo cáo kết quả cuối năm" }).isChecked()).resolves.toBe(true);
  await fillUnit(VI);
  // A targets file with bad rows: refused whole, each row named; the insert waits.
  await p.getByTestId("targets-file-input").setInputFiles(file("chi-tieu-sai.csv", BAD_CSV));
  const refused = p.getByRole("alert").filter({ hasText: "Tệp chỉ tiêu chi-tieu-sai.csv có 2 lỗi" });
  await refused.waitFor();
  await refused.getByText(/^Dòng 3: /).waitFor();
  await refused.getByText(/^Dòng 4: .*dòng 2/i).waitFor();
  await p.getByRole("button", { name: "Chèn mẫu báo cáo" }).click();
  await p.getByText("Chỉ tiêu riêng đã chọn không dùng được: hãy chọn tệp khác hoặc bỏ tệp đó.").waitFor();
  await expect(p.getByText(/^Đã chèn/).count()).resolves.toBe(0);
  await expect(p.getByTestId("live-counts").textContent()).resolves.toMatch(/chưa có mẫu/);
  // A good targets file and the registration together: one source only, as the CLI says.
  await p.getByTestId("targets-file-input").setInputFiles(file("chi-tieu.csv", GOOD_CSV));
  await p.getByText(/^Từ tệp chỉ tiêu chi-tieu\.csv: 1 chỉ tiêu riêng/).waitFor();
  await p.getByTestId("registration-input").setInputFiles(file("ban-dang-ky-2023.xlsx", registration));
  await p.getByText(/^Chỉ dùng một trong tệp chỉ tiêu của Bộ và bản đăng ký/).waitFor();
  await lookAtWidths("vi-both-refused", p.getByText(/^Chỉ dùng một trong/));
  await p.getByRole("button", { name: "Bỏ chi-tieu.csv" }).click();
  const ready = p
    .getByRole("status")
    .filter({ hasText: /^Từ bản đăng ký ban-dang-ky-2023\.xlsx: \d+ chỉ tiêu/ });
  await ready.waitFor();
  await ready.getByText(/Đơn vị: ≥ 900 điểm · Kế hoạch: ≥ 27\.000 điểm/).waitFor();
  await lookAtWidths("vi-registration-ready", ready);

  await p.getByRole("button", { name: "Chèn mẫu báo cáo" }).click();
  await p.getByText(new RegExp(`Đã chèn ${ROWS} chỉ tiêu`)).waitFor();
  // The target cell names the unit's registered target above the plan's, as the CLI's template does.
  await expect(cellText(await cellOf(POINTS, COLUMNS.target))).resolves.toMatch(
    /Đơn vị: ≥ 900 điểm\s*Kế hoạch: ≥ 27\.000 điểm/,
  );
  await typeInto(await cellOf(POINTS, COLUMNS.value), "950");
  const status = page.getByRole("grid").locator(`[data-address="${await cellOf(POINTS, COLUMNS.status)}"]`);
  await waitForText(status, "Vượt");
  await page.screenshot({ path: join(SHOTS, "62-year-end-judged-by-registration.png") });
}, 300_000);

test("in English at 320 and 350 px: the document choice, the pickers, a refused targets file and a ready registration", async () => {
  await openFresh("?lang=en");
  const p = pane();
  await p.getByRole("radio", { name: "Start-of-year emulation registration" }).waitFor();
  await p.getByRole("radio", { name: "Year-end results report" }).waitFor();
  await fillUnit(EN);
  await p.getByTestId("targets-file-input").setInputFiles(file("targets-wrong.csv", BAD_CSV));
  const refused = p.getByRole("alert").filter({ hasText: "The targets file targets-wrong.csv has 2 errors" });
  await refused.getByText(/^Line 3: /).waitFor();
  await p.getByRole("button", { name: "Choose the exported registration (.xlsx)…" }).waitFor();
  await lookAtWidths("en-targets-refused", refused);
  await p.getByRole("button", { name: "Remove targets-wrong.csv" }).click();
  await p.getByTestId("targets-file-input").setInputFiles(file("targets.csv", GOOD_CSV));
  await p.getByText(/^From the targets file targets\.csv: 1 of the unit's own target, written/).waitFor();
  await p.getByText(/Unit: ≥ 1,000 points · Plan: ≥ 27,000 points/).waitFor();
  await lookAtWidths("en-targets-ready", p.getByText(/Unit: ≥ 1,000 points/));
  // The registration's own insert and export wording.
  await p.getByRole("radio", { name: "Start-of-year emulation registration" }).check();
  await p.getByRole("button", { name: "Insert registration template" }).waitFor();
  await expect(p.getByTestId("targets-file-input").count()).resolves.toBe(0);
  await lookAtWidths("en-registration", p.getByRole("radio", { name: "Year-end results report" }));
}, 300_000);

/** Waits until a cell shows `want` (the sheet recomputes after a value is typed). */
async function waitForText(cell: Locator, want: string): Promise<void> {
  await cell.evaluate(
    (el, w) =>
      new Promise<void>((resolve, reject) => {
        const start = Date.now();
        const tick = () => {
          if ((el.textContent ?? "").trim() === w) resolve();
          else if (Date.now() - start > 10_000)
            reject(new Error(`cell shows "${el.textContent}", not "${w}"`));
          else setTimeout(tick, 50);
        };
        tick();
      }),
    want,
  );
}
