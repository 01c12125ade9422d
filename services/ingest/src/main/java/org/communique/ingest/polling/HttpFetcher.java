package org.communique.ingest.polling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communique.ingest.IngestConfig;
import org.communique.platform.net.NetFailure;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.TargetGuard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * GETs feeds and pages: conditional when validators are known, bounded in time (connect, each response, and
 * the whole fetch with its redirects) and in size (body as sent and once gzip is undone), gzip understood.
 * Redirects are followed here rather than by the client, at most {@value #MAX_REDIRECTS} and never from https
 * to http, so that each target can be checked before it is asked: every hop must pass the platform's
 * {@link TargetGuard} (public addresses only, unless allowlisted in the local and test profiles), and an
 * article page may only redirect within its source's site. A refused hop is never requested.
 *
 * <p>The JDK client resolves the host again when it connects, so a name that changes its answer between
 * the check and the connection (DNS rebinding) is not excluded the way the notifier's pinned webhook
 * connections exclude it; names are checked on every hop and every poll, which narrows the window.
 */
@ApplicationScoped
public class HttpFetcher {

    static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, */*;q=0.5";
    static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final Duration timeout;
    private final Duration totalTimeout;
    private final int maxBytes;
    private final int maxDecompressedBytes;
    private final String userAgent;
    private final TargetGuard guard;

    @Inject
    HttpFetcher(IngestConfig config, TargetGuard guard) {
        this(config.polling().connectTimeout(), config.polling().timeout(), config.polling().totalTimeout(),
                config.polling().maxResponseBytes(), config.polling().maxDecompressedBytes(),
                config.polling().userAgent(), guard);
    }

    HttpFetcher(Duration connectTimeout, Duration timeout, Duration totalTimeout, int maxBytes,
                int maxDecompressedBytes, String userAgent, TargetGuard guard) {
        this.timeout = timeout;
        this.totalTimeout = totalTimeout;
        this.maxBytes = maxBytes;
        this.maxDecompressedBytes = maxDecompressedBytes;
        this.userAgent = userAgent;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Fetched fetch(URI uri, String accept, Validators validators) {
        return fetch(uri, accept, validators, target -> true);
    }

    /** As {@link #fetch(URI, String, Validators)}, refusing to follow a redirect to a target {@code allowed} rejects. */
    Fetched fetch(URI uri, String accept, Validators validators, Predicate<URI> allowed) {
        URI current = uri;
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        for (int redirects = 0; ; redirects++) {
            checkTarget(current, redirects == 0 ? null : uri);
            Fetched fetched = fetchOnce(current, accept, validators, deadline);
            if (fetched.location() == null) {
                return fetched;
            }
            URI next = redirectTarget(current, fetched.location());
            if (redirects == MAX_REDIRECTS) {
                throw new PollFailure("more than " + MAX_REDIRECTS + " redirects from " + uri);
            }
            if (!allowed.test(next)) {
                throw new PollFailure("redirect from " + current + " to " + next + " leaves the source's site");
            }
            current = next;
        }
    }

    /** Refuses a target the guard refuses, before any request is made to it. */
    private void checkTarget(URI target, URI redirectedFrom) {
        try {
            guard.check(target);
        } catch (RefusedTargetException e) {
            throw new PollFailure((redirectedFrom == null ? "the URL " : "a redirect from " + redirectedFrom + " ")
                    + NetFailure.classify(e).message().replace("target refused: ", "was refused: "));
        }
    }

    private static URI redirectTarget(URI from, String location) {
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new PollFailure("unreadable redirect location from " + from);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || next.getHost() == null) {
            throw new PollFailure("redirect from " + from + " to something other than an http(s) URL");
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
            throw new PollFailure("redirect from " + from + " downgrades https to http");
        }
        return next;
    }

    private Fetched fetchOnce(URI uri, String accept, Validators validators, long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw new PollFailure("no complete response from " + uri + " within " + totalTimeout + " in all");
        }
        Duration wait = left.compareTo(timeout) < 0 ? left : timeout;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(wait)
                .header("User-Agent", userAgent)
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<byte[]> response = send(uri, request.GET().build(), wait);
        int status = response.statusCode();
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (status == 304) {
            return new Fetched(304, new byte[0], contentType, etag, lastModified, response.uri(), null);
        }
        if (REDIRECTS.contains(status)) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new PollFailure("HTTP " + status + " without a Location from " + uri));
            return Fetched.redirect(status, location, response.uri());
        }
        if (status < 200 || status > 299) {
            throw new PollFailure("HTTP " + status + " from " + uri);
        }
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
        byte[] body = gzipped ? gunzip(response.body(), uri) : response.body();
        return new Fetched(status, body, contentType, etag, lastModified, response.uri(), null);
    }

    private HttpResponse<byte[]> send(URI uri, HttpRequest request, Duration wait) {
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request, info -> new LimitedBody(maxBytes));
        try {
            // the request timeout covers the wait for headers; this bounds the body too
            return response.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new PollFailure("no complete response from " + uri + " within " + wait.toMillis() + " ms");
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new PollFailure("interrupted while reading " + uri, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private PollFailure failure(URI uri, Throwable cause) {
        if (cause instanceof PollFailure failure) {
            return new PollFailure(failure.getMessage() + " from " + uri);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new PollFailure("could not connect to " + uri + " within the connect timeout", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new PollFailure("no response from " + uri + " within " + timeout, cause);
        }
        if (cause instanceof ConnectException) {
            return new PollFailure("could not connect to " + uri + " (" + cause.getMessage() + ")", cause);
        }
        return new PollFailure("reading " + uri + " failed: " + NetFailure.classify(cause).message(), cause);
    }

    private byte[] gunzip(byte[] compressed, URI uri) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] body = in.readNBytes(maxDecompressedBytes + 1);
            if (body.length > maxDecompressedBytes) {
                throw new PollFailure("response larger than " + maxDecompressedBytes + " bytes once decompressed from "
                        + uri);
            }
            return body;
        } catch (IOException e) {
            throw new PollFailure("response from " + uri + " is not valid gzip", e);
        }
    }
}
