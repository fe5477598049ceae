package app.scorecard.webhook.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A receiver on the loopback address (the JDK's own HTTP server): keeps every request it gets, and answers each with the
 * next status planned, 200 once none is left.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request as received: its headers (first value of each, by lower-case name) and body. */
    record Received(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> planned = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/scorecard", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            headers.put(":method", exchange.getRequestMethod());
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            received.add(new Received(headers, body));
            Integer status = planned.poll();
            exchange.sendResponseHeaders(status == null ? otherwise : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/scorecard";
    }

    /** The statuses of the next answers, in order. */
    void plan(Integer... statuses) {
        planned.addAll(List.of(statuses));
    }

    /** The status of every answer not planned. */
    void otherwise(int status) {
        this.otherwise = status;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose body mentions this text, e.g. {@code "id":42} of a round. */
    List<Received> about(String text) {
        return received.stream()
                .filter(request -> request.body().contains(text))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
