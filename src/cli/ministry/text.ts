// Text from strangers' files, shown on a terminal: control characters (an ANSI escape in a unit
// name could rewrite the screen) are replaced, and long text is cut.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function safeText(text: string, max = 200): string {
  const clean = text.replace(CONTROL, "�").replace(/\n/g, " ");
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

export function both(m: { vi: string; en: string }): string {
  return `${safeText(m.vi, 400)} / ${safeText(m.en, 400)}`;
}
