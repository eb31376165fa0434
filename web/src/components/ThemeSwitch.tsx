import { useState } from "preact/hooks";
import { applyTheme, savedTheme, type Theme } from "../theme.js";

/** Auto (the system's), light or dark; kept in this browser. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>(savedTheme());
  return (
    <select
      class="theme"
      aria-label="Theme"
      value={theme}
      onChange={(e) => {
        const chosen = e.currentTarget.value as Theme;
        applyTheme(chosen);
        setTheme(chosen);
      }}
    >
      <option value="auto">Auto theme</option>
      <option value="light">Light</option>
      <option value="dark">Dark</option>
    </select>
  );
}
