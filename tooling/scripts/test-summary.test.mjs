import { describe, expect, it } from "vitest";
import { countReport, summarize } from "./test-summary.mjs";

/** A vitest JSON report with the given files, each a status and its tests' statuses. */
function report(files) {
  const tests = files.flatMap((file) => file.tests);
  return {
    numPassedTests: tests.filter((status) => status === "passed").length,
    numFailedTests: tests.filter((status) => status === "failed").length,
    // vitest counts every failed describe block as a failed suite, the file's own included.
    numFailedTestSuites: files.filter((file) => file.status === "failed").length * 2,
    numPendingTests: tests.filter((status) => status === "skipped").length,
    numTodoTests: 0,
    testResults: files.map((file, index) => ({
      name: `/repo/x${index}.test.ts`,
      status: file.status,
      assertionResults: file.tests.map((status) => ({ status })),
    })),
  };
}

describe("the closing test line", () => {
  it("counts one failing test as one failure (it said '3 failed')", () => {
    const counts = countReport(report([{ status: "failed", tests: ["passed", "failed", "passed"] }]));
    expect(counts).toMatchObject({ passed: 2, failed: 1, skipped: 0 });
  });

  it("counts a test file that failed outside any test once, and names it", () => {
    const counts = countReport(
      report([
        { status: "failed", tests: [] },
        { status: "passed", tests: ["passed"] },
      ]),
    );
    expect(counts.failed).toBe(1);
    expect(counts.brokenFiles).toEqual(["/repo/x0.test.ts"]);
  });

  it("adds up packages into 'N passed, N failed, N skipped' and fails on skips or when nothing ran", () => {
    const good = summarize([
      { name: "packages/a", report: report([{ status: "passed", tests: ["passed", "passed"] }]) },
      { name: "packages/b", report: report([{ status: "failed", tests: ["failed", "passed"] }]) },
    ]);
    expect(good.lines.at(-1)).toBe("3 passed, 1 failed, 0 skipped");
    expect(good.ok).toBe(false);
    const skipped = summarize([
      { name: "a", report: report([{ status: "passed", tests: ["passed", "skipped"] }]) },
    ]);
    expect(skipped.ok).toBe(false);
    expect(summarize([]).ok).toBe(false);
    expect(summarize([{ name: "a", report: report([{ status: "passed", tests: ["passed"] }]) }]).ok).toBe(
      true,
    );
  });
});
