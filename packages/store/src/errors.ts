/** The database named by a store URL cannot be opened: bad scheme, unreachable server, unwritable file. */
export class StoreConnectionError extends Error {
  override readonly name = "StoreConnectionError";
  /** The URL with any password removed, safe to print. */
  readonly url: string;
  constructor(url: string, reason: string, options?: { cause?: unknown }) {
    super(`Cannot open database ${url}: ${reason}`, options);
    this.url = url;
  }
}

/** A referenced row (appointment, contact, staff member, delivery…) does not exist. */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super(`${entityType} ${entityId} not found`);
  }
}

/** Input that breaks a rule of the model, e.g. usage given while no protocol is present. */
export class StoreValidationError extends Error {
  override readonly name = "StoreValidationError";
}

/** A backup cannot be made or restored: no such file, not a backup, a non-empty target, another schema… */
export class BackupError extends Error {
  override readonly name = "BackupError";
}
