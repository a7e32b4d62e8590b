import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

/** Shared vitest config: node environment, JSON report in reports/ for the CI summary, no watch in CI. */
export function defineProjectConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  return mergeConfig(
    defineConfig({
      test: {
        environment: "node",
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
        testTimeout: 20_000,
        hookTimeout: 60_000,
        passWithNoTests: false,
        unstubEnvs: true,
      },
    }),
    overrides,
  );
}
