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
    live: (errors: number, warnings: number, filled: number, total: number, blanks = 0) =>
      `${errors} lỗi · ${warnings} cảnh báo · ${blanks ? `chưa nhập ${blanks} · ` : ""}đã nhập ${filled}/${total}`,
    checking: "Đang kiểm tra…",
  },
  setup: {
    heading: "Thiết lập báo cáo",
    guideHeading: "Năm bước của báo cáo",
    guide: {
      setup: "chọn kế hoạch, loại hình đơn vị, rồi chèn mẫu báo cáo vào sổ tính.",
      check: "nhập kết quả vào sổ tính; khung này chỉ ra chỗ thiếu, chỗ sai và cách sửa.",
      summary: "xem mức hoàn thành và điểm tự chấm.",
      review: "người thẩm định chấp nhận hoặc trả lại từng chỉ tiêu.",
      export: "tạo bản nộp để in, ký, đóng dấu và gửi Bộ.",
    },
    next: "Tiếp: nhập và kiểm tra số liệu",
    yearOutside: (plan: string, from: number, to: number) =>
      from === to
        ? `Kế hoạch ${plan} dành cho năm ${from}. Hãy kiểm tra lại năm báo cáo.`
        : `Kế hoạch ${plan} dành cho các năm ${from}–${to}. Hãy kiểm tra lại năm báo cáo.`,
    plan: "Kế hoạch thi đua",
    planFile: "Tải tệp kế hoạch…",
    planFileHint: "Nếu kế hoạch của Bộ không có trong danh sách: chọn tệp kế hoạch (.json) Bộ gửi.",
    planFileReading: "Đang đọc tệp kế hoạch…",
    planFileLoaded: (doc: string, n: number) => `Đã tải kế hoạch ${doc} (${n} chỉ tiêu) và chọn nó ở trên.`,
    planFileInvalid: (name: string) => `Tệp ${name} không phải tệp kế hoạch hợp lệ. Những chỗ cần sửa:`,
    planFileTooLarge: (name: string) => `Tệp ${name} lớn hơn 5 MB nên không phải một tệp kế hoạch.`,
    planFileUnreadable: (name: string) => `Không đọc được tệp ${name}. Hãy chọn lại tệp.`,
    planFileMore: (n: number) => `và ${n} lỗi khác`,
    lastYear: "Điền cột “Năm trước” từ bản nộp năm trước…",
    lastYearHint:
      "Chọn bản nộp (.xlsx) đã xuất năm trước: số liệu của các chỉ tiêu tăng trưởng được điền vào các ô “Năm trước” còn trống khi chèn mẫu; số đã nhập được giữ nguyên.",
    lastYearReading: "Đang đọc bản nộp năm trước…",
    lastYearNeedsUnit:
      "Hãy chọn loại đơn vị, nhập mã đơn vị và năm báo cáo trước: bản nộp phải đúng của đơn vị, của năm trước.",
    lastYearTooLarge: (name: string) => `Tệp ${name} lớn hơn 50 MB nên không phải một bản nộp.`,
    lastYearUnreadable: (name: string) => `Không đọc được tệp ${name}. Hãy chọn lại tệp.`,
    lastYearRefused: (name: string) => `Không dùng được ${name} làm số liệu năm trước:`,
    lastYearReady: (name: string, n: number) =>
      `Từ ${name}: ${n} số liệu sẽ được điền vào cột “Năm trước” khi chèn mẫu.`,
    lastYearSkipped: (id: string, why: string) => `${id}: không điền được (${why}).`,
    lastYearKept: (id: string, typed: string, offered: string) =>
      `${id}: ô “Năm trước” đã có ${typed}, được giữ nguyên (bản nộp năm trước ghi ${offered}). Muốn dùng số của bản nộp, hãy xoá ô đó rồi chèn lại.`,
    lastYearClear: "Bỏ bản nộp năm trước",
    lastYearFixFirst: "Bản nộp năm trước đã chọn không dùng được: hãy chọn tệp khác hoặc bỏ nó.",
    documentKind: "Văn bản cần lập",
    kindYearEnd: "Báo cáo kết quả cuối năm",
    kindRegistration: "Đăng ký thi đua đầu năm",
    kindYearEndHint:
      "Nhập kết quả đạt được trong năm; đơn vị được đánh giá theo chỉ tiêu của mình (tệp chỉ tiêu của Bộ hoặc bản đăng ký) nếu có, nếu không theo kế hoạch.",
    kindRegistrationHint:
      "Nhập chỉ tiêu đơn vị cam kết vào cột “Chỉ tiêu đăng ký” rồi xuất bản đăng ký. Cuối năm, chọn tệp bản đăng ký đó ở đây để được đánh giá theo chỉ tiêu đã đăng ký.",
    kindIsRegistration:
      "Sổ tính này đang có bản đăng ký thi đua. Báo cáo cuối năm cần một sổ tính mới: xuất bản đăng ký, mở sổ tính mới, rồi chọn tệp bản đăng ký ở bước này.",
    kindIsYearEnd:
      "Sổ tính này đang có báo cáo cuối năm; kết quả đã nhập không thể thành chỉ tiêu đăng ký. Hãy lập bản đăng ký trong một sổ tính mới.",
    insertRegistration: "Chèn mẫu đăng ký",
    unitTargetsHeading: "Chỉ tiêu riêng của đơn vị (không bắt buộc)",
    unitTargetsHint:
      "Chọn tệp chỉ tiêu (.csv) Bộ giao, hoặc bản đăng ký (.xlsx) đơn vị đã xuất đầu năm; chỉ dùng một trong hai. Không chọn: đơn vị được đánh giá theo chỉ tiêu của kế hoạch.",
    targetsFile: "Chọn tệp chỉ tiêu của Bộ (.csv)…",
    targetsFileReading: "Đang đọc tệp chỉ tiêu…",
    targetsFileTooLarge: (name: string) => `Tệp ${name} lớn hơn 20 MB nên không phải một tệp chỉ tiêu.`,
    targetsFileRefused: (name: string, n: number) =>
      `Tệp chỉ tiêu ${name} có ${n} lỗi nên không được dùng (không chỉ tiêu nào được áp dụng):`,
    targetsFileReady: (name: string, n: number) =>
      `Từ tệp chỉ tiêu ${name}: ${n} chỉ tiêu riêng của đơn vị sẽ được ghi vào mẫu khi chèn.`,
    registrationFile: "Chọn bản đăng ký đã xuất (.xlsx)…",
    registrationReading: "Đang đọc bản đăng ký…",
    registrationTooLarge: (name: string) => `Tệp ${name} lớn hơn 50 MB nên không phải một bản đăng ký.`,
    registrationRefused: (name: string) => `Không dùng được ${name} làm bản đăng ký:`,
    registrationReady: (name: string, n: number) =>
      `Từ bản đăng ký ${name}: ${n} chỉ tiêu đã đăng ký sẽ là chỉ tiêu của đơn vị khi chèn mẫu.`,
    registrationSkipped: (row: string, why: string) => `${row}: không lấy được chỉ tiêu đăng ký (${why}).`,
    unitTargetsUnreadable: (name: string) => `Không đọc được tệp ${name}. Hãy chọn lại tệp.`,
    unitTargetsNeedUnit:
      "Hãy chọn loại đơn vị, nhập mã đơn vị và năm báo cáo trước: chỉ tiêu phải đúng của đơn vị, của năm này.",
    unitTargetsBoth:
      "Chỉ dùng một trong tệp chỉ tiêu của Bộ và bản đăng ký: mẫu ghi chỉ tiêu riêng từ một nguồn. Nếu Bộ giao chỉ tiêu khác bản đăng ký, dùng tệp của Bộ; Bộ sẽ thấy chỗ khác nhau khi kiểm tra. Hãy bỏ một tệp.",
    unitTargetsClear: (name: string) => `Bỏ ${name}`,
    unitTargetsFixFirst: "Chỉ tiêu riêng đã chọn không dùng được: hãy chọn tệp khác hoặc bỏ tệp đó.",
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
    preparer: "Người lập biểu (không bắt buộc)",
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
    restoredDone: (n: number) => `Số liệu của ${n} chỉ tiêu đã được lấy lại từ vùng lưu trữ vào bảng.`,
    fixFirst: "Hãy sửa các mục được đánh dấu ở trên trước khi chèn.",
    existing: (plan: string, unit: string) =>
      `Sổ tính đã có báo cáo theo ${plan} của ${unit}. Chèn lại sẽ giữ mọi số liệu đã nhập.`,
    andMore: (n: number) => `và ${n} chỉ tiêu khác`,
    previewHeading: "Những gì sẽ thay đổi",
    previewNew: (n: number) => `Tạo mẫu mới với ${n} chỉ tiêu.`,
    previewAdded: (n: number) => `${n} chỉ tiêu được thêm:`,
    previewKept: (n: number) => `${n} chỉ tiêu giữ nguyên cùng số liệu đã nhập.`,
    previewRestored: (n: number) =>
      `${n} chỉ tiêu trở lại mẫu, số liệu đã nhập được lấy lại từ vùng lưu trữ:`,
    previewArchived: (n: number) =>
      `${n} chỉ tiêu rời khỏi mẫu và được chuyển vào vùng lưu trữ (số liệu vẫn giữ):`,
    previewStillArchived: (n: number) =>
      `Vùng lưu trữ vẫn giữ số liệu cũ của ${n} chỉ tiêu; số liệu đó chỉ có ở vùng lưu trữ, không có trong bảng:`,
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
    errors: (n: number) => `Lỗi chặn việc xuất (${n})`,
    warnings: (n: number) => `Cảnh báo (${n})`,
    blanks: (n: number) => `Chưa nhập (${n})`,
    blanksNote: "Ô chưa nhập không phải là lỗi khi bạn đang nhập, nhưng phải nhập đủ trước khi xuất bản nộp.",
    goTo: "Đến ô",
    // Indicators are named as the sheet names them: "5. Số xã có điểm phục vụ…".
    goToLabel: (indicator: string) => `Đến ô: ${indicator}`,
    fix: (value: string) => `Sửa thành ${value}`,
    // Spoken names begin with the visible words, so voice control ("click Sửa thành…") finds them.
    fixed: (indicator: string) => `Đã sửa ${indicator}.`,
    keepShown: (value: string) => `Giữ “${value}”, bỏ công thức`,
    returnedHeading: (n: number) => `Bị trả lại (${n})`,
    returnedIntro:
      "Người thẩm định đã trả lại các chỉ tiêu dưới đây. Mỗi mục chưa trả lời là một lỗi chặn việc xuất cho đến khi bạn trả lời hoặc sửa kết quả.",
    returnedBy: (by: string, at: string) =>
      `Người thẩm định: ${by || "(không ghi tên)"}${at ? ` · ${at}` : ""}`,
    reviewerComment: "Ý kiến thẩm định",
    noComment: "(không có ý kiến)",
    open: "Chưa trả lời · chặn việc xuất",
    answered: "Đã trả lời · chờ người thẩm định xem lại",
    answer: "Trả lời của đơn vị",
    answerLabel: (stt: number, name: string) => `${stt}. ${name}: trả lời của đơn vị`,
    answerHint: "Ghi vào cột Trả lời của đơn vị trong sổ tính. Sửa kết quả cũng được tính là đã trả lời.",
    saveAnswer: "Lưu trả lời",
    saveAnswerLabel: (indicator: string) => `Lưu trả lời: ${indicator}`,
    savingAnswer: "Đang lưu…",
    answerSaved: (indicator: string) => `Đã lưu trả lời: ${indicator}.`,
    answerRequired: "Hãy viết câu trả lời trước khi lưu.",
    answerTooLong: "Câu trả lời dài quá 2.000 ký tự.",
    answerSame: "Câu trả lời giống lần trước người thẩm định đã xem; hãy viết câu trả lời mới.",
    unsavedAnswer: "Chưa lưu",
    entryNote: (note: string) => `Hướng dẫn nhập: ${note}`,
    // Only on rows whose deadline falls after the report's year (not yet due).
    laterDeadline: (deadline: number, year: number) =>
      `Hạn ${deadline}, sau năm đánh giá ${year}: kết quả thấp hơn mục tiêu là "Chưa đến hạn", không phải chưa đạt.`,
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
    exampleClassification: (band: string) =>
      `Xếp loại theo thang điểm ví dụ: ${band}. Đây chỉ là ví dụ, không phải xếp loại chính thức, và không được ghi vào bản nộp.`,
    noScheme: "Chưa có thang điểm nào.",
  },
  review: {
    heading: "Thẩm định",
    none: "Không có chỉ tiêu nào cần thẩm định: không có chỉ tiêu chưa đạt, không áp dụng hay có lỗi.",
    position: (i: number, n: number) => `Mục ${i} / ${n}`,
    previous: "Mục trước",
    next: "Mục sau",
    value: "Kết quả",
    lastYear: "Năm trước",
    target: "Mục tiêu",
    deadline: "Hạn",
    status: "Trạng thái",
    explanation: "Giải trình của đơn vị",
    evidence: "Minh chứng",
    noText: "(chưa có)",
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
    unsaved: "Chưa lưu",
    drafts: (n: number) => `${n} mục có thay đổi chưa lưu (giữ đến khi lưu hoặc bỏ).`,
    savedDecision: (decision: string, by: string, at: string) =>
      `Đã lưu: ${decision}${by ? ` — ${by}` : ""}${at ? `, ${at}` : ""}.`,
    reply: "Trả lời của đơn vị",
    valueThen: (then: string) => `Kết quả lúc quyết định: ${then}; nay đã sửa.`,
    commentRequired: "Khi trả lại, hãy ghi ý kiến để đơn vị biết cần sửa gì.",
    reviewerLabel: "Tên người thẩm định",
    reviewerAsk:
      "Trước khi thẩm định, hãy cho biết tên của bạn. Tên được lưu trong sổ tính (ô Người thẩm định) và ghi cùng mỗi quyết định, kèm thời điểm.",
    reviewerSave: "Lưu tên",
    reviewerAs: (name: string) => `Người thẩm định: ${name}`,
    reviewerChange: "Đổi tên",
    reviewerCancel: "Huỷ",
    reviewerRequired: "Hãy nhập tên người thẩm định.",
    reviewerTooLong: "Tên dài quá 255 ký tự.",
    reviewerNeeded: "Hãy nhập tên người thẩm định ở trên trước khi lưu quyết định.",
    leaveTitle: "Quyết định chưa lưu",
    leaveBody: (id: string) =>
      `Quyết định và ý kiến cho chỉ tiêu ${id} chưa được lưu vào sổ tính. Bạn muốn làm gì trước khi chuyển mục?`,
    leaveSave: "Lưu rồi chuyển",
    leaveKeep: "Giữ bản nháp",
    leaveDiscard: "Bỏ thay đổi",
    leaveStay: "Ở lại",
    keysHeading: "Phím tắt",
    keys: "Khi không gõ chữ: A chấp nhận · R trả lại (rồi gõ ý kiến) · S lưu · N mục sau · P mục trước. Khi đang gõ ý kiến: Ctrl+Enter lưu.",
    chose: (decision: string) => `Đã chọn ${decision}.`,
  },
  exportView: {
    heading: "Xuất bản nộp",
    button: "Xuất bản nộp",
    intro:
      "Tạo sổ tính bản nộp: trang báo cáo để in, ký và đóng dấu (theo Nghị định 30/2020/NĐ-CP); trang dữ liệu ẩn (mỗi chỉ tiêu một dòng); và dữ liệu niêm phong kèm mã kiểm tra. Excel mở sổ tính này trong một cửa sổ mới để bạn lưu và gửi.",
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
    copyHash: "Chép mã kiểm tra",
    hashCopied: "Đã chép mã kiểm tra vào bộ nhớ tạm.",
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
    // A registration (D37) is exported the same way, under its own name, and never scored.
    registration: {
      heading: "Xuất bản đăng ký",
      button: "Xuất bản đăng ký",
      buttonBlocked: (n: number) => `Xuất bản đăng ký (còn ${n} lỗi)`,
      intro:
        "Tạo sổ tính bản đăng ký thi đua: trang để in, ký và đóng dấu; trang dữ liệu ẩn; và dữ liệu niêm phong kèm mã kiểm tra. Bản đăng ký không chấm điểm. Cuối năm, chọn tệp này ở bước Thiết lập để được đánh giá theo chỉ tiêu đã đăng ký.",
      done: "Đã mở bản đăng ký trong một sổ tính mới. Hãy lưu sổ tính đó (giữ lại cho báo cáo cuối năm), in để ký, rồi gửi cho Bộ.",
      json: "Dữ liệu bản đăng ký (JSON)",
      notScored:
        "Bản đăng ký không chấm điểm: chỉ tiêu cam kết thấp hơn kế hoạch là cảnh báo cần giải trình.",
    },
    print: {
      heading: "Báo cáo để in",
      language: "Ngôn ngữ của báo cáo",
      languageHint: (template: string) => `Mặc định theo ngôn ngữ của mẫu (${template}).`,
      languages: { vi: "Tiếng Việt", en: "English" },
      details: "Số văn bản, nơi nhận, người ký",
      detailsNote:
        "Các thông tin này được in trên báo cáo theo Nghị định 30/2020/NĐ-CP và niêm phong cùng dữ liệu. Ô để trống được in thành dấu chấm để ghi tay.",
      governingBody: "Cơ quan chủ quản (in phía trên tên đơn vị)",
      documentNumber: "Số, ký hiệu văn bản",
      documentNumberHint: "Ví dụ 125/BC-SKHCN; để trống nếu văn thư ghi khi phát hành.",
      recipient: "Kính gửi",
      place: "Địa danh",
      date: "Ngày ban hành",
      signerTitle: "Chức vụ người ký",
      signerTitlePlaceholder: "THỦ TRƯỞNG ĐƠN VỊ",
      signerName: "Họ tên người ký",
      copyTo: "Nơi nhận khác (mỗi dòng một nơi)",
      copyToHint: "“Như trên” và “Lưu: VT” luôn được in.",
      remembered: "Đơn vị, người ký và nơi nhận được nhớ trên máy này cho lần xuất sau.",
    },
  },
  error: {
    title: "Có lỗi",
    dismiss: "Đóng thông báo",
    retry: "Thử lại",
    generic: (what: string) =>
      `Không thực hiện được: ${what}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ tính và mở lại.`,
    planMissing: (id: string) =>
      `Sổ tính dùng kế hoạch “${id}” mà add-in không có. Hãy tải tệp kế hoạch đó ở bước Thiết lập, cập nhật add-in, hoặc chèn mẫu theo kế hoạch khác.`,
    protected: "Trang tính đang được bảo vệ bằng mật khẩu. Hãy bỏ bảo vệ rồi thử lại.",
    busy: "Excel đang bận (có thể một ô đang được sửa). Việc kiểm tra sẽ tự chạy lại khi bạn nhấn Enter hoặc Esc trong ô.",
  },
  progress: "Tiến độ",
};

export type Strings = typeof vi;
