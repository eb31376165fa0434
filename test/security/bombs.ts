/** The abusive queries of issue #8, each with what its refusal must mention. */
const nested = (depth: number) => `{ downloads { ${"group { ".repeat(depth)}id${" }".repeat(depth)} } }`;

const doublingFragments = (depth: number) =>
  `query { downloads { ...F0 } }\n` +
  Array.from({ length: depth }, (_, i) => `fragment F${i} on Download { group { ...F${i + 1} } group { ...F${i + 1} } }`).join("\n") +
  `\nfragment F${depth} on Download { id }`;

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: downloads { id title url }`).join(" ")} }`;

export const BOMBS: Array<[string, string, RegExp]> = [
  ["group nested 10 deep (163 bytes)", nested(10), /depth/i],
  ["fragments doubling 14 deep through group", doublingFragments(14), /depth/i],
  ["40 aliases of downloads", aliases(40), /aliases/i],
  // Round three: 608,850 objects (63 MB) from three feeds, when a connection's page was not weighed.
  ["every feed's 500 entries with their tasks", `{ feeds { entries(first: 500) { edges { node { title url download { title url group { id } } } } } } }`, /too costly/i],
];
