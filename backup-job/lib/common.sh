# shellcheck shell=bash
# Shared by paas-backup and paas-restore (sourced, never run): the contract's environment checks, exit codes,
# the MariaDB options file, the work directory and the JSON both scripts read and write. README.md in
# backup-job/ is the contract these functions implement.

# The constants are used by the scripts that source this file.
# shellcheck disable=SC2034
readonly FORMAT_VERSION=1
# shellcheck disable=SC2034
readonly EXIT_FAILED=1 EXIT_BAD_ENV=2 EXIT_CHECKSUM=3
# In the order a restore applies them: the files volume before the SQLite file that may live on it.
readonly KNOWN_COMPONENTS=(mysql files sqlite)
# Every scratch name this job puts on the app's own volume starts with this, so a backup never archives one
# that an interrupted restore left behind, and the next restore sweeps it away.
# shellcheck disable=SC2034
readonly SCRATCH_PREFIX=.paas-restore

# The exit code a deliberate stop asked for; any other non-zero status (a failed command under set -e, which
# may be tar's or curl's own 2 or 3) is reported as 1, so 2 and 3 keep their meaning for the orchestration.
intended_exit=0
# Where the last unexpected failure happened (ERR trap), for the final message.
last_error=''
work=''

log() { printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2; }

# Stops with a message on stderr, also written to the termination log, where the pod's status shows it.
die() {
  local code=$1
  shift
  log "$*"
  write_termination_message "$*"
  intended_exit=$code
  exit "$code"
}

# Names the variable, as the contract promises; never echoes its value (it may be a password or a URL).
bad_env() { die "$EXIT_BAD_ENV" "$1: $2"; }

# The signature and credentials of a presigned URL live in its query string: only the part before it is
# ever printed.
redact_url() { printf '%s' "${1%%\?*}"; }

on_exit() {
  local status=$1
  # Runs on every exit, so no password file or half-written archive outlives the job's own container.
  if [ -n "$work" ] && [ -d "$work" ]; then rm -rf -- "$work"; fi
  if declare -F cleanup_component_scratch >/dev/null; then cleanup_component_scratch; fi
  if [ "$status" -ne 0 ] && [ "$status" -ne "$intended_exit" ]; then
    local message="failed (status $status${last_error:+ at $last_error}); the failing tool's own message is above"
    log "$message"
    write_termination_message "$message"
    exit "$EXIT_FAILED"
  fi
  exit "$status"
}

on_error() {
  # BASH_COMMAND is the command as written in this script, before expansion: it cannot hold a secret.
  # The innermost failure is the one that matters; the trap fires again for each function it unwinds.
  [ -z "$last_error" ] || return 0
  last_error="line $1: $2"
  log "command failed at $last_error"
}

install_traps() {
  trap 'on_exit $?' EXIT
  trap 'on_error "$LINENO" "$BASH_COMMAND"' ERR
}

require_env() {
  local name=$1 what=$2
  [ -n "${!name:-}" ] || bad_env "$name" "is required ($what)"
}

# BACKUP_COMPONENTS → COMPONENTS, deduplicated, in KNOWN_COMPONENTS order.
parse_components() {
  require_env BACKUP_COMPONENTS 'a comma-separated list of mysql, files, sqlite'
  local -a requested
  local item known found
  IFS=',' read -r -a requested <<<"$BACKUP_COMPONENTS"
  for item in "${requested[@]}"; do
    item=${item//[[:space:]]/}
    [ -z "$item" ] && continue
    found=''
    for known in "${KNOWN_COMPONENTS[@]}"; do [ "$item" = "$known" ] && found=1; done
    [ -n "$found" ] || bad_env BACKUP_COMPONENTS "unknown component '$item' (known: ${KNOWN_COMPONENTS[*]})"
  done
  COMPONENTS=()
  for known in "${KNOWN_COMPONENTS[@]}"; do
    for item in "${requested[@]}"; do
      if [ "${item//[[:space:]]/}" = "$known" ]; then
        COMPONENTS+=("$known")
        break
      fi
    done
  done
  [ "${#COMPONENTS[@]}" -gt 0 ] || bad_env BACKUP_COMPONENTS 'names no component'
}

has_component() {
  local item
  for item in "${COMPONENTS[@]}"; do [ "$item" = "$1" ] && return 0; done
  return 1
}

# WORK_DIR is the Job's scratch volume (an emptyDir at /tmp). The job works in a fresh directory of its own
# inside it, so the exit trap only ever deletes what this run made.
make_work_dir() {
  local parent=${WORK_DIR:-${TMPDIR:-/tmp}}
  mkdir -p -- "$parent" 2>/dev/null || true
  if [ ! -d "$parent" ] || [ ! -w "$parent" ]; then bad_env WORK_DIR "is not a writable directory"; fi
  work=$(mktemp -d "$(realpath -- "$parent")/paas-backup.XXXXXXXX")
}

check_mysql_env() {
  require_env DB_NAME 'the app database'
  require_env DB_USER 'the app user'
  [ -n "${DB_PASSWORD+set}" ] || bad_env DB_PASSWORD 'is required (the app user password; it may be empty)'
  if [ -z "${DB_SOCKET:-}" ]; then
    require_env DB_HOST 'the database service host, or DB_SOCKET'
    local port=${DB_PORT:-3306}
    if ! [[ $port =~ ^[0-9]{1,5}$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
      bad_env DB_PORT 'must be a TCP port number'
    fi
  fi
}

# A value for a MariaDB option file: double-quoted (so '#' and spaces are kept), with backslashes doubled
# because the parser reads escapes such as \n and \s. A newline cannot be written at all.
option_value() {
  local name=$1 value=$2
  case $value in *$'\n'* | *$'\r'*) bad_env "$name" 'must not contain a line break' ;; esac
  printf '"%s"' "${value//\\/\\\\}"
}

# The credentials go to the clients through an options file of mode 600, never on a command line (any user
# of the pod could read them in ps). It is passed with --defaults-file, which also keeps whatever the
# image's /etc/mysql or a home directory holds out of the connection's settings. DB_PASSWORD is then
# dropped from the environment, so no child process (tar, curl) inherits it.
write_mysql_options() {
  MYSQL_OPTIONS="$work/client.cnf"
  (umask 077 && : >"$MYSQL_OPTIONS")
  {
    printf '[client]\n'
    printf 'user=%s\n' "$(option_value DB_USER "$DB_USER")"
    printf 'password=%s\n' "$(option_value DB_PASSWORD "$DB_PASSWORD")"
    if [ -n "${DB_SOCKET:-}" ]; then
      printf 'protocol=SOCKET\nsocket=%s\n' "$(option_value DB_SOCKET "$DB_SOCKET")"
    else
      # TCP named explicitly: with host=localhost the clients would otherwise look for a local socket.
      printf 'protocol=TCP\nhost=%s\nport=%s\n' "$(option_value DB_HOST "$DB_HOST")" "${DB_PORT:-3306}"
    fi
    printf 'default-character-set=utf8mb4\n'
    # Rows with large BLOBs: the client side's limit (the server's own still applies).
    printf 'max-allowed-packet=1G\n'
  } >"$MYSQL_OPTIONS"
  unset DB_PASSWORD
}

# A path to leave out, as FILES_EXCLUDE or an archive's manifest gives it → EXCLUDES: relative to FILES_DIR,
# without ./ or a trailing /. Returns 1 for one that would leave the volume or holds a control character
# (it goes into JSON); the caller says whose mistake that is.
add_exclude() {
  local item=$1
  item=${item#"${item%%[![:space:]]*}"}
  item=${item%"${item##*[![:space:]]}"}
  while [[ $item == ./* ]]; do item=${item#./}; done
  while [[ $item == */ ]]; do item=${item%/}; done
  [ -z "$item" ] && return 0
  case /$item/ in
    //* | */../* | */./* | *[[:cntrl:]]*) return 1 ;;
  esac
  is_excluded "$item" || EXCLUDES+=("$item")
}

# FILES_EXCLUDE → EXCLUDES. With the sqlite component on, its database (and the files SQLite keeps beside
# it) is left out of `files` when it lives on that volume: a copy of a file under write would be torn, and the
# sqlite component has the consistent one.
parse_files_excludes() {
  local -a listed
  local item suffix
  EXCLUDES=()
  IFS=',' read -r -a listed <<<"${FILES_EXCLUDE:-}"
  for item in "${listed[@]}"; do
    add_exclude "$item" || bad_env FILES_EXCLUDE "'$item' is not a path inside FILES_DIR"
  done
  if has_component sqlite && [ -n "${SQLITE_PATH:-}" ]; then
    local volume database
    volume=$(realpath -m -- "$FILES_DIR")
    database=$(realpath -m -- "$SQLITE_PATH")
    if [[ $database == "$volume"/* ]]; then
      item=${database#"$volume"/}
      for suffix in '' -wal -shm -journal; do
        add_exclude "$item$suffix" || bad_env SQLITE_PATH 'holds a control character'
      done
    fi
  fi
}

# A JSON string of a value without control characters (add_exclude refuses those).
json_string() {
  local value=${1//\\/\\\\}
  printf '"%s"' "${value//\"/\\\"}"
}

is_excluded() {
  local item
  for item in "${EXCLUDES[@]}"; do [ "$item" = "$1" ] && return 0; done
  return 1
}

# find -path takes a pattern: a listed name is matched literally.
glob_escape() {
  local value=$1
  value=${value//\\/\\\\}
  value=${value//\*/\\*}
  value=${value//\?/\\?}
  value=${value//\[/\\[}
  printf '%s' "$value"
}

# UTC, with milliseconds, as the platform writes its own timestamps.
now_iso() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }

# Kubernetes shows the last message a container wrote to its terminationMessagePath in the pod's status,
# which is how the orchestration reads the result without the logs. TERMINATION_LOG follows a pod spec
# that moves it.
write_termination_message() {
  local path=${TERMINATION_LOG:-/dev/termination-log}
  if [ -e "$path" ] && [ -w "$path" ]; then printf '%s' "$1" >"$path" || log "could not write $path"; fi
}

# curl as both scripts call it: -q first so no ~/.curlrc changes the request; retries for S3's transient
# answers; --fail-with-body (not --fail, which discards it) so S3's error <Code> can be reported.
curl_s3() {
  curl -q --fail-with-body --silent --show-error --retry 3 --connect-timeout 10 "$@"
}

# The <Code> of an S3 error body, alone: the rest of it (the canonical request) may hold credentials.
s3_error_code() {
  sed -n 's:.*<Code>\([A-Za-z0-9]*\)</Code>.*:\1:p' "$1" 2>/dev/null | head -n 1
}

# The sqlite3 shell as the scripts use it: -init /dev/null so it reads no ~/.sqliterc (and does not warn that
# the Job's uid has no home directory), stopping at the first error, values only.
sqlite_shell() {
  sqlite3 -init /dev/null -batch -bail -noheader "$@"
}

# Reads JSON with the sqlite3 shell's JSON functions and its readfile(): sqlite3 is in the image for the
# sqlite component anyway, so no jq is needed. The SQL names its file relative to the current directory.
json_query() {
  sqlite_shell -list :memory: "$1"
}
