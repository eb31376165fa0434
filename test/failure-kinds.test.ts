import { describe, expect, it } from "vitest";
import { failureKind, FAILURE_PATTERNS } from "../src/domain/failure-kinds.js";

describe("failure kinds", () => {
  it.each(FAILURE_PATTERNS.map((row) => [row.kind, row.pattern.source, row.example] as const))("%s: /%s/", (kind, _pattern, example) => {
    expect(failureKind(example)).toBe(kind);
  });

  it("keeps an unclassified message unknown (a person decides)", () => {
    expect(failureKind("something nobody has seen before")).toBe("unknown");
  });
});
