package dk.segl.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * An HTTP/1.1 client that connects from an address of its own in 127.0.0.0/8, so a test can be a
 * client the login throttle counts apart from every other test (which all come from 127.0.0.1).
 * The JDK's HttpClient cannot choose its local address before Java 19, hence a socket.
 */
final class ClientAt {

    /** Where the test server listens, and only there. */
    private static final InetAddress SERVER = loopback(new byte[] {127, 0, 0, 1});

    private final InetAddress local;
    private final URL base;

    private ClientAt(InetAddress local, URL base) {
        this.local = local;
        this.base = base;
    }

    /** A client at a loopback address no other test uses. */
    static ClientAt newAddress(URL base) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new ClientAt(loopback(new byte[] {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(0, 256),
                (byte) random.nextInt(1, 255)}), base);
    }

    private static InetAddress loopback(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The server's host and port, as a browser names them in Host and Origin. */
    String host() {
        return base.getHost() + ":" + base.getPort();
    }

    String address() {
        return local.getHostAddress();
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Answer postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        List<String> all = new ArrayList<>(List.of(headers));
        all.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
        return send("POST", path, body, all.toArray(String[]::new));
    }

    private Answer send(String method, String path, String body, String... headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                .append("Host: ").append(host()).append("\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(SERVER, base.getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Answer.read(socket.getInputStream());
        } catch (IOException e) {
            throw new AssertionError("Segl did not answer " + method + " " + path + " from " + address() + ": " + e, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What came back: the status, the headers (names in lower case) and the body as text. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        /** Retry-After in seconds; fails when there is none. */
        long retryAfter() {
            return Long.parseLong(header("Retry-After").orElseThrow(() -> new AssertionError("No Retry-After: " + this)));
        }

        static Answer read(InputStream in) throws IOException {
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            byte[] rest = in.readAllBytes();
            boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
            return new Answer(status, headers, new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8));
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("The answer ended inside its headers");
                }
                head.write(b);
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
            }
            return head.toString(StandardCharsets.ISO_8859_1).strip();
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = indexOfCrLf(chunked, at);
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, length);
                at = lineEnd + 2 + length + 2;
            }
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            throw new AssertionError("A chunk size line without its end");
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }
}
