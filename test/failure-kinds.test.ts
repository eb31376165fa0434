import { describe, expect, it } from "vitest";
import { failureKind, failureSummary, FAILURE_PATTERNS } from "../src/domain/failure-kinds.js";

describe("failure kinds", () => {
  it.each(FAILURE_PATTERNS.map((row) => [row.kind, row.pattern.source, row.example] as const))("%s: /%s/", (kind, _pattern, example) => {
    expect(failureKind(example)).toBe(kind);
  });

  it.each(FAILURE_PATTERNS.map((row) => [row.summary, row.example] as const))("says %s plainly", (summary, example) => {
    const pattern = summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\\$1", "\\d+"); // $1 is a status code
    expect(failureSummary(example)).toMatch(new RegExp(`^${pattern}$`));
  });

  it("puts the status code in the sentence, and says an unknown failure without guessing", () => {
    expect(failureSummary("[generic] None: Unable to download webpage: HTTP Error 404: Not Found (caused by <HTTPError 404: Not Found>)")).toBe("The page was not found (HTTP 404)");
    expect(failureSummary("ERROR: HTTP Error 503: Service Unavailable")).toBe("The site had a passing error (HTTP 503)");
    expect(failureSummary("something nobody has seen before")).toBe("The download failed");
  });

  it("keeps an unclassified message unknown (a person decides)", () => {
    expect(failureKind("something nobody has seen before")).toBe("unknown");
  });
});
