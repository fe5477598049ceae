package app.scorecard.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that misbehaves on purpose, where GreenMail cannot: one that refuses every recipient for good (550),
 * or one that accepts connections and then says nothing until it is closed.
 */
final class FakeSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final boolean silent;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final AtomicInteger recipientsRefused = new AtomicInteger();

    private FakeSmtpServer(int port, boolean silent) throws IOException {
        this.silent = silent;
        this.socket = new ServerSocket();
        this.socket.setReuseAddress(true);
        this.socket.bind(new InetSocketAddress("localhost", port));
        Thread acceptor = new Thread(this::accept, "fake-smtp-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static FakeSmtpServer refusingRecipients(int port) throws IOException {
        return new FakeSmtpServer(port, false);
    }

    static FakeSmtpServer silent(int port) throws IOException {
        return new FakeSmtpServer(port, true);
    }

    boolean awaitConnection() throws InterruptedException {
        return connected.await(10, TimeUnit.SECONDS);
    }

    int recipientsRefused() {
        return recipientsRefused.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.add(connection);
                connected.countDown();
                if (!silent) {
                    Thread session = new Thread(() -> refuse(connection), "fake-smtp-session");
                    session.setDaemon(true);
                    session.start();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void refuse(Socket connection) {
        try (connection;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(connection.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 fake.example.org ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("RCPT")) {
                    recipientsRefused.incrementAndGet();
                    reply(out, "550 5.1.1 No such mailbox here");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
