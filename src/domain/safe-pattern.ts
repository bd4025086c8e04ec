// A unit-code pattern that a plan file brings as a regular expression is run against codes typed by
// strangers (the ministry reads hundreds of files), so it must match whole codes and be unable to
// backtrack for ever. This is a conservative check, not a regex engine: it refuses what it cannot
// vouch for (backreferences, lookaround, a repeated group that itself repeats or alternates).
import type { Text } from "./plan";

export const MAX_PATTERN_LENGTH = 200;

/** Null when the pattern is safe to run on untrusted codes; otherwise why not, in both languages. */
export function patternProblem(source: string): Text | null {
  if (source.length > MAX_PATTERN_LENGTH)
    return {
      vi: `mẫu dài hơn ${MAX_PATTERN_LENGTH} ký tự`,
      en: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`,
    };
  if (!source.startsWith("^") || !source.endsWith("$") || source.endsWith("\\$"))
    return {
      vi: "mẫu phải khớp cả mã: bắt đầu bằng ^ và kết thúc bằng $",
      en: "the pattern must match the whole code: start with ^ and end with $",
    };
  try {
    new RegExp(source, "u");
  } catch (e) {
    return {
      vi: `không phải biểu thức chính quy hợp lệ (${(e as Error).message})`,
      en: `not a valid regular expression (${(e as Error).message})`,
    };
  }
  if (/\\[1-9]|\\k</.test(source))
    return {
      vi: "mẫu không được dùng tham chiếu ngược (\\1, \\k<...>)",
      en: "no backreferences (\\1, \\k<...>)",
    };
  if (/\(\?<?[=!]/.test(source))
    return {
      vi: "mẫu không được dùng lookahead hay lookbehind",
      en: "no lookahead or lookbehind",
    };
  if (nestedRepetition(source))
    return {
      vi: "mẫu có nhóm lặp không giới hạn chứa phép lặp hoặc phép chọn (ví dụ (\\d+)+ hay (a|b)*), có thể chạy rất lâu",
      en: "a group repeated without bound contains a repetition or an alternation (such as (\\d+)+ or (a|b)*), which can run for ever",
    };
  return null;
}

/** Whether a group that holds a quantifier or "|" is itself repeated by *, + or {n,}. */
function nestedRepetition(source: string): boolean {
  // One frame per open group: whether it (or a group inside it) repeats or alternates.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push(false);
    else if (c === "|") {
      if (stack.length > 0) stack[stack.length - 1] = true;
    } else if (c === ")") {
      const risky = stack.pop() ?? false;
      const unbounded = unboundedQuantifierAt(source, i + 1);
      if (risky && unbounded) return true;
      const repeated = quantifierAt(source, i + 1);
      if (stack.length > 0 && (risky || repeated)) stack[stack.length - 1] = true;
    } else if ((c === "*" || c === "+" || c === "?" || c === "{") && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

function quantifierAt(s: string, i: number): boolean {
  const c = s[i];
  return c === "*" || c === "+" || c === "?" || (c === "{" && /^\{\d+(,\d*)?\}/.test(s.slice(i)));
}

function unboundedQuantifierAt(s: string, i: number): boolean {
  const c = s[i];
  if (c === "*" || c === "+") return true;
  if (c !== "{") return false;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
  if (!m) return false;
  if (m[2] === undefined) return false;
  // {n,} is unbounded; {n,m} with a large m backtracks much like it.
  return m[3] === "" || Number(m[3]) > 16;
}
