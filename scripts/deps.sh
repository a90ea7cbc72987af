#!/bin/sh
# Installs what the build and the tests need, and nothing that is already
# there: Debian packages with apt-get, tree-sitter sources, CodeMirror,
# esbuild and playwright-core from the committed package-lock.json with npm.
# Safe to run again; quiet when nothing is missing.
# Usage: deps.sh [browser] [bench] [editor] [pg] [cluster] [trace]: also chromium (make
# browser-test), wrk (make bench), neovim (the editor test of idiom lsp),
# the PostgreSQL server (scripts/pg.sh, the cohort tests), HAProxy and the
# PostgreSQL server (scripts/cluster, make load-test), strace (the helper
# test that a cold check waits for nothing after its report).
set -eu

cd "$(dirname "$0")/.."

DEBIAN_PACKAGES="gcc make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev \
libyaml-dev libjansson-dev libsqlite3-dev sqlite3 libcriterion-dev libseccomp-dev bubblewrap python3 \
nodejs npm libmicrohttpd-dev curl libpq-dev libsodium-dev libstemmer-dev"
for extra in "$@"; do
	case $extra in
	browser) DEBIAN_PACKAGES="$DEBIAN_PACKAGES chromium" ;;
	bench) DEBIAN_PACKAGES="$DEBIAN_PACKAGES wrk" ;;
	editor) DEBIAN_PACKAGES="$DEBIAN_PACKAGES neovim" ;;
	pg) DEBIAN_PACKAGES="$DEBIAN_PACKAGES postgresql" ;;
	cluster) DEBIAN_PACKAGES="$DEBIAN_PACKAGES postgresql haproxy" ;;
	trace) DEBIAN_PACKAGES="$DEBIAN_PACKAGES strace" ;;
	*) echo "deps: unknown extra '$extra' (browser, bench, editor, pg, cluster, trace)" >&2; exit 2 ;;
	esac
done

missing=""
for p in $DEBIAN_PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		# npm may come with nodejs from elsewhere (nvm, NodeSource); accept a working one.
		if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
		if [ "$p" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	echo "deps: installing Debian packages:$missing"
	if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# The tree-sitter packages only carry C sources for the build; their install
# scripts (node-gyp builds of the Node bindings) are not wanted, hence
# --ignore-scripts.  esbuild does not need its postinstall: its native binary
# comes in the @esbuild/linux-x64 optional dependency, which npm installs
# with or without scripts (checked below).  playwright-core downloads no
# browser: the tests drive Debian's /usr/bin/chromium.
stamp=node_modules/.idiom-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
	echo "deps: installing tree-sitter sources from package-lock.json"
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	cp package-lock.json "$stamp"
fi
if ! node_modules/.bin/esbuild --version >/dev/null 2>&1; then
	echo "deps: esbuild does not run (is @esbuild/linux-x64 installed?); try: rm -rf node_modules && make deps" >&2
	exit 1
fi
