#!/usr/bin/env bash
# Run the browser tests N times in a row (default 5) while CPU burners keep every core busy,
# stop at the first failure, and print one summary line. Proves a browser test waits for
# conditions, not for luck.
#
#   tools/stress_browser_tests.sh [RUNS] [PYTEST TARGET...]
#   env -u DATABASE_URL tools/stress_browser_tests.sh 5          # SQLite
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan tools/stress_browser_tests.sh 2
#
# Default target: congdoan/tests/test_admin_browser.py. BURNERS (default: the number of cores)
# sets how many burners run; STRESS_LIMIT_SECONDS (default 1800) bounds the burners and each run.
set -u
cd "$(dirname "$0")/.." || exit 2

runs=${1:-5}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(congdoan/tests/test_admin_browser.py)
burners=${BURNERS:-$(nproc)}
limit=${STRESS_LIMIT_SECONDS:-1800}
python=.venv/bin/python
case "${DATABASE_URL:-}" in
  postgres*) database=PostgreSQL ;;
  "") database=SQLite ;;
  *) database="${DATABASE_URL%%:*}" ;;
esac

burner_pids=()
stop_burners() {
  for pid in "${burner_pids[@]}"; do
    kill "$pid" 2>/dev/null
  done
  for pid in "${burner_pids[@]}"; do
    wait "$pid" 2>/dev/null
  done
  burner_pids=()
}
trap stop_burners EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 "$burners"); do
  timeout "$limit" python3 -c 'while True: pass' &
  burner_pids+=($!)
done
echo "stress: $burners CPU burners started (pids ${burner_pids[*]}), $runs runs of ${targets[*]} on $database"

passed=0
status=0
started=$(date +%s)
for run in $(seq 1 "$runs"); do
  run_started=$(date +%s)
  if timeout "$limit" "$python" -m pytest "${targets[@]}" -q; then
    passed=$((passed + 1))
    echo "stress: run $run/$runs passed in $(($(date +%s) - run_started)) s"
  else
    status=1
    echo "stress: run $run/$runs FAILED after $(($(date +%s) - run_started)) s"
    break
  fi
done
stop_burners

elapsed=$(($(date +%s) - started))
if [ "$status" -eq 0 ]; then
  echo "stress summary: $passed/$runs runs passed in a row with $burners CPU burners on $database, ${elapsed} s"
else
  echo "stress summary: FAILED at run $((passed + 1)) of $runs ($passed passed before it) with $burners CPU burners on $database, ${elapsed} s"
fi
exit "$status"
