#!/usr/bin/env bash
# Scores Rasid on the ANT-2018 gold (eval/ant-2018): scripts/eval/gold.sh ant-2018 with the same
# arguments. Read the test part's scores; study only the dev part's errors (docs/annotation.md).
# Usage: scripts/eval/ant.sh [dev|test|both] [extra rasid eval options, e.g. --errors or --json]
exec "$(dirname "${BASH_SOURCE[0]}")/gold.sh" ant-2018 "$@"
