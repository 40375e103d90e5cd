#!/usr/bin/env bash
# Builds the installable app for this operating system from target/clearpath.jar and target/lib/:
#   a trimmed Java runtime (jlink, modules from jdeps), an app-image (jpackage), on Linux also a .deb when
#   dpkg-deb and fakeroot are present, and a class-data-sharing archive for a faster start.
# Run through Maven: ./mvnw -Ppackage package   (or directly: packaging/package.sh VERSION after ./mvnw package)
# The option files next to this script are the same ones the documented Windows and macOS commands use.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: packaging/package.sh VERSION}"
version="${version%%-*}" # jpackage wants plain numbers (0.1.0), not 0.1.0-SNAPSHOT

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
bin="$JAVA_HOME/bin"
for tool in jdeps jlink jpackage; do
  [ -x "$bin/$tool" ] || { echo "package: $bin/$tool not found; set JAVA_HOME to a full JDK 17+" >&2; exit 1; }
done
feature=$("$bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')

case "$(uname -s)" in
  Linux) os=linux; name=clearpath ;;
  Darwin) os=macos; name=Clearpath ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; name=Clearpath ;;
  *) echo "package: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac

work=target/package
dist=target/dist
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$dist"
cp target/clearpath.jar "$work/input/"
cp target/lib/*.jar "$work/input/"

# Modules the code needs (jdeps), plus what it reaches by reflection or service lookup:
# Spanish dates need locale data (en and es only), JDK logging/JMX/naming are used by the libraries.
found=$("$bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps --recursive \
  --class-path "$work/input/*" "$work/input/"*.jar 2>/dev/null | tail -1)
modules="$found,java.logging,java.naming,java.management,jdk.localedata,jdk.crypto.ec"
echo "package: runtime modules $modules"

compress="--compress=2"
[ "$feature" -ge 21 ] && compress="--compress=zip-6"
cds=""
"$bin/jlink" --list-plugins 2>/dev/null | grep -q -- "--generate-cds-archive" && cds="--generate-cds-archive"
"$bin/jlink" --add-modules "$modules" --include-locales=en,es --strip-debug --no-man-pages --no-header-files \
  $compress $cds --output "$work/runtime"

jvm_flags=()
if [ "$feature" -ge 22 ]; then
  # JavaFX and the SQLite driver load native code; say so up front instead of warning on every start.
  jvm_flags+=(--java-options "--enable-native-access=ALL-UNNAMED")
fi
if [ "$feature" -ge 24 ]; then
  jvm_flags+=(--java-options "--sun-misc-unsafe-memory-access=allow")
fi

"$bin/jpackage" --type app-image @packaging/common.opts @packaging/launcher.opts @"packaging/$os/app-image.opts" \
  --app-version "$version" --runtime-image "$work/runtime" --input "$work/input" --dest "$dist" "${jvm_flags[@]}"

case "$os" in
  linux) image="$dist/$name"; launcher="$image/bin/$name"; cfg="$image/lib/app/$name.cfg"; appdir="$image/lib/app" ;;
  macos) image="$dist/$name.app"; launcher="$image/Contents/MacOS/$name"; cfg="$image/Contents/app/$name.cfg"; appdir="$image/Contents/app" ;;
  windows) image="$dist/$name"; launcher="$image/$name.exe"; cfg="$image/app/$name.cfg"; appdir="$image/app" ;;
esac
[ "$os" = linux ] && cp packaging/linux/clearpath.png "$image/lib/clearpath.png"

# Class-data sharing: record the classes a real start loads into an archive that later starts map instead of
# parsing and verifying. The start recorded is the window's own (--measure-startup opens it, waits for the first
# page and closes), on the display or under Xvfb; with neither, a run of the plan command, which covers far less.
# Only kept if the launcher still runs with it.
if [ "$os" != windows ]; then
  jsa="$appdir/clearpath.jsa"
  smoke_dir=$(mktemp -d)
  if [ -n "${DISPLAY:-}" ] || [ "$os" = macos ]; then
    training=("$launcher" --data-dir "$smoke_dir" --measure-startup); recorded="a start of the window"
  elif command -v xvfb-run >/dev/null; then
    training=(xvfb-run -a -s "-screen 0 1920x1080x24" "$launcher" --data-dir "$smoke_dir" --measure-startup)
    recorded="a start of the window (Xvfb)"
  else
    training=("$launcher" --data-dir "$smoke_dir" plan packaging/smoke-intake.json); recorded="the plan command (no display)"
  fi
  # A first start makes the data folder and the day's backup, so the start recorded is an everyday one.
  "${training[@]}" >/dev/null 2>&1 || true
  if JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$jsa" "${training[@]}" >/dev/null 2>"$work/cds.log" && [ -s "$jsa" ]; then
    echo "package: class-data-sharing archive recorded from $recorded"
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/clearpath.jsa\njava-options=-Xshare:auto\n' > "$work/cds.cfg"
    sed -i.bak "/^\[JavaOptions\]/r $work/cds.cfg" "$cfg" && rm -f "$cfg.bak"
    if "$launcher" --version >/dev/null 2>&1; then
      echo "package: class-data-sharing archive added ($(du -h "$jsa" | cut -f1))"
    else
      echo "package: the launcher failed with the archive; removed it" >&2
      sed -i.bak '/clearpath.jsa/d;/-Xshare:auto/d' "$cfg" && rm -f "$cfg.bak" "$jsa"
    fi
  else
    echo "package: skipped the class-data-sharing archive (see $work/cds.log)"
    rm -f "$jsa"
  fi
  rm -rf "$smoke_dir"
fi

echo "package: app-image $image ($(du -sh "$image" | cut -f1))"
"$launcher" --version

if [ "$os" = linux ]; then
  if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    "$bin/jpackage" --type deb --app-image "$image" @packaging/common.opts @packaging/linux/deb.opts \
      --app-version "$version" --dest "$dist"
    echo "package: $(ls "$dist"/*.deb) ($(du -h "$dist"/*.deb | cut -f1))"
  else
    echo "package: skipped the .deb: dpkg-deb and fakeroot are needed (apt-get install dpkg-dev fakeroot)"
  fi
fi
