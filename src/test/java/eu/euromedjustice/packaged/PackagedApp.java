package eu.euromedjustice.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged application (target/quarkus-app) as a process of its own, as it runs in production:
 * started with environment variables, asked over HTTP, stopped or killed with SIGKILL.
 */
final class PackagedApp implements AutoCloseable {

    static final String ADMIN_PASSWORD = "packaged-admin-password";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    private PackagedApp(String name, Path jar, Map<String, String> environment, Path log, int port) {
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        this.log = log;
        this.port = port;
    }

    /** An instance on the database of this build (H2 in the data directory, or PostgreSQL), not yet started. */
    static PackagedApp on(PackagedDatabase database, String name, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("EMJ_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("EMJ_DEMO_DATA_ENABLED", "false");
        environment.put("EMJ_SECURITY_BCRYPT_COST", "4");
        // these tests write and read as fast as they can; RateLimitTest proves the limits
        environment.put("EMJ_RATE_LIMIT_ENABLED", "false");
        environment.putAll(extra);
        environment.values().removeIf(value -> value == null || value.isEmpty());
        return new PackagedApp(name, JAR, environment, PackagedDatabase.WORK.resolve(name + ".log"), freePort());
    }

    /** Another packaged Quarkus application (the benchmark's yardstick), started the same way. */
    static PackagedApp other(Path jar, String name) {
        return new PackagedApp(name, jar, Map.of(), PackagedDatabase.WORK.resolve(name + ".log"), freePort());
    }

    PackagedApp start() {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("EMJ_") || key.startsWith("QUARKUS_"));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts and waits until ready, failing with the log when it does not get there. */
    PackagedApp startReady() {
        start();
        awaitReady(Duration.ofSeconds(120));
        return this;
    }

    void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (get("/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            sleep(200);
        }
        throw new AssertionError(name + " did not become ready within " + limit + ":\n" + logTail());
    }

    /** Waits for the process to end by itself; its exit code, or null when it is still running. */
    Integer awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    String token(String username, String password) {
        HttpResponse<String> response = send("POST", "/api/v1/auth/token", null,
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}", Map.of());
        if (response.statusCode() != 200) {
            throw new AssertionError("login of " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return read(response.body()).get("accessToken").asText();
    }

    String adminToken() {
        return token("admin", ADMIN_PASSWORD);
    }

    /** The operating system's id of the running process, for what only /proc tells (resident memory). */
    long pid() {
        return process.pid();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (awaitExit(Duration.ofSeconds(20)) == null) {
                kill();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
