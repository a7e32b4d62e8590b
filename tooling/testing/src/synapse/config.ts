/** What a throwaway homeserver config needs. */
export type SynapseConfigOptions = {
  dir: string;
  port: number;
  serverName: string;
  sharedSecret: string;
  /** Low message and login limits (to test the bot's handling of M_LIMIT_EXCEEDED); generous ones otherwise. */
  rateLimited: boolean;
  /** Every new room encrypted from the start, as many real servers are configured (and Element's DMs are). */
  encryptionByDefault?: boolean;
};

const generous = { per_second: 1000, burst_count: 1000 };
const low = { per_second: 0.5, burst_count: 2 };

/** The rate limit sections: Synapse's defaults (0.2/s, burst 10) would slow every test down. */
function rateLimits(rateLimited: boolean): Record<string, unknown> {
  const message = rateLimited ? low : generous;
  return {
    rc_message: message,
    rc_registration: generous,
    rc_login: { address: generous, account: generous, failed_attempts: generous },
    rc_joins: { local: generous, remote: generous },
    rc_joins_per_room: generous,
    rc_invites: { per_room: generous, per_user: generous, per_issuer: generous },
    rc_room_creation: generous,
    rc_media_create: generous,
    rc_profile: generous,
    rc_admin_redaction: generous,
  };
}

/**
 * The homeserver.yaml for a local test server: SQLite, one plain-HTTP client listener on 127.0.0.1,
 * registration only through the shared secret, no stats, no federation key servers, no presence.
 * Written as JSON, which YAML accepts, so no YAML library is needed.
 */
export function synapseConfig(options: SynapseConfigOptions): string {
  const { dir } = options;
  const config = {
    server_name: options.serverName,
    pid_file: `${dir}/homeserver.pid`,
    public_baseurl: `http://127.0.0.1:${options.port}/`,
    listeners: [
      {
        port: options.port,
        bind_addresses: ["127.0.0.1"],
        type: "http",
        tls: false,
        x_forwarded: false,
        resources: [{ names: ["client"], compress: false }],
      },
    ],
    database: { name: "sqlite3", args: { database: `${dir}/homeserver.db` } },
    log_config: `${dir}/log.yaml`,
    media_store_path: `${dir}/media`,
    signing_key_path: `${dir}/signing.key`,
    registration_shared_secret: options.sharedSecret,
    enable_registration: false,
    report_stats: false,
    trusted_key_servers: [],
    suppress_key_server_warning: true,
    federation_domain_whitelist: [],
    presence: { enabled: false },
    url_preview_enabled: false,
    enable_metrics: false,
    ...rateLimits(options.rateLimited),
    ...(options.encryptionByDefault ? { encryption_enabled_by_default_for_room_type: "all" } : {}),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** A logging config that writes warnings to a file in the server's folder (read on failure). */
export function synapseLogConfig(dir: string): string {
  const config = {
    version: 1,
    formatters: { precise: { format: "%(asctime)s - %(name)s - %(levelname)s - %(message)s" } },
    handlers: {
      file: { class: "logging.FileHandler", formatter: "precise", filename: `${dir}/homeserver.log` },
    },
    root: { level: "WARNING", handlers: ["file"] },
    disable_existing_loggers: false,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
