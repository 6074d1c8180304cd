#!/usr/bin/env bash
# Builds the LocLens Linux installer from an already built app (app/target/loclens.jar + app/target/lib/):
#   1. stages loclens.jar + the jars its manifest names (linux-x86_64 natives only) in target/staging/input,
#   2. asks jdeps which JDK modules those jars use and jlinks a trimmed Java 17 runtime (target/runtime),
#   3. jpackages an app image (target/jpackage/loclens) and a .deb (target/loclens_<version>-1_amd64.deb).
#
# Run by `mvn -Pinstaller -pl installer package` (profile "installer" in installer/pom.xml) or by hand:
#   installer/build-installer.sh [--version 0.1.0] [--types "app-image deb"] [--jdk /path/to/jdk17]
# Environment: LOCLENS_JDK (JDK 17 with jlink + jpackage + jmods), LOCLENS_EXTRA_MODULES (comma list),
#   LOCLENS_NO_APT=1 (never apt-get install fakeroot/dpkg-dev/binutils, just fail if they are missing),
#   LOCLENS_DEB_MAINTAINER (e-mail in the .deb's Maintainer field; default a placeholder),
#   DPKG_DEB_COMPRESSOR_TYPE (default gzip here; xz is ~15% smaller and much slower).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TARGET="$HERE/target"
APP_TARGET="$ROOT/app/target"

VERSION=""
TYPES="app-image deb"
JDK="${LOCLENS_JDK:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --types) TYPES="$2"; shift 2 ;;
    --jdk) JDK="$2"; shift 2 ;;
    -h|--help) sed -n "2,11p" "$0"; exit 0 ;;
    *) echo "build-installer: unknown argument $1" >&2; exit 64 ;;
  esac
done

log() { echo "build-installer: $*" >&2; }
die() { echo "build-installer: ERROR: $*" >&2; exit 1; }

# ---------- JDK 17 with jlink, jpackage and jmods ----------
is_jdk17() {
  [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jpackage" ] && [ -x "$1/bin/jdeps" ] && [ -d "$1/jmods" ] \
    && "$1/bin/java" -version 2>&1 | head -1 | grep -q '"17\.'
}
if [ -z "$JDK" ]; then
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-17-jdk-amd64 /usr/lib/jvm/*17*; do
    if [ -n "$c" ] && is_jdk17 "$c"; then JDK="$c"; break; fi
  done
fi
[ -n "$JDK" ] && is_jdk17 "$JDK" || die "need a JDK 17 with jlink, jpackage and jmods/ (set LOCLENS_JDK); found '${JDK:-none}'"
log "JDK: $JDK ($("$JDK/bin/java" -version 2>&1 | head -1))"

if [ -z "$VERSION" ]; then
  # the parent pom's own <version> (first <version> directly under <project>, after the modelVersion)
  VERSION="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
fi
APP_VERSION="${VERSION%%-*}"   # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
[[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot turn version '$VERSION' into a jpackage version"

[ -f "$APP_TARGET/loclens.jar" ] && [ -d "$APP_TARGET/lib" ] \
  || die "no $APP_TARGET/loclens.jar + lib/: run 'mvn -q -DskipTests package' from $ROOT first"

# ---------- tools for the .deb ----------
if [[ " $TYPES " == *" deb "* ]]; then
  missing=()
  command -v fakeroot >/dev/null || missing+=(fakeroot)
  command -v dpkg-deb >/dev/null || missing+=(dpkg-dev)
  command -v objcopy >/dev/null || missing+=(binutils)
  if [ ${#missing[@]} -gt 0 ]; then
    [ "${LOCLENS_NO_APT:-0}" = 1 ] && die "missing ${missing[*]}: apt-get install fakeroot dpkg-dev binutils"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
    log "installing ${missing[*]} (needed by jpackage --type deb)"
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}" \
      || { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; } \
      || die "could not install ${missing[*]}: run 'sudo apt-get install fakeroot dpkg-dev binutils'"
  fi
fi

rm -rf "$TARGET/staging" "$TARGET/runtime" "$TARGET/jpackage" "$TARGET"/loclens_*.deb
mkdir -p "$TARGET/staging/input/lib" "$TARGET/staging/jdeps" "$TARGET/jpackage"
INPUT="$TARGET/staging/input"

# ---------- 1. staging: loclens.jar + the jars its manifest names, Linux x86-64 natives only ----------
cp "$APP_TARGET/loclens.jar" "$INPUT/"
CLASSPATH_JARS="$(unzip -p "$APP_TARGET/loclens.jar" META-INF/MANIFEST.MF | tr -d '\r' \
  | awk '/^Class-Path:/{on=1; sub(/^Class-Path: /,""); printf "%s",$0; next} on&&/^ /{sub(/^ /,""); printf "%s",$0; next} {on=0}' \
  | tr ' ' '\n' | grep -v '^$')"
[ -n "$CLASSPATH_JARS" ] || die "loclens.jar has no Class-Path in its manifest"
# classifiers of native jars built for another platform (javacpp/nd4j: windows-, macosx-, android-, linux-arm64...;
# JavaFX: -win, -mac, -mac-aarch64, -linux-aarch64)
FOREIGN='-(windows|macosx|android|ios)-[a-z0-9_]+|-linux-(arm64|armhf|aarch64|ppc64le|x86|riscv64|s390x)(\.jar|-)|-(win|mac|mac-aarch64|linux-aarch64)\.jar$'
n=0; excluded=()
while read -r rel; do
  src="$APP_TARGET/$rel"
  [ -f "$src" ] || die "manifest names $rel, not in $APP_TARGET (stale lib/? rebuild the app)"
  if [[ "$(basename "$rel")" =~ $FOREIGN ]]; then excluded+=("$(basename "$rel")"); continue; fi
  cp "$src" "$INPUT/lib/"; n=$((n + 1))
done <<< "$CLASSPATH_JARS"
[ ${#excluded[@]} -eq 0 ] || log "excluded non-linux-x86_64 native jars: ${excluded[*]}"
# JNA ships natives for every platform inside one jar: keep com/sun/jna/linux-x86-64 only
for j in "$INPUT"/lib/jna-[0-9]*.jar; do
  [ -f "$j" ] || continue
  foreign="$(unzip -Z1 "$j" | grep -E '^com/sun/jna/[^/]+/.+\.(so|dll|dylib|jnilib|a)$' | grep -v '^com/sun/jna/linux-x86-64/' || true)"
  if [ -n "$foreign" ]; then
    echo "$foreign" | xargs zip -q -d "$j"
    log "$(basename "$j"): dropped $(echo "$foreign" | wc -l) non-linux-x86-64 JNA natives"
  fi
done
log "staged loclens.jar + $n jars ($(du -sh "$INPUT" | cut -f1)) in $INPUT"

# any native library left must be for linux x86-64
bad="$(for j in "$INPUT"/lib/*.jar; do unzip -Z1 "$j" | grep -E '\.(dll|dylib|jnilib)$|(windows|macosx|darwin|win32|android|aarch64|arm64|armhf|ppc64)[^/]*/[^/]+\.so' | sed "s#^#$(basename "$j"): #"; done || true)"
[ -z "$bad" ] || die "foreign native libraries still staged:
$bad"

# ---------- 2. jdeps + jlink ----------
# jdeps refuses the modular jars here (their module-info names modules that are not on a module path),
# so it reads copies without module-info; every jar is analysed, not only those loclens.jar reaches
# statically (ND4J's backend, JAXB and slf4j-simple are found through ServiceLoader).
JDEPS_IN="$TARGET/staging/jdeps"
targets=("$INPUT/loclens.jar")
for j in "$INPUT"/lib/*.jar; do
  mi="$(unzip -Z1 "$j" | grep -E '(^|/)module-info\.class$' || true)"
  if [ -n "$mi" ]; then
    cp "$j" "$JDEPS_IN/"; echo "$mi" | xargs zip -q -d "$JDEPS_IN/$(basename "$j")"
    targets+=("$JDEPS_IN/$(basename "$j")")
  else
    targets+=("$j")
  fi
done
JDEPS_MODULES="$("$JDK/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "${targets[@]}" | tail -1)"
[[ "$JDEPS_MODULES" =~ ^java\.base ]] || die "jdeps failed: $JDEPS_MODULES"
log "jdeps: $JDEPS_MODULES"
# Always added: what is used by reflection/ServiceLoader or only at run time, which jdeps cannot see:
#   jdk.unsupported.desktop + java.scripting (javafx-swing, javafx-fxml), jdk.crypto.ec (TLS), jdk.zipfs (zip
#   file systems), java.prefs/java.naming/java.management (JavaFX, logging, JAXB, OSHI at run time),
#   jdk.localedata is NOT added (English UI; saves 10 MB).
BASE_MODULES="java.base,java.desktop,java.prefs,java.logging,java.management,jdk.management,java.naming,java.sql,java.xml,java.scripting,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs"
MODULES="$(echo "$JDEPS_MODULES,$BASE_MODULES${LOCLENS_EXTRA_MODULES:+,$LOCLENS_EXTRA_MODULES}" | tr ',' '\n' | grep -v '^$' | sort -u | paste -sd, -)"
log "jlink modules: $MODULES"
"$JDK/bin/jlink" --module-path "$JDK/jmods" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$TARGET/runtime"
echo "$MODULES" > "$TARGET/runtime-modules.txt"
rm -rf "$JDEPS_IN"
log "runtime: $(du -sh "$TARGET/runtime" | cut -f1)"

# ---------- 3. jpackage ----------
ICON="$HERE/src/main/icon/loclens.png"
COMMON=(--name loclens --app-version "$APP_VERSION" --vendor "LocLens project"
  --copyright "LocLens contributors, GPL-3.0-or-later"
  --description "Subcellular localization of proteins with convolutional LSTM networks")
# jpackage cannot set environment variables (OMP_NUM_THREADS): the app sets ND4J/OpenMP threads itself.
"$JDK/bin/jpackage" --type app-image "${COMMON[@]}" --dest "$TARGET/jpackage" \
  --input "$INPUT" --main-jar loclens.jar --main-class org.loclens.app.Main \
  --runtime-image "$TARGET/runtime" \
  --java-options '-Xmx2g' \
  --icon "$ICON"
IMAGE="$TARGET/jpackage/loclens"
log "app image: $IMAGE ($(du -sh "$IMAGE" | cut -f1))"

if [[ " $TYPES " == *" deb "* ]]; then
  # The payload is jars (already deflated): xz (dpkg's default) saves ~15% but takes minutes on a busy machine.
  export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
  "$JDK/bin/jpackage" --type deb "${COMMON[@]}" --dest "$TARGET" --app-image "$IMAGE" \
    --linux-package-name loclens --linux-deb-maintainer "${LOCLENS_DEB_MAINTAINER:-maintainer@loclens.invalid}" \
    --linux-app-category science --linux-menu-group "Science;Biology;Education" \
    --linux-shortcut --icon "$ICON" \
    --linux-package-deps libgtk-3-0 \
    --resource-dir "$HERE/src/main/deb"
  # libgtk-3-0: JavaFX's GTK glass (its .so files sit inside javafx-graphics, so jpackage's ldd scan misses them).
  # src/main/deb/{postinst,prerm}: jpackage's templates + a /usr/bin/loclens symlink.
  DEB="$(ls "$TARGET"/loclens_*.deb)"
  log "deb: $DEB ($(du -h "$DEB" | cut -f1); installed size $(dpkg-deb -f "$DEB" Installed-Size) KiB)"
fi
log "done; smoke test: installer/check-image.sh"
