#!/usr/bin/env bash
# The embedded local stack (architecture.md, principle 6): a real Elasticsearch and a real S3 server
# (S3Proxy, filesystem backend), both fetched from Maven Central and bound to loopback only.
#
#   stack.sh start | stop | status | env
#
# Config: ARCHIVE_DATA_DIR (default <repo>/.archive), ARCHIVE_ES_PORT (9200), ARCHIVE_S3_PORT (9000),
# ARCHIVE_ES_HEAP (512m, at most 1g; 2g for search benchmarks), ARCHIVE_S3_BUCKET (archive, only echoed by `env`).
# Everything lives under the data dir; the only thing made outside it is the system user that
# Elasticsearch runs as when this script runs as root (Elasticsearch refuses to run as root).
set -euo pipefail
umask 022 # the Elasticsearch user must be able to read what root writes; secrets get chmod 600

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
DATA_DIR=$(realpath -m "${ARCHIVE_DATA_DIR:-$REPO_ROOT/.archive}")
ES_PORT=${ARCHIVE_ES_PORT:-9200}
ES_TRANSPORT_PORT=$((ES_PORT + 100)) # distinct per stack, so a test stack can run beside `start`'s
S3_PORT=${ARCHIVE_S3_PORT:-9000}
ES_HEAP=${ARCHIVE_ES_HEAP:-512m}
BUCKET=${ARCHIVE_S3_BUCKET:-archive}
START_TIMEOUT=${ARCHIVE_STACK_TIMEOUT:-180} # seconds per service
ES_USER=archive-es

# Versions come from the root pom so the stack matches the client libraries the build uses.
pom_property() {
  sed -n "s:.*<$1>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</$1>.*:\1:p" "$REPO_ROOT/pom.xml" 2>/dev/null | sed -n 1p
}
ES_VERSION=$(pom_property elasticsearch.server.version); ES_VERSION=${ES_VERSION:-8.19.21}
S3PROXY_VERSION=$(pom_property s3proxy.version); S3PROXY_VERSION=${S3PROXY_VERSION:-4.1.0}

DIST_DIR=$DATA_DIR/dist
ES_HOME=$DIST_DIR/elasticsearch-$ES_VERSION
ES_DIR=$DATA_DIR/es
ES_PID=$ES_DIR/run/elasticsearch.pid
S3_DIR=$DATA_DIR/s3
S3_JAR=$DIST_DIR/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar
S3_PID=$S3_DIR/s3proxy.pid
S3_PROPS=$S3_DIR/s3proxy.properties
S3_CREDS=$S3_DIR/credentials

log() { echo "stack: $*" >&2; }
die() { echo "stack: ERROR: $*" >&2; exit 1; }

validate_config() {
  [[ $ES_PORT =~ ^[0-9]+$ && $S3_PORT =~ ^[0-9]+$ ]] || die "ARCHIVE_ES_PORT / ARCHIVE_S3_PORT must be numbers"
  [[ $ES_HEAP =~ ^([0-9]+)([mMgG])$ ]] || die "ARCHIVE_ES_HEAP must look like 512m or 1g (got '$ES_HEAP')"
  local mb=${BASH_REMATCH[1]}
  [[ ${BASH_REMATCH[2]} == [gG] ]] && mb=$((mb * 1024))
  # Tests and daily use stay within 1g; the search benchmark at a million documents may take 2g.
  ((mb >= 128 && mb <= 2048)) || die "ARCHIVE_ES_HEAP must be between 128m and 2g (got '$ES_HEAP')"
}

# --- processes ------------------------------------------------------------------------------------
# A pid counts as ours only while its command line still names this stack's files: a recycled pid
# (or the other stack's process) is never reported as running and never killed.
ES_MARK="-Des.path.home=$DIST_DIR/elasticsearch-" # any version unpacked under this data dir
S3_MARK="--properties $S3_PROPS"

alive_pid() { # pidfile marker -> prints pid if that process is alive and is ours
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
  echo "$pid"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Before launching anything: a port held by someone else would otherwise only show as a timeout,
# after the other service had already been started.
check_ports() {
  local port
  if ! alive_pid "$ES_PID" "$ES_MARK" >/dev/null; then
    for port in "$ES_PORT" "$ES_TRANSPORT_PORT"; do
      ! port_busy "$port" || die "port $port (Elasticsearch http/transport) is taken by another process; set ARCHIVE_ES_PORT"
    done
  fi
  alive_pid "$S3_PID" "$S3_MARK" >/dev/null || ! port_busy "$S3_PORT" ||
    die "port $S3_PORT is taken by another process; set ARCHIVE_S3_PORT"
}

es_healthy() {
  curl -fsS -o /dev/null --max-time 10 \
    "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null
}
s3_healthy() { # any HTTP answer will do: S3 answers 403 to an anonymous GET /
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$S3_PORT/" 2>/dev/null) || true
  [[ -n $code && $code != 000 ]]
}

# wait_up name health-fn pidfile marker logfile [launcher-pid]
# Fails early when the service is gone: its pid file names a dead process, or its launcher exited
# without leaving a live one behind.
wait_up() {
  local name=$1 check=$2 pidfile=$3 mark=$4 logfile=$5 launcher=${6:-} deadline=$((SECONDS + START_TIMEOUT))
  until "$check"; do
    if ! alive_pid "$pidfile" "$mark" >/dev/null &&
      { [[ -s $pidfile ]] || { [[ -n $launcher ]] && ! kill -0 "$launcher" 2>/dev/null; }; }; then
      log "$name exited during startup; last lines of $logfile:"; tail -n 30 "$logfile" >&2 || true
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      log "$name did not become healthy within ${START_TIMEOUT}s ('stack.sh stop' stops what was started); last lines of $logfile:"
      tail -n 30 "$logfile" >&2 || true
      exit 1
    fi
    sleep 1
  done
}

stop_one() { # name pidfile marker
  local pid
  if ! pid=$(alive_pid "$2" "$3"); then
    if [[ -e $2 ]]; then rm -f "$2"; log "$1: not running (removed stale pid file)"; else log "$1: not running"; fi
    return 0
  fi
  log "$1: stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 30); do alive_pid "$2" "$3" >/dev/null || break; sleep 1; done
  if alive_pid "$2" "$3" >/dev/null; then log "$1: still alive after 30 s, killing"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$2"
}

# The ports a running service was started with (its config files are rewritten only on launch).
es_port() { sed -n 's/^http\.port: *//p' "$ES_HOME/config/elasticsearch.yml" 2>/dev/null; }
s3_port() { sed -n 's|^s3proxy\.endpoint=http://127\.0\.0\.1:||p' "$S3_PROPS" 2>/dev/null; }

reuse() { # name pidfile running-port wanted-port
  [[ $3 == "$4" ]] || die "$1 of $DATA_DIR already runs on port $3, not $4: run 'stack.sh stop' first or use port $3"
  log "$1: reusing pid $(cat "$2")"
}

# --- setup ----------------------------------------------------------------------------------------
java_home() { # JDK 17+ from JAVA_HOME, else the `java` on PATH
  local jh=${JAVA_HOME:-}
  [[ -n $jh && -x $jh/bin/java ]] || { command -v java >/dev/null || die "no java on PATH (need JDK 17+)"
    jh=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); }
  local major
  major=$("$jh/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | sed -n 1p)
  [[ ${major:-0} -ge 17 ]] || die "$jh is Java ${major:-?}; Elasticsearch $ES_VERSION needs JDK 17+"
  echo "$jh"
}

# Maven is the one road to Maven Central here; run outside the repo so a half-edited pom cannot break it.
mvn_copy() { # artifact dest-dir
  log "fetching $1 through Maven"
  (cd "$DIST_DIR" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$1" -DoutputDirectory="$2" </dev/null >"$DIST_DIR/mvn.log" 2>&1) ||
    { tail -n 20 "$DIST_DIR/mvn.log" >&2; die "could not fetch $1 (is Maven Central reachable?)"; }
}

fetch_dists() {
  mkdir -p "$DIST_DIR"
  if [[ ! -x $ES_HOME/bin/elasticsearch ]]; then
    local tmp=$DIST_DIR/.unpack # we hold the stack lock: nobody else unpacks here
    rm -rf "$tmp"; mkdir -p "$tmp"
    mvn_copy "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" "$tmp"
    log "unpacking Elasticsearch $ES_VERSION"
    (cd "$tmp" && unzip -q elasticsearch-"$ES_VERSION".zip) # unzip keeps the scripts' exec bits
    rm -rf "$ES_HOME"; mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"; rm -rf "$tmp"
  fi
  if [[ ! -s $S3_JAR ]]; then
    mvn_copy "org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies" "$DIST_DIR"
  fi
}

as_es() { if ((EUID == 0)); then runuser -u "$ES_USER" -- "$@"; else "$@"; fi; }

# Runs before anything is fetched, so an unreachable data dir fails at once, not after the download.
ensure_es_user() {
  ((EUID == 0)) || return 0
  id -u "$ES_USER" >/dev/null 2>&1 ||
    { log "creating system user $ES_USER"; useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"; }
  as_es test -x "$DATA_DIR" && return 0
  local p=$DATA_DIR blocker=$DATA_DIR
  while [[ $p != / ]]; do p=$(dirname "$p"); as_es test -x "$p" || blocker=$p; done
  die "user $ES_USER cannot reach $DATA_DIR: $blocker is not traversable by others. Elasticsearch refuses to run as root, so use a data dir it can reach (e.g. ARCHIVE_DATA_DIR=/var/lib/archive) or run: chmod o+x $blocker"
}

give_es_dirs() {
  ((EUID == 0)) || return 0
  # Only what is not already theirs, so a warm data dir is not re-chowned file by file.
  find "$ES_HOME" "$ES_DIR" ! -user "$ES_USER" -exec chown -h "$ES_USER:" {} +
  as_es test -x "$ES_HOME/bin/elasticsearch" -a -w "$ES_DIR/data" || die "user $ES_USER cannot use $ES_HOME or $ES_DIR"
}

write_es_config() {
  # Only settings this distribution knows: an unknown one stops the node. The integ-test-zip has no
  # ML module, but x-pack-core defines xpack.ml.enabled, so it is accepted (checked with 8.19.21).
  cat >"$ES_HOME/config/elasticsearch.yml" <<EOF
# Written by deploy/local/stack.sh on every start; edits here are overwritten.
cluster.name: archive-local
node.name: archive-local-1
path.data: $ES_DIR/data
path.logs: $ES_DIR/logs
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
xpack.ml.enabled: false
# Disks here can run nearly full; watermarks would turn the indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: true
EOF
}

ES_LAUNCHER= # pid of the `elasticsearch -d` launcher, which exits once the node is up
start_es() {
  if alive_pid "$ES_PID" "$ES_MARK" >/dev/null; then reuse elasticsearch "$ES_PID" "$(es_port)" "$ES_PORT"; return; fi
  local jh; jh=$(java_home)
  mkdir -p "$ES_DIR/data" "$ES_DIR/logs" "$ES_DIR/tmp" "$ES_DIR/run"
  rm -f "$ES_PID"
  find "$ES_DIR/tmp" -mindepth 1 -delete # the launcher leaves a final-flags* dir there per start
  write_es_config
  give_es_dirs
  log "elasticsearch: starting $ES_VERSION on http://127.0.0.1:$ES_PORT (heap $ES_HEAP)"
  # A clean environment: no JAVA_TOOL_OPTIONS / _JAVA_OPTIONS or big heaps leak in from the caller.
  # fd 9 (the stack lock) and the caller's stdout/stderr are not passed on. The stock jvm.options
  # puts gc.log, heap dumps and hs_err files in the working dir: make that the logs dir. Temp files
  # of both JVMs (launcher and node) go to es/tmp; -UsePerfData keeps their perf files out of /tmp.
  (cd "$ES_DIR/logs" && as_es env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
    ES_JAVA_HOME="$jh" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP -XX:-UsePerfData" \
    CLI_JAVA_OPTS="-Djava.io.tmpdir=$ES_DIR/tmp -XX:-UsePerfData" ES_PATH_CONF="$ES_HOME/config" \
    ES_TMPDIR="$ES_DIR/tmp" "$ES_HOME/bin/elasticsearch" -d -p "$ES_PID") \
    </dev/null >"$ES_DIR/logs/startup.log" 2>&1 9>&- &
  ES_LAUNCHER=$!
}

ensure_s3_files() {
  mkdir -p "$S3_DIR/data" "$S3_DIR/tmp"
  if [[ ! -s $S3_CREDS ]]; then # random per machine: there are no default credentials
    log "s3: generating credentials in $S3_CREDS"
    (umask 077; printf 'access_key=%s\nsecret_key=%s\n' "$(random_alnum 20)" "$(random_alnum 40)" >"$S3_CREDS")
  fi
  chmod 600 "$S3_CREDS"
  (umask 077; cat >"$S3_PROPS" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$(cred access_key)
s3proxy.credential=$(cred secret_key)
jclouds.provider=filesystem
jclouds.filesystem.basedir=$S3_DIR/data
EOF
  )
}
# Bounded input so no pipe stage is cut off early (SIGPIPE would trip pipefail).
random_alnum() { head -c 4096 /dev/urandom | tr -dc 'A-Za-z0-9' | cut -c "1-$1"; }
cred() { sed -n "s/^$1=//p" "$S3_CREDS"; }

start_s3() {
  if alive_pid "$S3_PID" "$S3_MARK" >/dev/null; then reuse s3 "$S3_PID" "$(s3_port)" "$S3_PORT"; return; fi
  local jh; jh=$(java_home)
  ensure_s3_files
  rm -f "$S3_PID"
  log "s3: starting S3Proxy $S3PROXY_VERSION on http://127.0.0.1:$S3_PORT"
  echo "--- stack.sh start $(date -u +%FT%TZ)" >>"$S3_DIR/s3proxy.log" # the log is appended to
  # setsid: its own session, so a Ctrl-C meant for the caller does not reach it. The inner shell
  # closes every inherited fd above 2 (the stack lock, a caller's pipes: a pipe held open would keep
  # a caller reading our output waiting forever), writes its own pid and execs java, so the
  # recorded pid is the JVM's.
  # shellcheck disable=SC2016
  env -u JAVA_TOOL_OPTIONS -u _JAVA_OPTIONS -u JDK_JAVA_OPTIONS setsid -f bash -c '
    for fd in $(ls /proc/$$/fd); do ((fd > 2)) && eval "exec $fd>&-"; done
    echo $$ >"$0"; exec nohup "$@"' \
    "$S3_PID" "$jh/bin/java" -Xmx256m -XX:-UsePerfData -Djava.io.tmpdir="$S3_DIR/tmp" -jar "$S3_JAR" --properties "$S3_PROPS" \
    </dev/null >>"$S3_DIR/s3proxy.log" 2>&1
}

# --- commands -------------------------------------------------------------------------------------
cmd_start() {
  validate_config
  mkdir -p "$DATA_DIR"
  exec 9>"$DATA_DIR/.stack.lock"
  flock -w 600 9 || die "another stack.sh holds $DATA_DIR/.stack.lock"
  check_ports
  ensure_es_user
  fetch_dists
  local t0=$SECONDS
  # One after the other: S3Proxy is up in about a second, and a failed S3 start then cannot leave
  # an Elasticsearch behind that is still booting and not yet in its pid file.
  start_s3
  wait_up s3 s3_healthy "$S3_PID" "$S3_MARK" "$S3_DIR/s3proxy.log"
  log "s3: up (pid $(cat "$S3_PID"))"
  start_es
  wait_up elasticsearch es_healthy "$ES_PID" "$ES_MARK" "$ES_DIR/logs/startup.log" "$ES_LAUNCHER"
  [[ -z $ES_LAUNCHER ]] || wait "$ES_LAUNCHER" || true # the -d launcher exits once the node is up
  alive_pid "$ES_PID" "$ES_MARK" >/dev/null || die "elasticsearch answers on $ES_PORT but is not the process in $ES_PID"
  log "elasticsearch: up (pid $(cat "$ES_PID"))"
  log "stack ready in $((SECONDS - t0)) s (data: $DATA_DIR)"
}

cmd_stop() {
  [[ -d $DATA_DIR ]] || { log "nothing to stop ($DATA_DIR does not exist)"; return 0; }
  exec 9>"$DATA_DIR/.stack.lock"
  flock -w 600 9 || die "another stack.sh holds $DATA_DIR/.stack.lock"
  stop_one elasticsearch "$ES_PID" "$ES_MARK"
  stop_one s3 "$S3_PID" "$S3_MARK"
}

status_one() { # name pidfile marker port
  local pid
  if pid=$(alive_pid "$2" "$3"); then echo "$1: running (pid $pid, http://127.0.0.1:$4)"; else echo "$1: stopped"; return 3; fi
}
cmd_status() {
  local rc=0
  status_one elasticsearch "$ES_PID" "$ES_MARK" "$(es_port)" || rc=3
  status_one s3 "$S3_PID" "$S3_MARK" "$(s3_port)" || rc=3
  return $rc
}

cmd_env() {
  [[ -s $S3_CREDS ]] || die "no S3 credentials in $S3_CREDS yet; run '$0 start' first"
  printf 'export %s=%q\n' \
    ARCHIVE_ES_URL "http://127.0.0.1:$ES_PORT" \
    ARCHIVE_S3_ENDPOINT "http://127.0.0.1:$S3_PORT" \
    ARCHIVE_S3_ACCESS_KEY "$(cred access_key)" \
    ARCHIVE_S3_SECRET_KEY "$(cred secret_key)" \
    ARCHIVE_S3_BUCKET "$BUCKET"
}

case ${1:-} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
