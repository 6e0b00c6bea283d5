package eu.euromedjustice.packaged;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PerformanceBenchmarkIT measures with, outside the JVM: nginx serving the service's own
 * answers as static files (the yardstick), wrk sending the load, and taskset giving each its core.
 * nginx and wrk come from the distribution's packages, installed when missing.
 */
final class LoadTools {

    /** The core of the servers (the service or nginx, one at a time); the load generator has the other. */
    static final String SERVER_CORE = "0";
    static final String CLIENT_CORE = "1";
    private static final Path SCRIPT = Path.of("src", "test", "resources", "benchmark", "requests.lua");
    private static final Pattern WRK_RESULT = Pattern.compile("WRK requests=(\\d+) duration_us=(\\d+) bytes=(\\d+) "
            + "socket_errors=(\\d+) status_errors=(\\d+) p50_us=(\\d+) p99_us=(\\d+)");

    private LoadTools() {
    }

    /** nginx and wrk, from apt when this machine lacks them (the benchmark runs as root, as CI does). */
    static void install() {
        if (onPath("nginx") && onPath("wrk")) {
            return;
        }
        run(Duration.ofMinutes(10), "apt-get", "install", "-y", "-q", "nginx-light", "wrk");
        if (!onPath("nginx") || !onPath("wrk")) {
            throw new AssertionError("nginx and wrk are needed: apt-get install nginx-light wrk");
        }
    }

    /** Pins every thread of a running process to the server core. */
    static void pinToServerCore(long pid) {
        run(Duration.ofSeconds(30), "taskset", "-a", "-p", "-c", SERVER_CORE, Long.toString(pid));
    }

    /** What wrk measured: answers per second and latency, counted after its own connection set-up. */
    record Load(long requests, double seconds, long bytes, long errors, double p50Millis, double p99Millis) {

        double perSecond() {
            return requests / seconds;
        }

        long bytesPerAnswer() {
            return requests == 0 ? 0 : bytes / requests;
        }
    }

    /**
     * wrk on the client core: {@code connections} connections in one thread for {@code duration},
     * each sending request lines of the file at random and pausing {@code pauseMillis} after each
     * answer (0: as fast as the server answers). Non-2xx/3xx answers count as errors.
     */
    static Load wrk(URI base, Path requests, int connections, Duration duration, double pauseMillis) {
        String output = run(duration.plusMinutes(2), "taskset", "-c", CLIENT_CORE, "wrk", "-t1", "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s", "-s", SCRIPT.toAbsolutePath().toString(), base.toString(),
                "--", requests.toAbsolutePath().toString(), String.format("%.3f", pauseMillis));
        Matcher result = WRK_RESULT.matcher(output);
        if (!result.find()) {
            throw new AssertionError("wrk printed no result:\n" + output);
        }
        return new Load(Long.parseLong(result.group(1)), Long.parseLong(result.group(2)) / 1e6, Long.parseLong(result.group(3)),
                Long.parseLong(result.group(4)) + Long.parseLong(result.group(5)), Long.parseLong(result.group(6)) / 1e3,
                Long.parseLong(result.group(7)) / 1e3);
    }

    /** Request lines for wrk's script: a path, or a path and the If-None-Match value to send with it. */
    static Path requestLines(Path directory, String name, List<String> lines) {
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve(name + ".txt"), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * nginx with one worker on the server core, serving files from its own directory as a
     * production static server would: sendfile, keep-alive, an access log to a buffered file.
     */
    static final class Nginx implements AutoCloseable {

        private final Path directory;
        private final Path root;
        private final int port;
        private Process process;
        private int files;

        Nginx(Path directory) {
            this.directory = directory.toAbsolutePath();
            this.root = this.directory.resolve("www");
            this.port = PackagedApp.freePort();
        }

        /** Serves the bytes at a path of its own; the path, for wrk's request lines. */
        String serve(byte[] body, String extension) {
            String path = "/" + (files++) + "." + extension;
            try {
                Files.createDirectories(root);
                Files.write(root.resolve(path.substring(1)), body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return path;
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + port);
        }

        Nginx start() {
            String config = """
                    worker_processes 1;
                    %s
                    daemon off;
                    pid %s/nginx.pid;
                    error_log %s/error.log;
                    events { worker_connections 4096; }
                    http {
                        types { application/json json; text/calendar ics; text/plain txt; }
                        sendfile on;
                        tcp_nopush on;
                        keepalive_requests 1000000;
                        access_log %s/access.log combined buffer=64k flush=1s;
                        client_body_temp_path %s/tmp;
                        proxy_temp_path %s/tmp;
                        fastcgi_temp_path %s/tmp;
                        uwsgi_temp_path %s/tmp;
                        scgi_temp_path %s/tmp;
                        server {
                            listen 127.0.0.1:%d;
                            root %s;
                        }
                    }
                    """.formatted("root".equals(System.getProperty("user.name")) ? "user root;" : "",
                    directory, directory, directory, directory, directory, directory, directory, directory, port, root);
            try {
                Files.createDirectories(directory.resolve("tmp"));
                Files.writeString(directory.resolve("nginx.conf"), config);
                process = new ProcessBuilder("taskset", "-c", SERVER_CORE, "nginx", "-p", directory.toString(), "-c",
                        directory.resolve("nginx.conf").toString()).redirectErrorStream(true)
                        .redirectOutput(directory.resolve("nginx.out").toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                try (Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                    return this;
                } catch (IOException e) {
                    PackagedApp.sleep(50);
                }
            }
            throw new AssertionError("nginx did not start: see " + directory.resolve("error.log"));
        }

        @Override
        public void close() {
            if (process != null) {
                process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Builds the empty Quarkus REST application of benchmark/empty-app with this project's Maven wrapper. */
    static Path buildEmptyApp() {
        run(Duration.ofMinutes(10), Path.of("mvnw").toAbsolutePath().toString(), "-q", "-B", "-f",
                Path.of("benchmark", "empty-app", "pom.xml").toString(), "package");
        return Path.of("target", "empty-app", "quarkus-app", "quarkus-run.jar");
    }

    private static boolean onPath(String command) {
        return exitCode("sh", "-c", "command -v " + command) == 0;
    }

    private static int exitCode(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Runs a command to its end; its output, or a failure with it when it exits with other than 0. */
    private static String run(Duration limit, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
