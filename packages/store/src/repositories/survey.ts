import {
  allBodies,
  type CodeOfConductStatus,
  findBodyByCode,
  type ProtocolStatus,
  type ProtocolUsage,
  SurveyAnswer,
  type SurveyEvent,
  type SurveyStatus,
  unknownSurveyStatus,
} from "@weerbaar/domain";
import { serializeWriters } from "../engine/commit-order.ts";
import {
  type Executor,
  fromStored,
  inTransaction,
  optional,
  toStored,
  type WriteContext,
  writeAudit,
} from "../engine/context.ts";
import { prepareQuery } from "../engine/prepared.ts";
import { bumpReadVersion } from "../engine/read-cache.ts";
import { StoreValidationError } from "../errors.ts";

/** A survey observation to record; author and instant come from the WriteContext and the clock. */
export type SurveyInput = {
  bodyCode: string;
  protocol: ProtocolStatus;
  usage: ProtocolUsage;
  codeOfConduct: CodeOfConductStatus;
  note?: string | undefined;
  source?: string | undefined;
};

/** Survey (uitvraag) status events per body. */
export interface SurveyRepository {
  /** Records observations (all or none), each with its audit row; returns the stored events. */
  record(inputs: readonly SurveyInput[], ctx: WriteContext): Promise<SurveyEvent[]>;
  /** The current status of one body (unknown when nothing was recorded). */
  current(bodyCode: string): Promise<SurveyStatus>;
  /** The current status of all 354 bodies, in the domain's order (municipalities, then provinces). */
  allCurrent(): Promise<SurveyStatus[]>;
  /** The current status of every body that has one, by code (bodies without any event are absent). */
  currentByCode(): Promise<ReadonlyMap<string, SurveyStatus>>;
  /**
   * Every event of a body in commit order, the last one current. `recordedAt` is the author's clock, shown as
   * such: a replica's clock minutes off, or a `--now` in the past, can make it disagree with that order.
   */
  history(bodyCode: string): Promise<SurveyEvent[]>;
}

type Row = {
  bodyCode: string;
  protocol: string;
  usage: string;
  codeOfConduct: string;
  note: string | null;
  source: string | null;
  recordedAt: Date | string;
  recordedBy: string;
};

function toEvent(row: Row): SurveyEvent {
  return {
    bodyCode: row.bodyCode,
    protocol: row.protocol as ProtocolStatus,
    usage: row.usage as ProtocolUsage,
    codeOfConduct: row.codeOfConduct as CodeOfConductStatus,
    ...(row.note !== null ? { note: row.note } : {}),
    ...(row.source !== null ? { source: row.source } : {}),
    recordedAt: fromStored(row.recordedAt),
    recordedBy: row.recordedBy,
  };
}

function toStatus(row: Row): SurveyStatus {
  return {
    bodyCode: row.bodyCode,
    protocol: row.protocol as ProtocolStatus,
    usage: row.usage as ProtocolUsage,
    codeOfConduct: row.codeOfConduct as CodeOfConductStatus,
    note: optional(row.note),
    source: optional(row.source),
    updatedAt: fromStored(row.recordedAt),
    updatedBy: row.recordedBy,
  };
}

function canonicalCode(code: string): string {
  const body = findBodyByCode(code);
  if (!body) throw new StoreValidationError(`unknown body code ${code}`);
  return body.code;
}

const columns = [
  "bodyCode",
  "protocol",
  "usage",
  "codeOfConduct",
  "note",
  "source",
  "recordedAt",
  "recordedBy",
] as const;

// Ids are commit order (engine/commit-order.ts): the last committed event is current, whatever its author's clock.
const historyOf = prepareQuery((db, bodyCode: string) =>
  db.selectFrom("surveyEvents").select(columns).where("bodyCode", "=", bodyCode).orderBy("id", "asc"),
);

/** The last committed event of every body that has one, frozen because the read cache shares it between turns. */
async function loadCurrent(exec: Executor): Promise<ReadonlyMap<string, SurveyStatus>> {
  const latest = await exec.db
    .selectFrom("surveyEvents")
    .select(columns)
    .where("id", "in", (eb) =>
      eb
        .selectFrom("surveyEvents")
        .select((e) => e.fn.max("id").as("id"))
        .groupBy("bodyCode"),
    )
    .execute();
  return new Map(latest.map((row) => [row.bodyCode, Object.freeze(toStatus(row))]));
}

/** The survey repository over an executor. */
export function surveyRepository(exec: Executor): SurveyRepository {
  const currentByCode = () => exec.reads.read(exec, "survey", () => loadCurrent(exec));
  return {
    async record(inputs, ctx) {
      const at = exec.now();
      const prepared = inputs.map((input) => {
        const parsed = SurveyAnswer.safeParse(input);
        if (!parsed.success) {
          throw new StoreValidationError(
            `${input.bodyCode}: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
          );
        }
        return { ...parsed.data, bodyCode: canonicalCode(input.bodyCode) };
      });
      if (prepared.length === 0) return [];
      return inTransaction(exec, async (tx) => {
        await serializeWriters(tx, exec, "surveyEvents");
        const events: SurveyEvent[] = [];
        for (const p of prepared) {
          const row = {
            bodyCode: p.bodyCode,
            protocol: p.protocol,
            usage: p.usage,
            codeOfConduct: p.codeOfConduct,
            note: p.note ?? null,
            source: p.source ?? null,
            recordedAt: toStored(at),
            recordedBy: ctx.actorId,
          };
          const inserted = await tx
            .insertInto("surveyEvents")
            .values(row)
            .returning("id")
            .executeTakeFirstOrThrow();
          await writeAudit(tx, exec, ctx, {
            action: "survey.recorded",
            entityType: "body",
            entityId: p.bodyCode,
            details: {
              eventId: inserted.id,
              protocol: p.protocol,
              usage: p.usage,
              codeOfConduct: p.codeOfConduct,
            },
          });
          events.push(toEvent(row));
        }
        await bumpReadVersion(tx, "survey");
        return events;
      });
    },

    async current(bodyCode) {
      const code = canonicalCode(bodyCode);
      // One body after a write: a single-row query is cheaper than reloading every body's status.
      const cached = await exec.reads.current<ReadonlyMap<string, SurveyStatus>>(exec, "survey");
      if (cached) return cached.get(code) ?? unknownSurveyStatus(code);
      const row = await exec.db
        .selectFrom("surveyEvents")
        .select(columns)
        .where("bodyCode", "=", code)
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst();
      return row ? toStatus(row) : unknownSurveyStatus(code);
    },

    currentByCode,

    async allCurrent() {
      const byCode = await currentByCode();
      return allBodies.map((body) => byCode.get(body.code) ?? unknownSurveyStatus(body.code));
    },

    async history(bodyCode) {
      const rows = await historyOf(exec, canonicalCode(bodyCode));
      return rows.map(toEvent);
    },
  };
}
