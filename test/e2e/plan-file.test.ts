// Issue #11 in the pane, in Chromium on the playground: a ministry's own plan file (the test fixture
// "a 2026 plan of the Ministry of Science and Technology") is picked in Setup, checked in the browser
// (a bad file is refused with what to correct), and its own unit types, names and code rules drive
// the form and the inserted template. The plan is still known after the page is reloaded.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { ARTIFACTS, buildPages, launchBrowser, serve } from "./harness";
import { MOST_2026_FILE } from "../fixtures/plans/most-2026";

const DIST = join(ARTIFACTS, "e2e-plan-file-dist");

let site: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  buildPages(DIST);
  site = await serve(DIST);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

function pane(): Locator {
  return page.getByRole("complementary");
}

async function pick(name: string, text: string): Promise<void> {
  await pane()
    .getByTestId("plan-file-input")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
}

test("a plan file is checked in the browser; a valid one drives Setup and the template, and stays known", async () => {
  await page.goto(`${site.url}index.html`);
  const reset = page.getByRole("button", { name: /^Sổ tính mới|^New workbook/ });
  await Promise.all([page.waitForEvent("load"), reset.click()]);
  await pane().getByRole("tab").first().waitFor();

  const good = readFileSync(MOST_2026_FILE, "utf8");
  // A plan that uses a unit type it never declares: refused, with the place and the fix in Vietnamese.
  const bad = JSON.parse(good) as { unitTypes: { id: string }[] };
  bad.unitTypes = bad.unitTypes.filter((u) => u.id !== "so-khcn");
  await pick("ke-hoach-sai.json", JSON.stringify(bad));
  const alert = pane().getByRole("alert").filter({ hasText: "ke-hoach-sai.json" });
  await alert.getByText("Tệp ke-hoach-sai.json không phải tệp kế hoạch hợp lệ. Những chỗ cần sửa:").waitFor();
  await alert
    .getByText(
      /^indicators\[0\] \(dx\.online-procedures\)\.appliesTo\[1\]: loại đơn vị "so-khcn" không được khai báo/,
    )
    .waitFor();
  await pick("khong-phai-json.json", "{ id: ");
  await pane()
    .getByText(/^\(tệp\): không phải JSON hợp lệ/)
    .waitFor();

  await pick("most-2026.json", good);
  await pane().getByText("Đã tải kế hoạch TEST-01/KH-BKHCN (7 chỉ tiêu) và chọn nó ở trên.").waitFor();
  await expect(
    pane()
      .getByRole("combobox", { name: /Kế hoạch thi đua/ })
      .inputValue(),
  ).resolves.toBe("kh-bkhcn-2026-test");
  const types = pane().getByRole("combobox", { name: /Loại hình đơn vị/ });
  await expect(types.locator("option").allTextContents()).resolves.toEqual([
    "Chọn loại hình đơn vị",
    "Cơ quan, đơn vị thuộc Bộ",
    "Sở Khoa học và Công nghệ",
    "Doanh nghiệp viễn thông",
    "Tổ chức khoa học và công nghệ",
  ]);
  // The code rule comes from the plan: the organisation type has a 7-digit code of its own.
  await types.selectOption("to-chuc-khcn");
  await pane()
    .getByText(
      /^Mã định danh điện tử .* hoặc mã số đơn vị có quan hệ với ngân sách \(7 chữ số\), ví dụ 1012345\.$/,
    )
    .waitFor();

  await types.selectOption("so-khcn");
  await pane().getByText("5 chỉ tiêu áp dụng cho đơn vị").waitFor();
  await pane()
    .getByRole("textbox", { name: /Tên đơn vị/ })
    .fill("Sở Khoa học và Công nghệ tỉnh Thử");
  await pane()
    .getByRole("textbox", { name: /Mã đơn vị/ })
    .fill("000.00.00.H26");
  // The year follows the plan chosen, since it had not been changed by hand.
  await expect(
    pane()
      .getByRole("textbox", { name: /Năm báo cáo/ })
      .inputValue(),
  ).resolves.toBe("2026");
  await pane().getByText("Kỳ báo cáo: từ 15/12/2025 đến 14/12/2026.").waitFor();
  await pane().getByRole("button", { name: "Xem trước thay đổi" }).click();
  await pane().getByText("Tạo mẫu mới với 5 chỉ tiêu.").waitFor();
  await pane().getByRole("button", { name: "Chèn mẫu báo cáo" }).click();
  await pane()
    .getByText(/Đã chèn 5 chỉ tiêu/)
    .waitFor();
  await pane()
    .getByTestId("live-counts")
    .filter({ hasText: /đã nhập 0\/5/ })
    .waitFor();
  // The sheet's header names the unit type as the plan does.
  await page
    .getByRole("grid")
    .getByRole("gridcell", { name: "Sở Khoa học và Công nghệ", exact: true })
    .waitFor();

  // Reopened (the playground keeps the workbook): the pane still knows the plan the template uses.
  await page.reload();
  await pane()
    .getByTestId("live-counts")
    .filter({ hasText: /đã nhập 0\/5/ })
    .waitFor();
  await expect(
    pane()
      .getByText(/mà add-in không có/)
      .count(),
  ).resolves.toBe(0);
}, 180_000);
