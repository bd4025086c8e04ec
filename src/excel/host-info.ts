// What the pane takes from Office itself: the display language and whether the theme is dark.

export interface OfficeHostInfo {
  /** e.g. "vi-VN", "en-US". */
  displayLanguage: string;
  theme: "light" | "dark";
}

export function officeHostInfo(office: typeof Office = globalThis.Office): OfficeHostInfo {
  const context = office?.context;
  const background = context?.officeTheme?.bodyBackgroundColor;
  return {
    displayLanguage: context?.displayLanguage || "vi-VN",
    theme: background && luminance(background) < 0.5 ? "dark" : "light",
  };
}

/** Relative luminance (0 black .. 1 white) of "#RRGGBB"; unreadable colours count as light. */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
