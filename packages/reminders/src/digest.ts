import {
  addAmsterdamDays,
  CodeOfConductStatus,
  type FollowUp,
  ProtocolStatus,
  type SurveyStatus,
  startOfAmsterdamWeek,
} from "@weerbaar/domain";
import type { Store } from "@weerbaar/store";

/** A count now and a week before. */
export type CountChange<K extends string> = { value: K; now: number; weekAgo: number };

/** What the weekly digest reports. */
export type DigestData = {
  runAt: Date;
  weekStart: Date;
  protocol: CountChange<ProtocolStatus>[];
  codeOfConduct: CountChange<CodeOfConductStatus>[];
  /** Bodies whose survey status changed in the past week. */
  changedThisWeek: number;
  meetings: { bodyCode: string; start: Date; location?: string }[];
  followUps: FollowUp[];
};

type SurveyFields = Pick<SurveyStatus, "bodyCode" | "protocol" | "codeOfConduct">;

/** Each body's survey status as it was at `at`: the current one unless it changed since, then from its history. */
async function statusesAt(store: Store, current: readonly SurveyStatus[], at: Date): Promise<SurveyFields[]> {
  const result: SurveyFields[] = [];
  for (const status of current) {
    if (!status.updatedAt || status.updatedAt.getTime() <= at.getTime()) {
      result.push(status);
      continue;
    }
    const history = await store.survey.history(status.bodyCode);
    const before = history.filter((e) => e.recordedAt.getTime() <= at.getTime()).at(-1);
    result.push(before ?? { bodyCode: status.bodyCode, protocol: "unknown", codeOfConduct: "unknown" });
  }
  return result;
}

function counts<K extends string>(
  options: readonly K[],
  now: readonly K[],
  weekAgo: readonly K[],
): CountChange<K>[] {
  return options.map((value) => ({
    value,
    now: now.filter((v) => v === value).length,
    weekAgo: weekAgo.filter((v) => v === value).length,
  }));
}

/** Gathers the digest of the run at `runAt`: survey counts now against a week before, this week's meetings, follow-ups. */
export async function loadDigest(
  store: Store,
  runAt: Date,
  followUps: readonly FollowUp[],
): Promise<DigestData> {
  const current = await store.survey.allCurrent();
  const weekAgo = await statusesAt(store, current, addAmsterdamDays(runAt, -7));
  const byCode = new Map(weekAgo.map((s) => [s.bodyCode, s]));
  const changedThisWeek = current.filter((s) => {
    const before = byCode.get(s.bodyCode);
    return before && (before.protocol !== s.protocol || before.codeOfConduct !== s.codeOfConduct);
  }).length;
  const weekStart = startOfAmsterdamWeek(runAt);
  const meetings = await store.appointments.list({ from: weekStart, to: addAmsterdamDays(weekStart, 7) });
  return {
    runAt,
    weekStart,
    protocol: counts(
      ProtocolStatus.options,
      current.map((s) => s.protocol),
      weekAgo.map((s) => s.protocol),
    ),
    codeOfConduct: counts(
      CodeOfConductStatus.options,
      current.map((s) => s.codeOfConduct),
      weekAgo.map((s) => s.codeOfConduct),
    ),
    changedThisWeek,
    meetings: meetings
      .filter((m) => m.start.getTime() >= weekStart.getTime())
      .map((m) => ({
        bodyCode: m.bodyCode,
        start: m.start,
        ...(m.location ? { location: m.location } : {}),
      })),
    followUps: [...followUps],
  };
}
