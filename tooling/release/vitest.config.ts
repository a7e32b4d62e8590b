import { defineProjectConfig } from "@weerbaar/vitest-config";

// One release for every test file (global-setup.ts builds it and moves it away from the repository); a start of
// a bot from it on a busy machine takes seconds.
export default defineProjectConfig({
  test: { globalSetup: ["test/global-setup.ts"], testTimeout: 120_000, hookTimeout: 120_000 },
});
