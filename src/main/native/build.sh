#!/usr/bin/env bash
# Builds the native half of com.clearpath.Relaunch (launch.c) into DIR/libclearpath-launch.so with the C compiler,
# against the JNI headers of the JDK at JAVA_HOME_DIR. Where it cannot be built (not Linux, no gcc, no headers)
# it says so and leaves it out: `java -jar clearpath.jar` then simply starts without relaunching itself.
#   build.sh DIR JAVA_HOME_DIR
set -u
out="$1"
jdk="$2"
src="$(cd "$(dirname "$0")" && pwd)/launch.c"
lib="$out/libclearpath-launch.so"
mkdir -p "$out"
rm -f "$lib"
if [ "$(uname -s)" != Linux ]; then
  echo "native launcher: not Linux; java -jar starts without relaunching itself"
  exit 0
fi
if ! command -v gcc >/dev/null 2>&1; then
  echo "native launcher: no gcc; java -jar starts without relaunching itself"
  exit 0
fi
if [ ! -f "$jdk/include/jni.h" ]; then
  echo "native launcher: no JNI headers under $jdk/include; java -jar starts without relaunching itself"
  exit 0
fi
if ! gcc -shared -fPIC -O2 -Wall -Wextra -Werror -I"$jdk/include" -I"$jdk/include/linux" -o "$lib" "$src"; then
  rm -f "$lib"
  echo "native launcher: gcc failed; java -jar starts without relaunching itself"
fi
exit 0
