#!/bin/sh
# A throwaway PostgreSQL for tests and demos: one cluster in DIR, listening
# only on a unix socket in DIR (no TCP port, so nothing else on the machine
# can reach it and two clusters never collide), with trust authentication
# behind that socket's 0700 permissions.
#
#   scripts/pg.sh start DIR     makes DIR if missing (initdb), starts the server,
#                               waits until it accepts connections, prints the URL
#   scripts/pg.sh url DIR       prints the libpq URL of DIR's cluster
#   scripts/pg.sh status DIR    exit 0 if it is running, 1 if not
#   scripts/pg.sh stop DIR      stops it (fast shutdown); fine if it is stopped
#                               already or DIR is gone; the data stays
#   scripts/pg.sh destroy DIR   stops it and removes DIR
#
# PostgreSQL refuses to run as root: under root the server runs as the
# `postgres` user (Debian's package creates it) and DIR is owned by it;
# otherwise it runs as the calling user.  DIR must be an absolute path short
# enough for a socket name (under 90 characters).  Installs Debian's
# postgresql through scripts/deps.sh if it is missing.
set -eu

usage() {
	echo "usage: scripts/pg.sh start|url|status|stop|destroy DIR" >&2
	exit 2
}

[ $# -eq 2 ] || usage
action=$1
dir=$2
case $dir in
/*) ;;
*) echo "pg.sh: DIR must be an absolute path (got '$dir')" >&2; exit 2 ;;
esac
[ ${#dir} -lt 90 ] || { echo "pg.sh: DIR is too long for a unix socket path: $dir" >&2; exit 2; }
data=$dir/data
# Only names the socket file (.s.PGSQL.5432); nothing listens on TCP.
port=5432
database=idiom

# bindir: the newest installed server's programs.
bindir() {
	for b in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$b/pg_ctl" ]; then
			echo "$b"
			return 0
		fi
	done
	return 1
}

ensure_installed() {
	if ! bindir >/dev/null; then
		"$(dirname "$0")/deps.sh" pg >&2
	fi
	bindir >/dev/null || { echo "pg.sh: no PostgreSQL server under /usr/lib/postgresql" >&2; exit 1; }
}

# as_owner CMD...: runs CMD as the user that owns the cluster.
as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

url() {
	echo "postgresql:///$database?host=$dir&port=$port&user=postgres"
}

running() {
	[ -f "$data/PG_VERSION" ] && as_owner "$(bindir)/pg_ctl" -D "$data" status >/dev/null 2>&1
}

init_cluster() {
	if [ ! -d "$dir" ]; then
		mkdir -p "$dir"
		chmod 0700 "$dir"
	fi
	if [ "$(id -u)" -eq 0 ]; then
		getent passwd postgres >/dev/null || { echo "pg.sh: no 'postgres' user (install postgresql)" >&2; exit 1; }
		chown postgres: "$dir"
		# The server must reach DIR through its parents.
		runuser -u postgres -- test -x "$dir" ||
			{ echo "pg.sh: the postgres user cannot enter $dir (a parent directory is closed to it)" >&2; exit 1; }
	fi
	[ -f "$data/PG_VERSION" ] && return 0
	as_owner "$(bindir)/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
		--locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
		{ echo "pg.sh: initdb failed; see $dir/initdb.log" >&2; exit 1; }
	cat >>"$data/postgresql.conf" <<-EOF
	# scripts/pg.sh: a throwaway cluster reachable only through its socket.
	listen_addresses = ''
	unix_socket_directories = '$dir'
	unix_socket_permissions = 0700
	port = $port
	fsync = off
	max_connections = 100
	EOF
}

start() {
	ensure_installed
	init_cluster
	if ! running; then
		# -w: pg_ctl waits until the server accepts connections.
		as_owner "$(bindir)/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
			{ echo "pg.sh: the server did not start; see $dir/server.log" >&2; exit 1; }
	fi
	if ! as_owner "$(bindir)/psql" -h "$dir" -p "$port" -U postgres -d postgres -tAq \
		-c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
		as_owner "$(bindir)/createdb" -h "$dir" -p "$port" -U postgres "$database"
	fi
	url
}

stop() {
	[ -d "$data" ] || return 0
	bindir >/dev/null || return 0
	if running; then
		as_owner "$(bindir)/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
	fi
}

case $action in
start) start ;;
url) url ;;
status) if running; then exit 0; else exit 1; fi ;;
stop) stop ;;
destroy)
	stop
	rm -rf "$dir"
	;;
*) usage ;;
esac
