// Words of the consolidated workbook, per language.

export interface ConsolidateStrings {
  sheets: {
    matrix: string;
    units: string;
    data: string;
    missing: string;
    resubmissions: string;
    files: string;
    national: string;
    nationalDetail: string;
  };
  national: {
    indicatorId: string;
    unit: string;
    method: string;
    summed: string;
    listed: string;
    target: string;
    deadline: string;
    value: string;
    status: string;
    completion: string;
    contributors: string;
    gaps: string;
    note: string;
    role: string;
    contribution: string;
    gap: string;
    notSummed: string;
    ownEntry: string;
    noneReceived: string;
    oneEntry: string;
    entries: string;
    complete: string;
    partial: string;
    noNational: string;
  };
  unitCode: string;
  unitName: string;
  unitType: string;
  cluster: string;
  hash: string;
  signature: string;
  signatureValid: string;
  signatureBad: string;
  signatureUnchecked: string;
  notRanked: string;
  ignored: string;
  year: string;
  plan: string;
  file: string;
  kind: string;
  received: string;
  made: string;
  valid: string;
  hashVerified: string;
  errors: string;
  warnings: string;
  score: string;
  percent: string;
  rank: string;
  classification: string;
  problems: string;
  supersedes: string;
  state: string;
  reason: string;
  indicator: string;
  indicatorName: string;
  oldValue: string;
  newValue: string;
  oldStatus: string;
  newStatus: string;
  noChange: string;
  yes: string;
  no: string;
  notApplicable: string;
  accepted: string;
  superseded: string;
  rejected: string;
  notInRoster: string;
}

export const CONSOLIDATE_STRINGS: Record<"vi" | "en", ConsolidateStrings> = {
  vi: {
    sheets: {
      matrix: "Ma trận",
      units: "Đơn vị",
      data: "Dữ liệu",
      missing: "Chưa nộp",
      resubmissions: "Nộp lại",
      files: "Tệp",
      national: "Toàn ngành",
      nationalDetail: "Toàn ngành (chi tiết)",
    },
    national: {
      indicatorId: "Mã chỉ tiêu",
      unit: "Đơn vị tính",
      method: "Cách tổng hợp",
      summed: "Cộng số liệu của",
      listed: "Không cộng (chỉ số, thứ hạng, tỷ lệ): số liệu của đơn vị báo cáo",
      target: "Chỉ tiêu toàn ngành",
      deadline: "Hạn (năm)",
      value: "Tổng / số liệu",
      status: "Đánh giá",
      completion: "Tỷ lệ hoàn thành",
      contributors: "Số đơn vị đóng góp",
      gaps: "Số đơn vị thiếu số liệu",
      note: "Ghi chú",
      role: "Vai trò",
      contribution: "cộng vào tổng",
      gap: "thiếu",
      notSummed: "không cộng (ngoài nhóm đơn vị được cộng)",
      ownEntry: "số liệu của đơn vị (không cộng)",
      noneReceived: "chưa nhận được số liệu nào",
      oneEntry: "số liệu của",
      entries: "số liệu, xem trang chi tiết",
      complete: "đủ số liệu của mọi đơn vị đã nhận",
      partial: "tổng CHƯA ĐẦY ĐỦ",
      noNational: "Kế hoạch không có chỉ tiêu toàn ngành nào trong các báo cáo đã nhận.",
    },
    unitCode: "Mã đơn vị",
    unitName: "Tên đơn vị",
    unitType: "Loại đơn vị",
    cluster: "Cụm thi đua",
    hash: "Mã kiểm tra SHA-256",
    signature: "Chữ ký",
    signatureValid: "khớp khóa",
    signatureBad: "KHÔNG khớp / thiếu",
    signatureUnchecked: "có ký, không có khóa để kiểm",
    notRanked: "Lý do không xếp hạng",
    ignored: "bỏ qua",
    year: "Năm",
    plan: "Kế hoạch",
    file: "Tệp",
    kind: "Loại tệp",
    received: "Ngày nhận (tệp)",
    made: "Thời điểm lập",
    valid: "Hợp lệ",
    hashVerified: "Mã kiểm tra khớp",
    errors: "Số lỗi",
    warnings: "Số cảnh báo",
    score: "Điểm",
    percent: "Tỷ lệ điểm",
    rank: "Xếp hạng",
    classification: "Xếp loại",
    problems: "Vấn đề của tệp",
    supersedes: "Thay thế bản nộp",
    state: "Tình trạng",
    reason: "Lý do",
    indicator: "Mã chỉ tiêu",
    indicatorName: "Chỉ tiêu",
    oldValue: "Giá trị cũ",
    newValue: "Giá trị mới",
    oldStatus: "Đánh giá cũ",
    newStatus: "Đánh giá mới",
    noChange: "(không thay đổi số liệu)",
    yes: "Có",
    no: "Không",
    notApplicable: "—",
    accepted: "đã tổng hợp",
    superseded: "bị thay thế bởi",
    rejected: "bị từ chối",
    notInRoster: "không có trong danh sách đơn vị",
  },
  en: {
    sheets: {
      matrix: "Matrix",
      units: "Units",
      data: "Data",
      missing: "Not received",
      resubmissions: "Resubmissions",
      files: "Files",
      national: "National",
      nationalDetail: "National (detail)",
    },
    national: {
      indicatorId: "Indicator id",
      unit: "Unit of measure",
      method: "How it is built",
      summed: "Sum of the entries of",
      listed: "Not summed (index, rank, ratio): the reporting unit's entry",
      target: "National target",
      deadline: "Due (year)",
      value: "Sum / entry",
      status: "Status",
      completion: "Completion",
      contributors: "Units contributing",
      gaps: "Units without a value",
      note: "Note",
      role: "Role",
      contribution: "added to the sum",
      gap: "missing",
      notSummed: "not added (outside the summed unit types)",
      ownEntry: "the unit's entry (not summed)",
      noneReceived: "no entry received",
      oneEntry: "entry of",
      entries: "entries, see the detail sheet",
      complete: "every received unit has a value",
      partial: "the sum is PARTIAL",
      noNational: "No national indicator in the plans of the reports received.",
    },
    unitCode: "Unit code",
    unitName: "Unit name",
    unitType: "Unit type",
    cluster: "Emulation cluster",
    hash: "SHA-256 hash",
    signature: "Signature",
    signatureValid: "matches the key",
    signatureBad: "MISSING or wrong",
    signatureUnchecked: "signed, no key to check",
    notRanked: "Why not ranked",
    ignored: "ignored",
    year: "Year",
    plan: "Plan",
    file: "File",
    kind: "Kind",
    received: "Received (file date)",
    made: "Made at",
    valid: "Valid",
    hashVerified: "Hash verified",
    errors: "Errors",
    warnings: "Warnings",
    score: "Score",
    percent: "Score %",
    rank: "Rank",
    classification: "Classification",
    problems: "File problems",
    supersedes: "Supersedes",
    state: "State",
    reason: "Reason",
    indicator: "Indicator id",
    indicatorName: "Indicator",
    oldValue: "Old value",
    newValue: "New value",
    oldStatus: "Old status",
    newStatus: "New status",
    noChange: "(no value changed)",
    yes: "Yes",
    no: "No",
    notApplicable: "—",
    accepted: "consolidated",
    superseded: "superseded by",
    rejected: "rejected",
    notInRoster: "not on the roster",
  },
};
