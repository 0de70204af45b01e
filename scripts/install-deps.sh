#!/bin/sh
# install-deps.sh - installs the Debian packages the build and the tests need,
# if they are missing.  Run as root (or with sudo) on Debian 12.
#
#   build:  gcc make flex bison pkg-config libmsgpack-dev libunistring-dev libgmp-dev
#   tests:  bats bats-assert bats-support python3 (CPython 3.11, the oracle)
#   speed:  hyperfine (make bench)
set -e
packages="gcc make flex bison pkg-config libmsgpack-dev libunistring-dev libgmp-dev
          bats bats-assert bats-support hyperfine"
missing=
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
        missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi
echo "install-deps: installing$missing"
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
