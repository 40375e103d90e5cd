package com.clearpath.app;

import com.clearpath.store.DataFolder;
import com.clearpath.store.InstanceLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's claim on its data folder ({@link InstanceLock}), and the small loopback listener through which a second
 * start asks the window already open to come forward. The listener answers only a caller that read the random token
 * from the owner-only lock file.
 */
public final class SingleInstance implements AutoCloseable {
    static final String SHOW = "show";
    private static final int WAIT_MS = 1500;
    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());

    /** What a start found: it owns the folder, or another process does (and was asked to come forward, or not). */
    public sealed interface Claim permits Owner, Second {
    }

    public record Owner(SingleInstance instance) implements Claim {
    }

    public record Second(Holder holder, boolean broughtForward) implements Claim {
    }

    /** Which process holds the folder, on which computer, since when: what a second start tells the person. */
    public record Holder(long pid, String host, Instant since) {
    }

    private final InstanceLock lock;
    private final ServerSocket server;

    private SingleInstance(InstanceLock lock, ServerSocket server) {
        this.lock = lock;
        this.server = server;
    }

    /** Claims {@code folder}; while owned, a second start's request runs {@code bringForward} (on a worker thread). */
    public static Claim claim(DataFolder folder, Runnable bringForward) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String token = HexFormat.of().formatHex(randomToken());
            InstanceLock.Outcome outcome = InstanceLock.acquire(folder, server.getLocalPort(), token);
            if (outcome instanceof InstanceLock.Acquired acquired) {
                SingleInstance owner = new SingleInstance(acquired.lock(), server);
                owner.listen(token, bringForward);
                return new Owner(owner);
            }
            server.close();
            InstanceLock.Holder holder = ((InstanceLock.Held) outcome).holder();
            return new Second(new Holder(holder.pid(), holder.host(), holder.since()), askToComeForward(holder));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static byte[] randomToken() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private void listen(String token, Runnable bringForward) {
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(WAIT_MS);
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    String line = in.readLine();
                    if ((token + " " + SHOW).equals(line)) {
                        bringForward.run();
                        OutputStream out = s.getOutputStream();
                        out.write("ok\n".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                } catch (IOException e) {
                    if (!server.isClosed()) {
                        LOG.log(Level.FINE, "A request to come forward could not be read", e);
                    }
                }
            }
        }, "clearpath-single-instance");
        t.setDaemon(true);
        t.start();
    }

    /** Asks the holder on this computer to bring its window forward; false when it did not answer. */
    static boolean askToComeForward(InstanceLock.Holder holder) {
        if (holder.port() <= 0 || holder.token().isEmpty() || !holder.host().equals(InstanceLock.thisHost())) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), holder.port()), WAIT_MS);
            s.setSoTimeout(WAIT_MS);
            s.getOutputStream().write((holder.token() + " " + SHOW + "\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            String reply = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return "ok".equals(reply);
        } catch (IOException e) {
            LOG.log(Level.INFO, "The copy of Clearpath holding the data folder did not answer", e);
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not close the single-instance listener", e);
        }
        try {
            lock.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not release the data folder's lock file", e);
        }
    }
}
