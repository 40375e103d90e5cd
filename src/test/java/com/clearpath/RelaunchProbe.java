package com.clearpath;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link RelaunchTest} in a JVM of its own: says its process id, then replaces itself through the native
 * library with {@link After}, which says its process id and what it was given, and exits 7.
 */
public final class RelaunchProbe {
    private RelaunchProbe() {
    }

    public static void main(String[] args) {
        System.out.println("before=" + ProcessHandle.current().pid());
        System.out.flush();
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("CLEARPATH_PROBE", "replaced");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), After.class.getName(), "an argument", "--data-dir=/tmp/a folder");
        int error = Relaunch.replace(new Relaunch.Command(command, environment, Path.of(args[0]), "probe"));
        System.out.println("failed=" + error);
        System.exit(3);
    }

    /** The program the probe becomes. */
    public static final class After {
        private After() {
        }

        public static void main(String[] args) {
            System.out.println("after=" + ProcessHandle.current().pid() + " " + System.getenv("CLEARPATH_PROBE") + " "
                    + String.join("|", args));
            System.exit(7);
        }
    }
}
