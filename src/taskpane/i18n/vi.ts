// Every string the pane shows in Vietnamese (the default language). en.ts has the same keys.
export const vi = {
  lang: "vi",
  appTitle: "Tự đánh giá thi đua",
  loading: "Đang mở…",
  tabsLabel: "Các bước",
  tabs: {
    setup: "Thiết lập",
    check: "Kiểm tra",
    summary: "Tổng hợp",
    review: "Thẩm định",
    export: "Xuất",
  },
  counts: {
    unreadable: "Không đọc được sổ tính.",
    noReport: "Sổ tính chưa có mẫu báo cáo.",
    live: (errors: number, warnings: number, filled: number, total: number) =>
      `${errors} lỗi · ${warnings} cảnh báo · đã nhập ${filled}/${total}`,
    checking: "Đang kiểm tra…",
  },
  setup: {
    heading: "Thiết lập báo cáo",
    plan: "Kế hoạch thi đua",
    unitType: "Loại hình đơn vị",
    unitTypePlaceholder: "Chọn loại hình đơn vị",
    fields: "Lĩnh vực (bỏ chọn để loại khỏi mẫu)",
    unitName: "Tên đơn vị",
    unitNameRequired: "Hãy nhập tên đơn vị.",
    unitCode: "Mã đơn vị",
    unitCodeHint: "Mã định danh điện tử (ví dụ 000.00.00.H26) hoặc mã số doanh nghiệp (10 hoặc 13 chữ số).",
    unitCodeRequired: "Hãy nhập mã đơn vị.",
    year: "Năm báo cáo",
    yearInvalid: "Năm báo cáo là một số từ 2000 đến 2100.",
    period: (from: string, to: string) => `Kỳ báo cáo: từ ${from} đến ${to}.`,
    preparer: "Người lập (không bắt buộc)",
    applicable: (n: number) => `${n} chỉ tiêu áp dụng cho đơn vị`,
    applicableByField: "Số chỉ tiêu áp dụng theo lĩnh vực",
    noneApplicable: "Không có chỉ tiêu nào áp dụng cho lựa chọn này. Hãy chọn loại hình hoặc lĩnh vực khác.",
    preview: "Xem trước thay đổi",
    previewing: "Đang xem trước…",
    insertNew: "Chèn mẫu báo cáo",
    reinsert: "Chèn lại mẫu",
    upgrade: "Nâng cấp mẫu",
    inserting: "Đang chèn mẫu…",
    inserted: (rows: number, sheet: string) => `Đã chèn ${rows} chỉ tiêu vào trang “${sheet}”.`,
    fixFirst: "Hãy sửa các mục được đánh dấu ở trên trước khi chèn.",
    existing: (plan: string, unit: string) =>
      `Sổ tính đã có báo cáo theo ${plan} của ${unit}. Chèn lại sẽ giữ mọi số liệu đã nhập.`,
    andMore: (n: number) => `và ${n} chỉ tiêu khác`,
    previewHeading: "Những gì sẽ thay đổi",
    previewNew: (n: number) => `Tạo mẫu mới với ${n} chỉ tiêu.`,
    previewAdded: (n: number) => `${n} chỉ tiêu được thêm:`,
    previewKept: (n: number) => `${n} chỉ tiêu giữ nguyên cùng số liệu đã nhập.`,
    previewArchived: (n: number) =>
      `${n} chỉ tiêu rời khỏi mẫu và được chuyển vào vùng lưu trữ (số liệu vẫn giữ):`,
    previewDropped: (n: number) => `${n} chỉ tiêu chưa có số liệu được bỏ khỏi mẫu:`,
    previewTargetChanged: (n: number) => `${n} chỉ tiêu có mục tiêu mới:`,
    previewUndo:
      "Sau khi chèn, Excel không hoàn tác (Ctrl+Z) được các thao tác trước đó, vì việc bảo vệ trang tính không hoàn tác được. Nếu cần, hãy lưu sổ tính trước.",
    previewConflicts:
      "Không thể chèn: các ô sau do người dùng nhập sẽ bị ghi đè. Hãy chuyển chúng đi rồi thử lại.",
  },
  check: {
    heading: "Kiểm tra số liệu",
    none: "Không có lỗi hay cảnh báo nào.",
    noReport: "Chưa có báo cáo để kiểm tra. Hãy chèn mẫu ở bước Thiết lập.",
    errors: "Lỗi (chặn việc xuất)",
    warnings: "Cảnh báo",
    goTo: "Đến ô",
    goToLabel: (indicator: string) => `Đến ô của chỉ tiêu ${indicator}`,
    fix: (value: string) => `Sửa thành ${value}`,
    // Spoken names begin with the visible words, so voice control ("click Sửa thành…") finds them.
    fixLabel: (indicator: string, value: string) => `Sửa thành ${value}: chỉ tiêu ${indicator}`,
    fixed: (indicator: string) => `Đã sửa chỉ tiêu ${indicator}.`,
    // How to type where the workbook is open (EntryHint): in the person's own separators.
    typingHeading: "Cách gõ số và ngày",
    typingVi:
      "Excel của bạn đọc số theo kiểu Việt Nam: 27.000 là hai mươi bảy nghìn, 1,9 là một phẩy chín. Ngày gõ 31/12/2020.",
    typingEn:
      "Excel của bạn đọc số theo kiểu tiếng Anh: dấu chấm là dấu thập phân (27.000 là hai mươi bảy), nên hãy gõ 27000 và 1.9. Ngày gõ 2020-12-31 (năm-tháng-ngày).",
    typingOther: (decimal: string) =>
      `Excel của bạn dùng “${decimal}” làm dấu thập phân: gõ số không có dấu tách hàng nghìn (27000). Ngày gõ 2020-12-31 (năm-tháng-ngày).`,
    typingUnknown:
      "Gõ số không có dấu tách hàng nghìn (27000), số thập phân theo cài đặt vùng của máy. Ngày gõ 2020-12-31 (năm-tháng-ngày): mọi Excel đều đọc đúng.",
    typingPercent: "Ô phần trăm: gõ 80 hoặc 80% cho 80%; 0,8 hoặc 0.8 sẽ thành 0,8%.",
  },
  summary: {
    heading: "Tổng hợp",
    completionByField: "Mức hoàn thành theo lĩnh vực",
    completionValue: (pct: string | null, met: number, total: number) =>
      pct === null ? `đạt ${met}/${total}` : `đạt ${met}/${total} · hoàn thành bình quân ${pct}`,
    overall: "Tình trạng chung",
    ready: "Đủ điều kiện nộp: không còn lỗi.",
    notReady: (errors: number) => `Chưa thể nộp: còn ${errors} lỗi.`,
    byStatus: "Số chỉ tiêu theo trạng thái",
    score: "Điểm tự chấm",
    scheme: "Thang điểm",
    scoreValue: (score: string, max: string) => `${score} / ${max} điểm`,
    classification: (band: string) => `Xếp loại: ${band}`,
    noScheme: "Chưa có thang điểm nào.",
  },
  review: {
    heading: "Thẩm định",
    none: "Không có chỉ tiêu chưa đạt hay lỗi nào cần thẩm định.",
    position: (i: number, n: number) => `Mục ${i} / ${n}`,
    previous: "Mục trước",
    next: "Mục sau",
    value: "Giá trị",
    target: "Mục tiêu",
    status: "Trạng thái",
    issues: "Vấn đề",
    decision: "Quyết định",
    accepted: "Chấp nhận",
    returned: "Trả lại",
    undecided: "Chưa quyết định",
    comment: "Ý kiến",
    save: "Lưu quyết định",
    saving: "Đang lưu…",
    saved: "Đã lưu vào sổ tính.",
    emptyValue: "(trống)",
  },
  exportView: {
    heading: "Xuất bản nộp",
    button: "Xuất bản nộp",
    intro:
      "Tạo sổ tính bản nộp: trang báo cáo để in, ký và đóng dấu; trang dữ liệu (mỗi chỉ tiêu một dòng); và dữ liệu niêm phong kèm mã kiểm tra. Excel mở sổ tính này trong một cửa sổ mới để bạn lưu và gửi.",
    noReport: "Chưa có báo cáo để xuất. Hãy chèn mẫu ở bước Thiết lập.",
    blocked: (n: number) => `Còn ${n} lỗi nên chưa thể xuất. Hãy sửa các lỗi dưới đây rồi xuất lại.`,
    buttonBlocked: (n: number) => `Xuất bản nộp (còn ${n} lỗi)`,
    warningsOk: (n: number) =>
      `Còn ${n} cảnh báo; cảnh báo không chặn việc xuất, nhưng hãy xem lại ở bước Kiểm tra.`,
    scoredUnder: (scheme: string) => `Điểm tự chấm theo: ${scheme} (chọn ở bước Tổng hợp).`,
    progress: "Tiến trình xuất",
    steps: {
      seal: "Đang tính kết quả và niêm phong dữ liệu…",
      load: "Đang tải bộ tạo sổ tính…",
      build: "Đang tạo sổ tính bản nộp…",
      open: "Đang mở sổ tính mới trong Excel…",
    },
    done: "Đã mở bản nộp trong một sổ tính mới. Hãy lưu sổ tính đó, in trang báo cáo để ký, rồi gửi cho Bộ.",
    hash: "Mã kiểm tra (SHA-256)",
    hashHint: "Ghi mã này vào văn bản gửi kèm: Bộ dùng nó để biết dữ liệu không bị sửa sau khi xuất.",
    json: "Dữ liệu bản nộp (JSON)",
    copy: "Chép JSON",
    copied: "Đã chép JSON vào bộ nhớ tạm.",
    copyDenied: (canDownload: boolean) =>
      `Máy không cho chép vào bộ nhớ tạm. ${canDownload ? "Hãy dùng liên kết Tải JSON, hoặc chọn" : "Hãy chọn"} JSON trong ô dưới đây và chép bằng Ctrl+C; JSON cũng đã nằm trong sổ tính vừa mở.`,
    download: (file: string) => `Tải JSON (${file})`,
    noDownload:
      "Excel trên máy tính không cho khung tác vụ tải tệp xuống. Hãy dùng nút Chép JSON, hoặc chỉ cần lưu sổ tính vừa mở: JSON và mã kiểm tra đã nằm trong đó.",
    again: "Xuất lại",
    failed: (what: string) =>
      `Chưa xuất được: ${what}. Sổ tính của bạn không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, lưu sổ tính và dùng lệnh self-assess export.`,
    unavailable:
      "Nơi đang chạy khung tác vụ này không có bộ tạo bản nộp. Hãy lưu sổ tính và dùng lệnh self-assess export.",
    openFailed:
      "Excel không mở được sổ tính mới (có thể trình duyệt chặn cửa sổ mới). Hãy cho phép cửa sổ bật lên rồi thử lại.",
  },
  error: {
    title: "Có lỗi",
    dismiss: "Đóng thông báo",
    retry: "Thử lại",
    generic: (what: string) =>
      `Không thực hiện được: ${what}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ tính và mở lại.`,
    planMissing: (id: string) =>
      `Sổ tính dùng kế hoạch “${id}” mà add-in không có. Hãy cập nhật add-in hoặc chèn mẫu theo kế hoạch khác.`,
    protected: "Trang tính đang được bảo vệ bằng mật khẩu. Hãy bỏ bảo vệ rồi thử lại.",
    busy: "Excel đang bận (có thể một ô đang được sửa). Việc kiểm tra sẽ tự chạy lại khi bạn nhấn Enter hoặc Esc trong ô.",
  },
  progress: "Tiến độ",
};

export type Strings = typeof vi;
