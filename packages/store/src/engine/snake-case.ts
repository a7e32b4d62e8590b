import {
  CamelCasePlugin,
  type PluginTransformQueryArgs,
  PostgresQueryCompiler,
  type RootOperationNode,
  SqliteQueryCompiler,
} from "kysely";

/** CamelCasePlugin's own naming rules, exposed so the compilers below write exactly the names it would. */
class Naming extends CamelCasePlugin {
  readonly #snake = new Map<string, string>();
  toSnake(identifier: string): string {
    let name = this.#snake.get(identifier);
    if (name === undefined) {
      name = this.snakeCase(identifier);
      this.#snake.set(identifier, name);
    }
    return name;
  }
}

const naming = new Naming();

/**
 * CamelCasePlugin for results only. Its query half copies every query's whole operation tree to snake-case the
 * identifiers, which cost more than compiling the query; the compilers below snake-case each identifier as they
 * write it instead, with the same rules, so the SQL is identical.
 */
export class CamelCaseResultsPlugin extends CamelCasePlugin {
  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
}

/** SQLite's compiler writing camelCase identifiers as snake_case. */
export class SnakeCaseSqliteQueryCompiler extends SqliteQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(naming.toSnake(identifier));
  }
}

/** PostgreSQL's compiler writing camelCase identifiers as snake_case. */
export class SnakeCasePostgresQueryCompiler extends PostgresQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(naming.toSnake(identifier));
  }
}
