import { defineProjectConfig } from "@weerbaar/vitest-config";

export default defineProjectConfig();
