#!/usr/bin/env bash
# Smoke test of a built LocLens image (default installer/target/jpackage/loclens) or of an installed .deb:
#   installer/check-image.sh                       # the app image built by build-installer.sh
#   installer/check-image.sh /opt/loclens          # after `sudo apt install ./installer/target/loclens_*.deb`
#   installer/check-image.sh --quick [IMAGE]       # skip step 4 (tiny training run, ~1 min)
# Checks: 1. the trimmed runtime and the staged natives, 2. `loclens --version`,
# 3. `loclens predict` on a small FASTA with the bundled model (or, if this build ships none, the one-line
#    "no model" message), 4. ND4J/DL4J natives work in the trimmed runtime: train a tiny model on 40 bundled
#    proteins for one epoch and `predict --model` with it.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
QUICK=0
[ "${1:-}" = "--quick" ] && { QUICK=1; shift; }
IMAGE="${1:-$HERE/target/jpackage/loclens}"
LAUNCHER="$IMAGE/bin/loclens"
WORK="$(mktemp -d /tmp/loclens-check.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "check-image: FAIL: $*" >&2; exit 1; }
ok() { echo "check-image: ok: $*"; }

[ -x "$LAUNCHER" ] || fail "no launcher $LAUNCHER (build with installer/build-installer.sh)"

# 1. runtime and natives
mods="$("$IMAGE/lib/runtime/bin/java" --list-modules | sed 's/@.*//' | paste -sd, -)"
for m in java.desktop jdk.unsupported java.sql java.xml; do
  [[ ",$mods," == *",$m,"* ]] || fail "runtime lacks $m"
done
ok "runtime $(du -sh "$IMAGE/lib/runtime" | cut -f1), $(echo "$mods" | tr ',' '\n' | wc -l) modules"
foreign="$(ls "$IMAGE/lib/app/lib" | grep -E -- '-(windows|macosx|android|ios)-|-(win|mac|mac-aarch64|linux-aarch64)\.jar$|-linux-(arm64|armhf|ppc64le)' || true)"
[ -z "$foreign" ] || fail "non-linux-x86_64 native jars in the image: $foreign"
ok "app $(du -sh "$IMAGE/lib/app" | cut -f1), native jars linux-x86_64 only"

# 2. --version
v="$(timeout 120 "$LAUNCHER" --version 2>&1)" || fail "--version exited $?: $v"
[[ "$v" == LocLens* ]] || fail "--version printed: $v"
ok "--version -> $v"

# 3. predict with the bundled model
FASTA="$ROOT/resources/src/main/resources/loclens/data/sample.fasta"
if [ ! -f "$FASTA" ]; then
  FASTA="$WORK/three.fasta"
  cat > "$FASTA" <<'EOF'
>P01308 insulin (human)
MALWMRLLPLLALLALWGPDPAAAFVNQHLCGSHLVEALYLVCGERGFFYTPKTRREAEDLQVGQVELGGGPGAGSLQPLALEGSLQKRGIVEQCCTSICSLYQLENYCN
>P0CG48 ubiquitin (human)
MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG
>P42212 GFP (Aequorea victoria)
MSKGEELFTGVVPVVELDGDVNGHKFSVSGEGEGDATYGKLTLKFICTTGKLPVPWPTLVTTFSYGVQCFSRYPDHMKQHDFFKSAMPEGYVQERTIFFKDDGNYKTRAEVKFEGDTLVNRIELKGIDFKEDGNILGHKLEYNYNSHNVYIMADKQKNGIKVNFKIRHNIEDGSVQLADHYQQNTPIGDGPVLLPDNHYLSTQSALSKDPNEKRDHMVLLEFVTAAGITHGMDELYK
EOF
fi
n="$(grep -c '^>' "$FASTA")"
out="$(timeout 600 "$LAUNCHER" predict "$FASTA" 2>"$WORK/predict.err")"; rc=$?
err="$(cat "$WORK/predict.err")"
if [ $rc -eq 0 ]; then
  rows="$(echo "$out" | grep -vc '^#\|^id\b\|^$' || true)"
  [ "$rows" -ge "$n" ] || fail "predict printed $rows rows for $n proteins: $out"
  ok "predict $(basename "$FASTA") with the bundled model ($n proteins):"
  echo "$out" | sed 's/^/    /'
elif echo "$err" | grep -qi 'no model'; then
  [ "$(echo "$err" | grep -c .)" -le 2 ] || fail "predict without a bundled model printed more than a message: $err"
  ok "predict: this build bundles no model; message (exit $rc): $err"
else
  fail "predict exited $rc: $err"
fi

# 4. ND4J natives: tiny training run + predict --model
if [ $QUICK -eq 0 ]; then
  DATA="$ROOT/resources/src/main/resources/loclens/data/multiloc_5959_labelled.fasta"
  if [ -f "$DATA" ]; then
    head -80 "$DATA" > "$WORK/tiny.fasta"
    timeout 900 "$LAUNCHER" train --data "$WORK/tiny.fasta" --out "$WORK/tiny.zip" --epochs 1 --units 8 --batch 20 \
      --max-length 200 --validation 0.25 --patience 0 >"$WORK/train.log" 2>&1 \
      || fail "tiny train failed: $(tail -5 "$WORK/train.log")"
    out="$(timeout 600 "$LAUNCHER" predict --model "$WORK/tiny.zip" "$FASTA" 2>"$WORK/predict2.err")" \
      || fail "predict --model failed: $(cat "$WORK/predict2.err")"
    ok "ND4J natives: 1-epoch tiny model trained and used in the trimmed runtime (untrained output, shape only):"
    echo "$out" | sed 's/^/    /' | head -5
  else
    echo "check-image: skipped step 4 (no $DATA)"
  fi
fi
echo "check-image: all checks passed for $IMAGE"
