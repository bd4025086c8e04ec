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
    openFile: "Mở tệp .xlsx…",
    saveFile: "Lưu thành .xlsx",
    defaultFileName: "so-tinh.xlsx",
    openReplaces:
      "Mở tệp sẽ thay sổ tính đang có trên sân thử, và những gì đã gõ từ lần lưu .xlsx gần nhất sẽ mất. Hãy bấm “Huỷ” rồi “Lưu thành .xlsx” nếu cần giữ. Vẫn mở tệp?",
    opening: (name: string) => `Đang mở “${name}”…`,
    openedFile: (name: string, sheets: number, dropped: string[]) =>
      `Đã mở “${name}” (${sheets} trang tính).` +
      (dropped.length ? ` Sân thử không giữ được: ${dropped.join("; ")}.` : ""),
    openFailed: (name: string, why: string) =>
      `Không mở được “${name}”: tệp không phải sổ tính .xlsx đọc được (${why}). Sổ tính đang có vẫn giữ nguyên.`,
    tooLarge: (mb: number) => `tệp lớn hơn ${mb} MB`,
    savedFile: (name: string, kb: string) => `Đã lưu “${name}” (${kb} KB) vào thư mục tải về.`,
    saveAgain: (name: string) => `Tải lại “${name}”`,
    saveFailed: (why: string) => `Không lưu được sổ tính thành .xlsx (${why}). Sổ tính vẫn còn trên sân thử.`,
    // The grid's status line (Excel's status bar): its mode, and what the last action did.
    warning: (address: string, title: string, message: string) =>
      `Ô ${address}${title ? ` (${title})` : ""}: ${message} Sân thử đã giữ giá trị (như khi chọn “Có” trong Excel); Ctrl+Z để bỏ.`,
    modeReady: "Sẵn sàng",
    modeEnter: "Nhập",
    modeEdit: "Sửa",
    count: (n: number) => `Đã chọn ${n} ô`,
    typed: (address: string) => `Đã nhập ô ${address}.`,
    pasted: (n: number, address: string) => `Đã dán ${n} ô vào ${address}.`,
    copied: (address: string) => `Đã chép ${address}. Dán bằng Ctrl+V.`,
    cut: (address: string) => `Đã cắt ${address} (đã chép và xoá; Ctrl+Z để lấy lại).`,
    cleared: (address: string) => `Đã xoá ${address}.`,
    stepName: (kind: "typed" | "pasted" | "cleared") =>
      ({ typed: "nhập", pasted: "dán", cleared: "xoá" })[kind],
    undone: (step: string, address: string) => `Đã hoàn tác (${step} ${address}).`,
    redone: (step: string, address: string) => `Đã làm lại (${step} ${address}).`,
    nothingToUndo: "Không còn gì để hoàn tác.",
    nothingToRedo: "Không còn gì để làm lại.",
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
    openFile: "Open .xlsx…",
    saveFile: "Save as .xlsx",
    defaultFileName: "workbook.xlsx",
    openReplaces:
      "Opening a file replaces the playground's workbook, and what was typed since it was last saved as .xlsx will be lost. Choose “Cancel”, then “Save as .xlsx” to keep it. Open the file anyway?",
    opening: (name: string) => `Opening “${name}”…`,
    openedFile: (name: string, sheets: number, dropped: string[]) =>
      `Opened “${name}” (${sheets} sheets).` +
      (dropped.length ? ` The playground could not keep: ${dropped.join("; ")}.` : ""),
    openFailed: (name: string, why: string) =>
      `Could not open “${name}”: it is not a readable .xlsx workbook (${why}). The current workbook is unchanged.`,
    tooLarge: (mb: number) => `the file is larger than ${mb} MB`,
    savedFile: (name: string, kb: string) => `Saved “${name}” (${kb} KB) to your downloads.`,
    saveAgain: (name: string) => `Download “${name}” again`,
    saveFailed: (why: string) =>
      `Could not save the workbook as .xlsx (${why}). It is still in the playground.`,
    warning: (address: string, title: string, message: string) =>
      `Cell ${address}${title ? ` (${title})` : ""}: ${message} The playground kept the value (as “Yes” does in Excel); Ctrl+Z removes it.`,
    modeReady: "Ready",
    modeEnter: "Enter",
    modeEdit: "Edit",
    count: (n: number) => `${n} cells selected`,
    typed: (address: string) => `Entered ${address}.`,
    pasted: (n: number, address: string) => `Pasted ${n} cells into ${address}.`,
    copied: (address: string) => `Copied ${address}. Paste with Ctrl+V.`,
    cut: (address: string) => `Cut ${address} (copied and cleared; Ctrl+Z brings it back).`,
    cleared: (address: string) => `Cleared ${address}.`,
    stepName: (kind: "typed" | "pasted" | "cleared") =>
      ({ typed: "typing in", pasted: "paste into", cleared: "clearing" })[kind],
    undone: (step: string, address: string) => `Undone (${step} ${address}).`,
    redone: (step: string, address: string) => `Redone (${step} ${address}).`,
    nothingToUndo: "Nothing to undo.",
    nothingToRedo: "Nothing to redo.",
  },
} satisfies Record<GridLanguage, unknown>;
