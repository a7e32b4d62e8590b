// matrix-bot-sdk requires this package at import time; encryption is never enabled, so any use is a bug.
const unavailable = () => {
  throw new Error(
    "End-to-end encryption is not available in Weerbaar (no Matrix crypto binary on this platform).",
  );
};
module.exports = new Proxy({}, { get: (_target, name) => (name === "__esModule" ? false : unavailable) });
