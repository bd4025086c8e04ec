// The playground's own words (the grid and the page around it); the pane's are in src/taskpane/i18n.
export type GridLanguage = "vi" | "en";

export const gridStrings = {
  vi: {
    title: "Sân thử: khung tác vụ bên cạnh sổ tính trong trình duyệt",
    workbook: "Sổ tính",
    sheets: "Các trang tính",
    nameBox: "Hộp tên (địa chỉ ô)",
    cellContent: (address: string) => (address ? `Nội dung ô ${address}` : "Nội dung ô"),
    badAddress: (text: string) => `“${text}” không phải địa chỉ ô (ví dụ H7).`,
    sheetGrid: (name: string) => `Trang tính ${name}`,
    corner: "Ô góc",
    protectedSheet: "được bảo vệ",
    noSheet: "Sổ tính không có trang tính nào hiển thị.",
    pane: "Khung tác vụ",
    reset: "Sổ tính mới (xoá dữ liệu sân thử)",
    language: "English",
    theme: (dark: boolean) => (dark ? "Giao diện sáng" : "Giao diện tối"),
    restoreFailed: "Không đọc được sổ tính đã lưu; đã mở sổ tính trống.",
    // Excel.createWorkbook opens a window the playground cannot show; it says so and offers the file.
    opened: (name: string, kb: string) =>
      `Excel đã mở sổ tính mới “${name}” (${kb} KB) trong một cửa sổ khác.`,
    openedDownload: (name: string) => `Tải “${name}” về (.xlsx)`,
  },
  en: {
    title: "Playground: the task pane beside an in-browser workbook",
    workbook: "Workbook",
    sheets: "Sheets",
    nameBox: "Name box (cell address)",
    cellContent: (address: string) => (address ? `Content of cell ${address}` : "Cell content"),
    badAddress: (text: string) => `“${text}” is not a cell address (e.g. H7).`,
    sheetGrid: (name: string) => `Sheet ${name}`,
    corner: "Corner",
    protectedSheet: "protected",
    noSheet: "The workbook has no visible sheet.",
    pane: "Task pane",
    reset: "New workbook (clear the playground)",
    language: "Tiếng Việt",
    theme: (dark: boolean) => (dark ? "Light theme" : "Dark theme"),
    restoreFailed: "The saved workbook could not be read; opened an empty one.",
    opened: (name: string, kb: string) =>
      `Excel opened a new workbook, “${name}” (${kb} KB), in another window.`,
    openedDownload: (name: string) => `Download “${name}” (.xlsx)`,
  },
} satisfies Record<GridLanguage, unknown>;
