#!/bin/sh
# Installs every Debian 12 package that Retort's build, app and test suite need.
# Idempotent, non-interactive; works as root or through sudo.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config git clang-format
qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6sql6-sqlite
qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libgl-dev qtkeychain-qt6-dev
postgresql-15 postgresql-client-15 libpq-dev
python3 python3-alembic python3-psycopg2
xvfb xauth dbus dbus-user-session gnome-keyring libsecret-tools
dpkg-dev file time desktop-file-utils appstream qt6-translations-l10n ccache
"

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo -n"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
