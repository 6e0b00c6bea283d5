package eu.euromedjustice.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * Sends bytes exactly as written, for the HTTP messages no client library will produce (other
 * versions, missing or repeated Host, broken chunking), and reads one answer.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 5000;

    private RawHttp() {
    }

    public static Answer send(String request) {
        return send(request.getBytes(StandardCharsets.UTF_8));
    }

    public static Answer send(byte[] request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean timedOut = false;
        boolean closed = false;
        byte[] buffer = new byte[8192];
        try {
            while (true) {
                int read = in.read(buffer);
                if (read < 0) {
                    closed = true;
                    break;
                }
                bytes.write(buffer, 0, read);
                if (isComplete(bytes.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            timedOut = true;
        } catch (IOException e) {
            closed = true; // reset by the server
        }
        return Answer.parse(bytes.toString(StandardCharsets.UTF_8), closed, timedOut);
    }

    /** Headers read and as many body bytes as Content-Length says. */
    private static boolean isComplete(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Long length = null;
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return length != null && received.length >= end + 4 + length;
    }

    /** One HTTP answer, or what came before the connection closed or went silent. */
    public record Answer(int status, String statusLine, Map<String, List<String>> headers, String body,
            boolean closed, boolean timedOut) {

        static Answer parse(String text, boolean closed, boolean timedOut) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = -1;
            if (lines.length > 0 && lines[0].startsWith("HTTP/") && lines[0].length() >= 12) {
                status = Integer.parseInt(lines[0].substring(9, 12));
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            return new Answer(status, lines.length > 0 ? lines[0] : "", headers, body, closed, timedOut);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }
}
