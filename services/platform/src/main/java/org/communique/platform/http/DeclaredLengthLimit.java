package org.communique.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.communique.platform.problem.Problem;

/**
 * Rejects a body whose declared Content-Length is over the limit before anything reads it, with a
 * problem document; it runs just ahead of Quarkus' own check, which would answer a bare 413. Bodies of
 * unknown length are counted as they are read (see {@link StreamedBodyLimit}).
 */
@ApplicationScoped
public class DeclaredLengthLimit {

    @Inject
    HttpLimits config;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    long bytes() {
        return config.maxRequestSize().asLongValue();
    }

    private void check(RoutingContext context) {
        long limit = bytes();
        if (declaredLength(context) <= limit) {
            context.next();
            return;
        }
        try {
            byte[] problem = json.writeValueAsBytes(PayloadTooLarge.problem(limit, context.request().path()));
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close())
                    .end(Buffer.buffer(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static long declaredLength(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x has already refused a malformed Content-Length
        }
    }
}
