// Adds up vitest JSON reports into one closing line. Plain JavaScript: it runs before anything is built.

/**
 * Counts one vitest JSON report: failed means failed tests, plus test files that failed without a failed
 * test (a file that did not load, a failing hook), so one failing test counts once, not once per enclosing suite.
 * @param {{ numPassedTests: number, numPendingTests: number, numTodoTests: number,
 *   testResults?: { name: string, status: string, message?: string, assertionResults?: { status: string }[] }[] }} report
 * @returns {{ passed: number, failed: number, skipped: number, brokenFiles: string[] }}
 */
export function countReport(report) {
  let failed = 0;
  const brokenFiles = [];
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed").length;
    failed += failedTests;
    if (file.status === "failed" && failedTests === 0) brokenFiles.push(file.name);
  }
  return {
    passed: report.numPassedTests,
    failed: failed + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
    brokenFiles,
  };
}

/**
 * The summary of several packages' reports: per-package lines and the closing "N passed, N failed, N skipped".
 * @param {{ name: string, report: Parameters<typeof countReport>[0] }[]} reports
 */
export function summarize(reports) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const lines = [];
  for (const { name, report } of reports) {
    const counts = countReport(report);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    lines.push(`  ${name}: ${counts.passed} passed, ${counts.failed} failed`);
    for (const file of counts.brokenFiles) lines.push(`    ${file}: failed outside any test`);
  }
  lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  const ok = total.passed > 0 && total.failed === 0 && total.skipped === 0;
  return { ...total, lines, ok };
}
