package org.communique.notifier.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A rendered page with the pages' headers: never cached, a CSP that allows only this origin's scripts and styles. */
final class PageResponse {

    private PageResponse() {
    }

    /** @param scriptSrc {@code 'self'} for pages with a script, {@code 'none'} for the others */
    static Response html(int status, TemplateInstance page, String scriptSrc) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "default-src 'self'; script-src " + scriptSrc + "; style-src 'self'; "
                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .entity(page.render()).build();
    }
}
