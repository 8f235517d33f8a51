#!/usr/bin/env bash
# A fresh SoftHSM2 token for the softhsm integration tests, and a fresh SEGL_HOME for the Segl that
# keeps its CA keys there (its H2 database must not remember the CA of an earlier token).
# Usage: fresh-token.sh <folder> <segl home> <label> <so-pin> <pin>
set -euo pipefail
folder=$1 home=$2 label=$3 so_pin=$4 pin=$5
rm -rf "$folder" "$home"
mkdir -p "$folder/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' "$folder/tokens" > "$folder/softhsm2.conf"
SOFTHSM2_CONF="$folder/softhsm2.conf" softhsm2-util --init-token --free --label "$label" --so-pin "$so_pin" --pin "$pin"
