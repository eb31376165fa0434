/** Other programs' variables that happen to be near one of ours. */
const NOT_OURS = new Set(["PYTHONPATH", "PYTHONHOME", "HOSTNAME", "LOGNAME", "USERNAME"]);

/** A variable one or two letters away from one of ours (MAX_CONCURENT_DOWNLOADS), and which one it meant. */
export function misspelledVariable(names: string[], ours: string[]): [string, string] | undefined {
  for (const name of names) {
    if (name.length < 8 || ours.includes(name) || NOT_OURS.has(name) || !/^[A-Z][A-Z0-9_]+$/.test(name)) continue;
    const meant = ours.find((known) => Math.abs(known.length - name.length) <= 2 && editDistance(known, name) <= 2);
    if (meant) return [name, meant];
  }
  return undefined;
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
