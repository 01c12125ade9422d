package org.communique.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The {@link WebhookReceiver} as a child JVM, and what it has received: first delivery time per release. */
final class ReceiverProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    final Map<String, Long> firstDelivery = new ConcurrentHashMap<>();
    final AtomicLong deliveries = new AtomicLong();

    private ReceiverProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ReceiverProcess start() throws IOException {
        // C1 only: its hot path is small, and with C2 as well its JVM spent 8 times as long compiling within a step
        Process process = new ProcessBuilder(Java.command(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), WebhookReceiver.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        if (first == null || !first.startsWith("listening ")) {
            process.destroyForcibly();
            throw new IOException("the webhook receiver did not start: " + first);
        }
        ReceiverProcess receiver = new ReceiverProcess(process, Integer.parseInt(first.substring(10).trim()));
        Thread reader = new Thread(() -> receiver.read(lines), "webhook-receiver-output");
        reader.setDaemon(true);
        reader.start();
        return receiver;
    }

    private void read(BufferedReader lines) {
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                deliveries.incrementAndGet();
                long at = Long.parseLong(line.substring(0, space));
                firstDelivery.merge(line.substring(space + 1), at, Math::min);
            }
        } catch (IOException | NumberFormatException e) {
            // the receiver has gone
        }
    }

    long pid() {
        return process.pid();
    }

    String url(int endpoint) {
        return "http://127.0.0.1:" + port + "/hook/" + endpoint;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // it is going anyway
        }
        process.destroy();
    }
}
