// What a signed report must show on paper, as a list of problems (empty when the print is right), so
// that each check is also shown failing on a deliberately broken print (report-print.test.ts).
import type { Submission } from "../../src/domain/submission";
import type { ReportSheet } from "../../src/xlsx/submission-report";
import { REPORT_STRINGS } from "../../src/xlsx/submission-strings";
import { findLine, missingWords, overlaps, smallWords, type PdfText } from "./pdf-check";

export function reportProblems(pdf: PdfText, model: ReportSheet, sub: Submission): string[] {
  const problems: string[] = [];
  const r = REPORT_STRINGS[model.language];
  const print = sub.print!;

  if (pdf.pages !== model.pages) problems.push(`pages: printed ${pdf.pages}, laid out ${model.pages}`);

  const clash = overlaps(pdf.words);
  if (clash.length > 0)
    problems.push(
      `overlap: ${clash.length} words, e.g. "${clash[0]![0].text}" and "${clash[0]![1].text}" on page ${clash[0]![0].page}`,
    );

  const small = smallWords(pdf.words);
  if (small.length > 0)
    problems.push(
      `small text: ${small.length} words below 11 pt, e.g. "${small[0]!.text}" at ${small[0]!.size.toFixed(1)} pt`,
    );

  const foreign = pdf.fonts.filter((f) => !/^(LiberationSerif|TimesNewRoman)/.test(f));
  if (foreign.length > 0) problems.push(`fonts: ${foreign.join(", ")} instead of Times New Roman`);

  // The national name and motto, top right of page 1, the motto under the name.
  const name = findLine(pdf, 1, r.nationalName);
  const motto = findLine(pdf, 1, r.motto);
  if (!name || !motto) problems.push("motto: the national name or motto is not on page 1");
  else if (
    name.xMin < pdf.pageSize.width / 2 ||
    motto.yMin <= name.yMin ||
    motto.yMax > pdf.pageSize.height * 0.25
  )
    problems.push("motto: not at the top right of page 1, the motto under the national name");

  // The signature block on the last page: title, hint, room for signature and seal, name.
  const last = pdf.pages;
  const title = findLine(
    pdf,
    last,
    print.signerTitle ? print.signerTitle.toLocaleUpperCase("vi") : r.headSign,
  );
  const hint = findLine(pdf, last, r.headHint);
  const signer = print.signerName ? findLine(pdf, last, print.signerName) : undefined;
  const recipients = findLine(pdf, last, r.recipients);
  if (!title || !hint || (print.signerName && !signer) || !recipients)
    problems.push(
      "signature: the signer's title, the hint, the name or the recipients are not on the last page",
    );
  else if (signer && signer.yMin - hint.yMax < 60)
    problems.push(
      `signature: only ${(signer.yMin - hint.yMax).toFixed(0)} pt for the signature and the seal`,
    );
  if (!findLine(pdf, last, r.summary("").slice(0, 8)))
    problems.push("signature: the summary is not beside it");

  // Nothing cut off: every word the sheet holds is printed.
  const texts = model.cells.map((c) => String(c.text));
  const lost = missingWords(pdf, texts);
  if (lost.length > 0)
    problems.push(`cut off: ${lost.length} words not printed, e.g. "${lost.slice(0, 3).join('", "')}"`);

  // Only the report prints; text as typed; percentages with one decimal at most.
  if (pdf.words.some((w) => w.text === "unit_code" || w.text === "indicator_id"))
    problems.push("the data sheet printed too");
  if (pdf.words.some((w) => w.text.startsWith("'"))) problems.push("an apostrophe was printed before text");
  const decimal = model.language === "vi" ? /\d,\d{2,}%/ : /\d\.\d{2,}%/;
  const long = pdf.words.find((w) => decimal.test(w.text));
  if (long) problems.push(`a percentage with more than one decimal: ${long.text}`);

  // Decree 30: no page number on page 1, page numbers at the top from page 2.
  const top = (page: number) => pdf.words.filter((w) => w.page === page && w.yMax < 56);
  if (top(1).length > 0) problems.push("page 1 carries a page number");
  if (pdf.pages > 1 && !top(2).some((w) => w.text === "2"))
    problems.push("page 2 has no page number at the top");
  return problems;
}
