/** Light, dark, or as the system says: kept in this browser, applied before the first paint. */
export type Theme = "auto" | "light" | "dark";

const KEY = "theme";

export const savedTheme = (): Theme => {
  const saved = localStorage.getItem(KEY);
  return saved === "light" || saved === "dark" ? saved : "auto";
};

/** The stylesheet's colours follow `color-scheme` (light-dark()); "auto" leaves it to the system. */
export function applyTheme(theme: Theme): void {
  if (theme === "auto") {
    delete document.documentElement.dataset.theme;
    localStorage.removeItem(KEY);
  } else {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(KEY, theme);
  }
}
