#!/usr/bin/env bash
# The main job on the embedded default (SQLite file, no cloud credentials): sets up, then starts the Teams bot
# in local mode with Microsoft's Agents Playground in front of it, a Teams-like web chat on this machine.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$ROOT/tooling/scripts/setup.sh"
cd "$ROOT"

export WEERBAAR_LOCAL=1
export DATABASE_URL="${DATABASE_URL:-sqlite:./data/weerbaar.db}"
export PORT="${PORT:-3978}"
export HOST="${HOST:-127.0.0.1}"
# The Agents Playground's own test user: an admin here, so a newcomer can chat at once.
export WEERBAAR_ADMINS="${WEERBAAR_ADMINS:-teams:00000000-0000-0000-0000-0000000000020}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM
# The bundle (rebuilt only when the code changed) run by node itself, so the trap's kill reaches the bot.
node tooling/scripts/build.mjs --if-stale teams-bot
# shellcheck disable=SC2046 # the flags are words
node $(cat deploy/node-flags) apps/teams-bot/dist/teams-bot.mjs &
pids+=($!)
for _ in $(seq 1 60); do
  curl -fs "http://$HOST:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
(
  cd apps/teams-bot
  TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=1 \
    exec node_modules/.bin/agentsplayground -e "http://$HOST:$PORT/api/messages" -c msteams \
    --disable-telemetry -p "$PLAYGROUND_PORT"
) &
pids+=($!)
# On a database without survey data, how to fill it with demo data; with demo data loaded, how to remove it.
case "$(pnpm --silent weerbaar demo status --json 2>/dev/null || true)" in
  *'"empty":true'*) demo_hint="  The database is empty. Load clearly marked demo data (survey, contacts, letters, calls, meetings):
                         pnpm --silent weerbaar demo load    (remove exactly that again: pnpm --silent weerbaar demo clear)" ;;
  *'"demo":true'*) demo_hint="  Demo data is loaded (author \"Demo\", notes \"[DEMO]\", names \"(demo)\"). Remove it: pnpm --silent weerbaar demo clear" ;;
  *) demo_hint="" ;;
esac
cat >&2 <<MSG

  Weerbaar is running on the embedded SQLite database ($DATABASE_URL), authentication off (local mode).
  Chat in the browser:   http://localhost:$PLAYGROUND_PORT   (Microsoft Agents Playground, Teams-like)
  Or in this terminal:   pnpm --silent weerbaar chat
${demo_hint:+$demo_hint
}  Stop with Ctrl+C.

MSG
wait -n "${pids[@]}"
