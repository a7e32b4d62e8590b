import { defineProjectConfig } from "@weerbaar/vitest-config";

export default defineProjectConfig({ test: { include: ["*.test.mjs"] } });
