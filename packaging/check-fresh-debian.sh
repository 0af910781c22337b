#!/bin/bash
# shellcheck disable=SC2016  # the check commands are single-quoted: they expand in the chroot
# check-fresh-debian.sh: installs Retort's .deb on a fresh, minimal Debian 12 (a debootstrap
# chroot) and checks that it starts. This tests that the package's Depends are complete: apt
# resolves them from the mirror, then retort and retort-gui must run with only what they pulled
# in (Qt libraries, the QSQLITE/QPSQL drivers, the platform plugins, QtKeychain, libpq...).
#
# Usage (as root, on a Debian or Ubuntu host with network access to the mirror):
#   packaging/check-fresh-debian.sh [options]
#     --deb FILE         the package to test (default: the newest retort_*.deb under build/;
#                        make one with `cd build/<preset> && cpack -G DEB`)
#     --workdir DIR      scratch folder (default: /var/tmp/retort-deb12)
#     --mirror URL       Debian mirror (default: http://deb.debian.org/debian)
#     --fresh            debootstrap again even when DIR/base is complete
#     --no-recommends    install with --no-install-recommends (only Depends count)
#     --keep             leave DIR/test (the chroot the package was installed into) for
#                        inspection; it is replaced at the next run anyway
#
# What it does:
#   1. Installs debootstrap on the host if missing, then `debootstrap --variant=minbase
#      bookworm DIR/base MIRROR`, once: DIR/base is reused while it holds the marker that a
#      complete debootstrap writes (unless --fresh). DIR/base is never modified afterwards.
#   2. Copies DIR/base to DIR/test (a new copy every run, so each run starts from a system that
#      has never seen Retort), sets the apt sources of a default Debian 12 install (bookworm,
#      bookworm-updates, bookworm-security), mounts /proc, /dev, /dev/pts and an apt download
#      cache (DIR/apt-archives), all unmounted on exit by a trap, and runs
#      `apt-get update && apt-get install -y ./retort_*.deb` inside the chroot.
#   3. Inside the chroot, with HOME in a fresh temporary folder: no "not found" in ldd of the
#      executables and Qt plugins; `retort --version`; `retort list_templates`; the QSQLITE and
#      QPSQL drivers are in qt6/plugins/sqldrivers; `QT_QPA_PLATFORM=offscreen retort-gui
#      --demo --quit-after-start` exits 0; `retort heads` and `retort current` on the demo
#      project that this copied to ~/.local/share/Retort/retort-gui/demo (its SQLite database);
#      `retort upgrade heads` then `current` on a `retort init --template sql` project with a
#      .sql revision on sqlite:////tmp/x.db; a PostgreSQL URL fails with "connection refused"
#      (the QPSQL driver and libpq load), not with "driver not installed".
#   4. Prints a PASS/FAIL line per check and a summary; exits 0 only when everything passed.
#
# Logs of every step: DIR/logs/. Nothing outside DIR is changed on the host, except installing
# debootstrap.
set -eu

WORKDIR=/var/tmp/retort-deb12
MIRROR=http://deb.debian.org/debian
SUITE=bookworm
DEB=""
FRESH=0
NO_RECOMMENDS=0
KEEP=0

usage() { awk '/^set -eu$/ { exit } /^#( |$)/ && !/shellcheck/ { sub(/^# ?/, ""); print }' "$0"; }

while [ $# -gt 0 ]; do
    case "$1" in
        --deb) DEB=$2; shift 2 ;;
        --workdir) WORKDIR=$2; shift 2 ;;
        --mirror) MIRROR=$2; shift 2 ;;
        --fresh) FRESH=1; shift ;;
        --no-recommends) NO_RECOMMENDS=1; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\n=== %s\n' "$*"; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and chroot need it)"
case "$WORKDIR" in /?*) ;; *) die "--workdir must be an absolute path" ;; esac
WORKDIR=${WORKDIR%/}
[ "$WORKDIR" != / ] || die "--workdir must not be /"

if [ -z "$DEB" ]; then
    repo=$(cd "$(dirname "$0")/.." && pwd)
    DEB=$(find "$repo/build" -name 'retort_*.deb' -not -path '*/_CPack_Packages/*' \
              -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -n 1 | cut -d' ' -f2-)
    [ -n "$DEB" ] || die "no retort_*.deb under $repo/build; make one with \
\`cd build/<preset> && cpack -G DEB\`, or pass --deb FILE"
fi
[ -f "$DEB" ] || die "$DEB: no such file"
DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")

BASE=$WORKDIR/base
TEST=$WORKDIR/test
CACHE=$WORKDIR/apt-archives
LOGS=$WORKDIR/logs
MARKER=$BASE/.retort-debootstrap-complete

# Mounts under a folder, deepest first (from /proc/self/mountinfo; paths there have no
# trailing slash and escape blanks, which our paths do not have).
mounts_under() {
    awk -v d="$1" '$5 == d || index($5, d "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

unmount_all() {
    for m in $(mounts_under "$TEST"); do
        umount "$m" 2>/dev/null || umount -l "$m" || echo "warning: cannot unmount $m" >&2
    done
}

# Removes a folder of ours, refusing when something is still mounted below it.
remove_tree() {
    unmount_all
    if [ -n "$(mounts_under "$1")" ]; then
        die "still mounted under $1: $(mounts_under "$1" | tr '\n' ' ')"
    fi
    rm -rf --one-file-system "$1"
}

cleanup() {
    status=$?
    unmount_all
    if [ "$KEEP" -eq 0 ] && [ -d "$TEST" ] && [ -z "$(mounts_under "$TEST")" ]; then
        rm -rf --one-file-system "$TEST"
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORKDIR" "$CACHE" "$LOGS"
rm -f "$LOGS"/*.log

# --- 1. a minimal Debian 12 ---------------------------------------------------------------
say "package: $DEB"
dpkg-deb --field "$DEB" Package Version Architecture Depends Recommends

if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap on the host"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y debootstrap || { apt-get update && apt-get install -y debootstrap; }
fi

if [ "$FRESH" -eq 1 ] || [ ! -f "$MARKER" ]; then
    [ -d "$BASE" ] && remove_tree "$BASE"
    say "debootstrap --variant=minbase $SUITE $BASE $MIRROR (log: $LOGS/debootstrap.log)"
    if ! debootstrap --variant=minbase "$SUITE" "$BASE" "$MIRROR" >"$LOGS/debootstrap.log" 2>&1
    then
        tail -n 20 "$LOGS/debootstrap.log"
        die "debootstrap failed"
    fi
    date -u +%FT%TZ >"$MARKER"
else
    say "reusing $BASE (debootstrapped $(cat "$MARKER"); --fresh to redo)"
fi

# --- 2. install the package into a copy -----------------------------------------------------
[ -e "$TEST" ] && remove_tree "$TEST"
say "copying $BASE to $TEST"
cp -a "$BASE" "$TEST"
rm -f "$TEST/.retort-debootstrap-complete"
[ -e /etc/resolv.conf ] && cp -L /etc/resolv.conf "$TEST/etc/resolv.conf"
cat >"$TEST/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb ${MIRROR%/debian}/debian-security $SUITE-security main
EOF
# Package scripts must not start daemons (dbus...) in the chroot; they would keep it busy.
printf '#!/bin/sh\nexit 101\n' >"$TEST/usr/sbin/policy-rc.d"
chmod 755 "$TEST/usr/sbin/policy-rc.d"
DEB_IN=/tmp/$(basename "$DEB")
cp "$DEB" "$TEST$DEB_IN"
chmod 644 "$TEST$DEB_IN"

bind() { # bind SOURCE TARGET: a private bind mount, so nothing propagates back to the host
    mount --bind "$1" "$2"
    mount --make-private "$2"
}
mount -t proc proc "$TEST/proc"
bind /dev "$TEST/dev"
bind /dev/pts "$TEST/dev/pts"
bind "$CACHE" "$TEST/var/cache/apt/archives"

# in_chroot LOG COMMAND: runs a shell command in the chroot with a clean environment; its
# output goes to LOG (and the exit status is the command's).
in_chroot() {
    log=$1
    shift
    chroot "$TEST" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive /bin/sh -c "$*" >"$log" 2>&1
}

recommends=""
[ "$NO_RECOMMENDS" -eq 1 ] && recommends=--no-install-recommends
say "in the chroot: apt-get update && apt-get install -y $recommends .$DEB_IN"
if ! in_chroot "$LOGS/apt-update.log" "apt-get update"; then
    tail -n 20 "$LOGS/apt-update.log"
    die "apt-get update failed in the chroot (log: $LOGS/apt-update.log)"
fi
if ! in_chroot "$LOGS/apt-install.log" "apt-get install -y $recommends $DEB_IN"; then
    grep -E '^(E:|W:| retort :|  *Depends:)' "$LOGS/apt-install.log" || tail -n 30 "$LOGS/apt-install.log"
    die "the package did not install: apt could not resolve its Depends (log: $LOGS/apt-install.log)"
fi
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$LOGS/apt-install.log" || true
in_chroot "$LOGS/installed.log" "dpkg-query -W retort" && cat "$LOGS/installed.log"

# --- 3. checks ------------------------------------------------------------------------------
VERSION=$(dpkg-deb --field "$DEB" Version)
PASSED=0
FAILED=0
FAILED_NAMES=""

# check NAME COMMAND: runs COMMAND in the chroot (HOME, XDG_RUNTIME_DIR and TMPDIR are set to
# fresh folders; $V is the package version), prints its output and PASS/FAIL.
check() {
    name=$1
    shift
    n=$((PASSED + FAILED + 1))
    log=$LOGS/check-$n.log
    say "check $n: $name"
    echo "\$ $*"
    if in_chroot "$log" "export V='$VERSION' HOME=/tmp/retort-home \
XDG_RUNTIME_DIR=/tmp/retort-runtime; mkdir -p \$HOME; mkdir -p -m 700 \$XDG_RUNTIME_DIR; $*"; then
        sed 's/^/  | /' "$log"
        echo "PASS: $name"
        PASSED=$((PASSED + 1))
    else
        rc=$?
        sed 's/^/  | /' "$log"
        echo "FAIL: $name (exit status $rc)"
        FAILED=$((FAILED + 1))
        FAILED_NAMES="$FAILED_NAMES
  - $name (log: $log)"
    fi
}

QTDIR='$(ls -d /usr/lib/*/qt6 | head -n 1)'

check "no missing shared libraries (ldd of the executables and Qt plugins)" \
    "Q=$QTDIR; ls -d \$Q/plugins/sqldrivers \$Q/plugins/platforms; \
     out=\$(for f in /usr/bin/retort /usr/bin/retort-gui \$Q/plugins/sqldrivers/*.so \
              \$Q/plugins/platforms/*.so \$Q/plugins/iconengines/*.so; do \
              ldd \$f | sed \"s|^|\$f: |\"; done); \
     if echo \"\$out\" | grep 'not found'; then exit 1; fi; \
     echo \"\$out\" | grep -cE '=> /' | sed 's/\$/ libraries resolved/'"

check "retort --version prints the package version" \
    'out=$(retort --version) && echo "$out" && [ "$out" = "retort $V" ]'

check "retort list_templates" \
    'retort list_templates && retort list_templates | grep -q "^generic "'

check "Qt SQL drivers QSQLITE and QPSQL are installed" \
    "Q=$QTDIR; ls \$Q/plugins/sqldrivers/ && ls \$Q/plugins/sqldrivers/libqsqlite.so \
     \$Q/plugins/sqldrivers/libqsqlpsql.so >/dev/null"

check "retort-gui --demo --quit-after-start exits 0 (offscreen)" \
    'cd $HOME && QT_QPA_PLATFORM=offscreen timeout 120 retort-gui --demo --quit-after-start'

# The demo's revisions call op.create_table() & co., which Retort cannot run yet ("only
# op.execute() with literal SQL can run without the renderer"), so `upgrade heads` is checked
# on a .sql project below; on the demo, the CLI reads the graph and opens its SQLite database.
check "retort heads and current on the demo project that --demo copied (SQLite)" \
    'cd $HOME/.local/share/Retort/retort-gui/demo && grep "^sqlalchemy.url" alembic.ini && \
     h=$(retort heads) && echo "$h" && [ -n "$h" ] && retort current && ls -l demo.db'

check "retort init --template sql + a .sql revision: upgrade heads and current on sqlite" \
    'rm -rf /tmp/sqlproj /tmp/x.db && mkdir /tmp/sqlproj && cd /tmp/sqlproj && \
     retort init --template sql migrations && \
     printf "%s\n" "-- Revision ID: 0c0ffee0d12a" "-- Revises:" \
         "-- Create Date: 2026-01-01 00:00:00" "-- Message: create probe" "" \
         "-- migrate:upgrade" "CREATE TABLE probe (id INTEGER PRIMARY KEY);" "" \
         "-- migrate:downgrade" "DROP TABLE probe;" \
         >migrations/versions/0c0ffee0d12a_create_probe.sql && \
     retort --url sqlite:////tmp/x.db upgrade heads && \
     out=$(retort --url sqlite:////tmp/x.db current) && echo "$out" && \
     echo "$out" | grep -q "^0c0ffee0d12a (head)"'

check "the QPSQL driver loads (a closed port gives \"connection refused\", not \"not installed\")" \
    'cd /tmp/sqlproj && out=$(retort --url postgresql://probe@127.0.0.1:1/probe current 2>&1); \
     echo "$out"; echo "$out" | grep -qi "connection refused"'

# --- 4. summary -----------------------------------------------------------------------------
say "summary: $PASSED passed, $FAILED failed ($(basename "$DEB") on a fresh Debian $SUITE \
$(cat "$TEST/etc/debian_version"))"
if [ "$FAILED" -gt 0 ]; then
    echo "FAIL:$FAILED_NAMES"
    exit 1
fi
echo "PASS"
