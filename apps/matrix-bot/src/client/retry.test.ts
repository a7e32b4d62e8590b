import { MatrixError } from "matrix-bot-sdk";
import { describe, expect, it } from "vitest";
import { classifyError, UnknownTokenError, withRetry } from "./retry.ts";

const limited = (ms: number) =>
  new MatrixError({ errcode: "M_LIMIT_EXCEEDED", error: "slow down", retry_after_ms: ms }, 429);

describe("withRetry", () => {
  it("waits retry_after_ms after M_LIMIT_EXCEEDED and then succeeds", async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw limited(700);
        return "ok";
      },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe("ok");
    expect(waits).toEqual([750, 750]);
  });

  it("backs off exponentially after network errors, capped", async () => {
    const waits: number[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        if (++calls < 5) throw Object.assign(new Error("refused"), { code: "ECONNREFUSED" });
        return 1;
      },
      { sleep: async (ms) => void waits.push(ms), baseBackoffMs: 100, maxBackoffMs: 300 },
    );
    expect(waits).toEqual([100, 200, 300, 300]);
  });

  it("turns M_UNKNOWN_TOKEN into an UnknownTokenError at once", async () => {
    let calls = 0;
    const failing = withRetry(
      async () => {
        calls++;
        throw new MatrixError({ errcode: "M_UNKNOWN_TOKEN", error: "Invalid access token" }, 401);
      },
      { sleep: async () => {} },
    );
    await expect(failing).rejects.toBeInstanceOf(UnknownTokenError);
    expect(calls).toBe(1);
  });

  it("rethrows other errors without retrying, and gives up after maxAttempts", async () => {
    await expect(
      withRetry(
        async () => {
          throw new MatrixError({ errcode: "M_FORBIDDEN", error: "no" }, 403);
        },
        { sleep: async () => {} },
      ),
    ).rejects.toMatchObject({ errcode: "M_FORBIDDEN" });
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw limited(1);
        },
        { sleep: async () => {}, maxAttempts: 3 },
      ),
    ).rejects.toMatchObject({ errcode: "M_LIMIT_EXCEEDED" });
    expect(calls).toBe(3);
  });

  it("classifies 5xx responses as transient", () => {
    expect(classifyError({ statusCode: 502 })).toEqual({ kind: "transient" });
    expect(classifyError({ statusCode: 404 })).toEqual({ kind: "fatal" });
  });
});
