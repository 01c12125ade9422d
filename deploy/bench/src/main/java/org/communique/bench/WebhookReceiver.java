package org.communique.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The bench's webhook endpoint, a JVM of its own so that receiving does not share a process with loading:
 * answers every POST with 204 and prints one line per delivery, {@code <epoch millis> <release id>}, after a
 * first line {@code listening <port>}. Stops when its standard input closes (the bench has gone).
 * <p>
 * One Vert.x event loop does everything (receiving, answering, writing the lines and flushing them), so that the
 * receiver's own CPU stays small beside the stack it measures.
 */
public final class WebhookReceiver {

    static final String NO_RELEASE = "-";
    private static final String[] RELEASE_ID = {"data", "release", "release", "id"};

    private WebhookReceiver() {
    }

    public static void main(String[] args) throws Exception {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                        .setAcceptBacklog(1024))
                .requestHandler(request -> request.body().onComplete(body -> {
                    receive(request, body.succeeded() ? body.result() : null, out);
                }));
        server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        out.write("listening " + server.actualPort() + "\n");
        out.flush();
        vertx.setPeriodic(100, timer -> {
            try {
                out.flush();
            } catch (IOException e) {
                System.exit(0);
            }
        });
        // the bench closes our standard input when it is done (or dies): then we go too
        while (System.in.read() >= 0) {
            // nothing is sent on standard input
        }
        System.exit(0);
    }

    /** Runs on the event loop only, so the writer needs no lock. */
    private static void receive(HttpServerRequest request, Buffer body, BufferedWriter out) {
        long now = System.currentTimeMillis();
        String releaseId = body == null ? NO_RELEASE : releaseId(body.getBytes());
        request.response().setStatusCode(204).end();
        try {
            out.write(Long.toString(now));
            out.write(' ');
            out.write(releaseId);
            out.write('\n');
        } catch (IOException e) {
            System.exit(0);
        }
    }

    /** The release an alert is about, or {@link #NO_RELEASE} for anything else (a test ping, say). */
    static String releaseId(byte[] alert) {
        try {
            String id = JsonPath.text(alert, RELEASE_ID);
            return id == null ? NO_RELEASE : id;
        } catch (IOException e) {
            return NO_RELEASE;
        }
    }
}
