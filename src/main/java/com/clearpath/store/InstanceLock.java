package com.clearpath.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * One app window per data folder. The lock file names the owner (process id, computer, when, and where it listens
 * to be brought forward); the operating system's lock on the file is what really excludes a second owner, and goes
 * away with the process however it ends. A file left by a process that is gone on this computer is taken over; one
 * naming another computer (a shared folder) is not, as that computer cannot be asked from here.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "clearpath.lock";

    /** Who holds the folder. {@code port} and {@code token} let a second start ask it to come forward. */
    public record Holder(long pid, String host, Instant since, int port, String token) {
        static Holder read(Path file) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
                return new Holder(Long.parseLong(p.getProperty("pid", "-1").strip()), p.getProperty("host", ""),
                        Instant.parse(p.getProperty("since", Instant.EPOCH.toString()).strip()),
                        Integer.parseInt(p.getProperty("port", "-1").strip()), p.getProperty("token", ""));
            } catch (IOException | RuntimeException e) {
                return new Holder(-1, "", Instant.EPOCH, -1, "");
            }
        }

        boolean empty() {
            return pid < 0 && host.isEmpty();
        }

        byte[] bytes() {
            return ("pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\nport=" + port + "\ntoken=" + token + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** The outcome of trying: this process owns the folder now, or another one does. */
    public sealed interface Outcome permits Acquired, Held {
    }

    public record Acquired(InstanceLock lock) implements Outcome {
    }

    public record Held(Holder holder) implements Outcome {
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock osLock;

    private InstanceLock(Path file, FileChannel channel, FileLock osLock) {
        this.file = file;
        this.channel = channel;
        this.osLock = osLock;
    }

    /** Tries to own {@code folder}; {@code port} and {@code token} are written for a second start to use. */
    public static Outcome acquire(DataFolder folder, int port, String token) throws IOException {
        return acquire(folder, port, token, thisHost(), ProcessHandle.current().pid());
    }

    static Outcome acquire(DataFolder folder, int port, String token, String host, long pid) throws IOException {
        Path file = folder.root().resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            DataFolder.restrictToOwner(file, false);
            FileLock os;
            try {
                os = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                os = null;
            }
            Holder previous = Holder.read(file);
            if (os == null) {
                channel.close();
                return new Held(previous);
            }
            if (!previous.empty() && stillThere(previous, host)) {
                os.release();
                channel.close();
                return new Held(previous);
            }
            Holder me = new Holder(pid, host, Instant.now(), port, token);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.bytes()), 0);
            channel.force(true);
            return new Acquired(new InstanceLock(file, channel, os));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether the owner a file names may still be running though its lock could be taken (a file system without
     * locks): another computer's process cannot be checked, so it counts as running; here, its process must be alive.
     */
    static boolean stillThere(Holder h, String host) {
        if (!h.host().equals(host)) {
            return !h.host().isEmpty();
        }
        return h.pid() != ProcessHandle.current().pid()
                && ProcessHandle.of(h.pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The owner named in {@code folder}'s lock file, if there is one. */
    public static Optional<Holder> holder(DataFolder folder) {
        Path file = folder.root().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Holder h = Holder.read(file);
        return h.empty() ? Optional.empty() : Optional.of(h);
    }

    /** This computer's name, read without a name-service lookup where the system allows (it can take seconds). */
    public static String thisHost() {
        String windows = System.getenv("COMPUTERNAME");
        if (windows != null && !windows.isBlank()) {
            return windows.strip();
        }
        try {
            Path linux = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(linux)) {
                return Files.readString(linux).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /**
     * Lets go at exit. The file is emptied rather than deleted: deleting it after the lock is released could remove
     * a file another start has just locked.
     */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            channel.force(true);
            osLock.release();
        } finally {
            channel.close();
        }
    }

    public Path file() {
        return file;
    }
}
