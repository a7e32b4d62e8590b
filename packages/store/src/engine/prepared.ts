import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from "kysely";
import type { Engine, Executor } from "./context.ts";
import type { Database } from "./schema.ts";

/** Stands for the n-th argument while a prepared query is built and compiled. */
class Argument {
  constructor(readonly index: number) {}
}

type Compiled<R> = { query: CompiledQuery<R>; argumentAt: number[] };

/**
 * A query of fixed shape, built and compiled once per engine; every run only binds new arguments. Kysely otherwise
 * rebuilds and recompiles the whole query tree on every call, which costs more than running the store's small
 * indexed reads. `build` must not branch on its arguments: it sees placeholders, not values.
 */
export function prepareQuery<A extends unknown[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
): (exec: Executor, ...args: A) => Promise<R[]> {
  const byEngine = new Map<Engine, Compiled<R>>();
  const compile = (exec: Executor, arity: number): Compiled<R> => {
    const placeholders = Array.from({ length: arity }, (_, index) => new Argument(index)) as A;
    const query = build(exec.db, ...placeholders).compile();
    const argumentAt = query.parameters.map((value) => (value instanceof Argument ? value.index : -1));
    const bound = new Set(argumentAt.filter((index) => index >= 0));
    if (bound.size !== arity) throw new Error(`prepared query uses ${bound.size} of its ${arity} arguments`);
    return { query, argumentAt };
  };
  return async (exec, ...args) => {
    let compiled = byEngine.get(exec.engine);
    if (!compiled) {
      compiled = compile(exec, args.length);
      byEngine.set(exec.engine, compiled);
    }
    const { query, argumentAt } = compiled;
    const parameters = argumentAt.map((index, at) => (index >= 0 ? args[index] : query.parameters[at]));
    const result = await exec.db.executeQuery<R>({ ...query, parameters, queryId: createQueryId() });
    return result.rows;
  };
}
