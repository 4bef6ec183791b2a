#!/usr/bin/env bash
# Runs every test of every module (README's test command).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
mvn -B -ntp verify "$@"
