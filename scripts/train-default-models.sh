#!/usr/bin/env bash
# Trains the bundled default models with the project's own `train` command, both at once (one ND4J thread each),
# each process restarted after every epoch (--epochs-this-run 1 --resume): with JavaCPP's pointer GC off (1.5x faster)
# DL4J M2.1's fit() leaks native memory, and a fresh process per epoch bounds it. Usage:
#   scripts/train-default-models.sh OUT_DIR [MINUTES]      (EPOCHS and PATIENCE from the environment, default 40 and 8)
# RLSTM_ARGS and ALSTM_ARGS add options to one network's `train`, e.g. a constant-rate phase on a resumed run:
#   EPOCHS=74 PATIENCE=0 RLSTM_ARGS="--lr 0.00025 --lr-patience 0" scripts/train-default-models.sh training/checkpoints
# RLSTM_LR_STEPS and ALSTM_LR_STEPS give a fixed schedule (for runs without a validation part), as "EPOCHS:RATE" pairs:
#   ALSTM_LR_STEPS="0:0.001 14:0.0005" runs epochs 1-14 at 1e-3 and the epochs after 14 at 5e-4 (with --lr-patience 0).
# Every finished epoch's weights are kept as OUT_DIR/snapshots/ARCH-eN.zip.
set -euo pipefail
out=${1:?output folder}
minutes=${2:-100}
jar=${LOCLENS_JAR:-app/target/loclens.jar}
mkdir -p "$out"
epochs_done() {
  [ -e "$1/state.json" ] && sed -n 's/^ *"epochsDone" *: *\([0-9]*\).*/\1/p' "$1/state.json" | head -1
  return 0
}
# the rate of the last "EPOCHS:RATE" step whose EPOCHS have been done, if any steps are given
scheduled_rate() {
  local finished=${1:-0} steps=$2 step rate=
  for step in $steps; do
    [ "$finished" -ge "${step%%:*}" ] && rate=${step#*:}
  done
  [ -n "$rate" ] && echo --lr "$rate"
  return 0
}
run() {
  local arch=$1; shift
  local first=1
  local steps="${arch^^}_LR_STEPS"
  while :; do
    set +e
    OMP_NUM_THREADS=1 java -Xmx3g -jar "$jar" train --arch "$arch" --out "$out/$arch.zip" --epochs "${EPOCHS:-40}" --patience "${PATIENCE:-8}" \
      --time-budget "$minutes" --epochs-this-run 1 $( [ $first = 1 ] && [ ! -e "$out/$arch.zip.checkpoint/state.json" ] || echo --resume ) \
      $(scheduled_rate "$(epochs_done "$out/$arch.zip.checkpoint")" "${!steps:-}") "$@"
    code=$?
    set -e
    first=0
    # keep every epoch's weights: `loclens average` can then average the last ones (see the model card)
    local finished; finished=$(epochs_done "$out/$arch.zip.checkpoint")
    if [ -n "$finished" ]; then
      mkdir -p "$out/snapshots"
      cp "$out/$arch.zip.checkpoint/last.zip" "$out/snapshots/$arch-e$finished.zip"
    fi
    [ $code = 75 ] || return $code
  done
}
# ARCHS picks the networks (default both), e.g. ARCHS=rlstm RLSTM_ARGS="--units 200" for a wider R-LSTM alone
for arch in ${ARCHS:-rlstm alstm}; do
  case $arch in rlstm|alstm) ;; *) echo "unknown network: $arch (rlstm or alstm)" >&2; exit 2 ;; esac
  extra="${arch^^}_ARGS"
  run "$arch" ${!extra:-} >> "$out/$arch.log" 2>&1 &
done
wait
