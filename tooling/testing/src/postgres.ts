import { randomBytes } from "node:crypto";
import pg from "pg";

const HOW_TO =
  "Run the tests with `npm test` from the repository root: it starts a throwaway PostgreSQL 15 and sets TEST_POSTGRES_URL.";

/** The server every PostgreSQL test uses; a missing one fails the suite with a clear message, never skips it. */
export function testPostgresUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error(`TEST_POSTGRES_URL is not set. ${HOW_TO}`);
  return url;
}

/** A fresh, empty database on the test server; dropped by the returned function. */
export async function createTestDatabase(prefix = "t"): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = testPostgresUrl();
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL at ${serverUrl} is unreachable (${(error as Error).message}). ${HOW_TO}`);
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
