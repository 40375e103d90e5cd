#!/usr/bin/env bash
# Builds the installable app for this operating system from target/clearpath.jar and target/lib/:
#   a trimmed Java runtime (jlink, modules from jdeps), an app-image (jpackage), on Linux also a .deb when
#   dpkg-deb and fakeroot are present, and an ahead-of-time cache (JDK 25+) or class-data archive for a faster start.
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

# The options each Java version adds to launcher.opts, from the class the benchmarks use too
# (com.clearpath.DesktopJvmOptions), run on the JDK that packages: the app and its cache are made with the same ones.
jvm_flags=()
added=()
while IFS= read -r option; do
  [ -n "$option" ] && jvm_flags+=(--java-options "$option") && added+=("$option")
done < <("$bin/java" -cp target/clearpath.jar com.clearpath.DesktopJvmOptions)
echo "package: options added for Java $feature: ${added[*]:-none}"

"$bin/jpackage" --type app-image @packaging/common.opts @packaging/launcher.opts @"packaging/$os/app-image.opts" \
  --app-version "$version" --runtime-image "$work/runtime" --input "$work/input" --dest "$dist" "${jvm_flags[@]}"

case "$os" in
  linux) image="$dist/$name"; launcher="$image/bin/$name"; cfg="$image/lib/app/$name.cfg"; appdir="$image/lib/app" ;;
  macos) image="$dist/$name.app"; launcher="$image/Contents/MacOS/$name"; cfg="$image/Contents/app/$name.cfg"; appdir="$image/Contents/app" ;;
  windows) image="$dist/$name"; launcher="$image/$name.exe"; cfg="$image/app/$name.cfg"; appdir="$image/app" ;;
esac
[ "$os" = linux ] && cp packaging/linux/clearpath.png "$image/lib/clearpath.png"

# What a start needs, prepared ahead: the classes a real start loads, recorded into a file that later starts map
# instead of parsing and verifying them. With JDK 25 and later that is an ahead-of-time cache (the classes also
# linked, and the lambdas resolved); before, a class-data-sharing archive. The start recorded is the window's own
# (--measure-startup opens it, waits for the first page and closes), on the display or under Xvfb; with neither, a
# run of the plan command, which covers far less.
# The file is only kept if the app still runs with it, and also once the app is moved elsewhere, as installing it
# does (the .deb puts it under /opt): before JDK 21 an archive only works where it was recorded, and would be
# refused with a warning on every start.
if [ "$os" != windows ]; then
  if [ "$feature" -ge 25 ]; then
    kind="ahead-of-time cache"; file="clearpath.aot"
    record="-XX:AOTCacheOutput=$appdir/$file"; strict="-XX:AOTMode=on"
    options=("-XX:AOTCache=\$APPDIR/$file")
  else
    kind="class-data-sharing archive"; file="clearpath.jsa"
    record="-XX:ArchiveClassesAtExit=$appdir/$file"; strict="-Xshare:on"
    options=("-XX:SharedArchiveFile=\$APPDIR/$file" "-Xshare:auto")
  fi
  # Starts with the file required, and without it required prints nothing but its version: a JVM that cannot use
  # the file says so on every start, in the output of the command line too.
  starts_cleanly() {
    JAVA_TOOL_OPTIONS="$strict" "$1" --version >>"$work/cds-check.log" 2>&1 || return 1
    local out
    out=$("$1" --version 2>&1)
    echo "$out" >>"$work/cds-check.log"
    [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] && [[ "$out" == "clearpath "* ]]
  }
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
  if JAVA_TOOL_OPTIONS="$record" "${training[@]}" >/dev/null 2>"$work/cds.log" && [ -s "$appdir/$file" ]; then
    echo "package: $kind recorded from $recorded"
    printf 'java-options=%s\n' "${options[@]}" > "$work/cds.cfg"
    sed -i.bak "/^\[JavaOptions\]/r $work/cds.cfg" "$cfg" && rm -f "$cfg.bak"
    moved=$(mktemp -d)
    cp -a "$image" "$moved/"
    moved_launcher="$moved/${launcher#"$dist/"}"
    if ! starts_cleanly "$launcher"; then
      why="the app does not start with it"
    elif ! starts_cleanly "$moved_launcher"; then
      why="it does not work once the app is moved (JDK $feature; package with JDK 25 for it)"
    else
      why=""
    fi
    rm -rf "$moved"
    if [ -z "$why" ]; then
      echo "package: $kind added ($(du -h "$appdir/$file" | cut -f1)), checked in place and moved"
    else
      echo "package: $kind left out: $why (see $work/cds-check.log)" >&2
      sed -i.bak "/$file/d;/-Xshare:auto/d" "$cfg" && rm -f "$cfg.bak" "$appdir/$file"
    fi
  else
    echo "package: skipped the $kind (see $work/cds.log)"
    rm -f "$appdir/$file"
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
