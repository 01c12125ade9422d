package org.communique.ingest.polling;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.ingest.IngestConfig;

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
 * GETs feeds and pages: conditional when validators are known, bounded in time (connect and whole response)
 * and in size, gzip understood. Redirects are followed here rather than by the client, at most
 * {@value #MAX_REDIRECTS} and never from https to http, so that each target can be checked before it is asked:
 * an article page may only redirect within its source's site.
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
    private final int maxBytes;
    private final String userAgent;

    HttpFetcher(IngestConfig config) {
        IngestConfig.Polling polling = config.polling();
        this.timeout = polling.timeout();
        this.maxBytes = polling.maxResponseBytes();
        this.userAgent = polling.userAgent();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(polling.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Fetched fetch(URI uri, String accept, Validators validators) {
        return fetch(uri, accept, validators, target -> true);
    }

    /** As {@link #fetch(URI, String, Validators)}, refusing to follow a redirect to a target {@code allowed} rejects. */
    Fetched fetch(URI uri, String accept, Validators validators, Predicate<URI> allowed) {
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            Fetched fetched = fetchOnce(current, accept, validators);
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

    private Fetched fetchOnce(URI uri, String accept, Validators validators) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<byte[]> response = send(uri, request.GET().build());
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

    private HttpResponse<byte[]> send(URI uri, HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request, info -> new LimitedBody(maxBytes));
        try {
            // the request timeout covers the wait for headers; this bounds the body too
            return response.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new PollFailure("no complete response from " + uri + " within " + timeout);
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
        return new PollFailure("reading " + uri + " failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }

    private byte[] gunzip(byte[] compressed, URI uri) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new PollFailure("response larger than " + maxBytes + " bytes once decompressed from " + uri);
            }
            return body;
        } catch (IOException e) {
            throw new PollFailure("response from " + uri + " is not valid gzip", e);
        }
    }
}
