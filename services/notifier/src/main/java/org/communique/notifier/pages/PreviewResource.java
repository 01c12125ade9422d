package org.communique.notifier.pages;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Map;

/**
 * The subscribe form's "Preview" button (a plain submit to this address, so it works without JavaScript): the
 * subscribe page again with the visitor's entries and the recent releases the filter would have matched.
 */
@Path("/preview")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PreviewResource {

    private final Previews previews;
    private final SubscribePage subscribe;

    public PreviewResource(Previews previews, SubscribePage subscribe) {
        this.previews = previews;
        this.subscribe = subscribe;
    }

    /** The language link of a preview page (a GET of this address): the empty form in that language. */
    @GET
    @Operation(hidden = true)
    public Response again(@QueryParam("lang") String lang) {
        return Response.seeOther(URI.create("/?lang=" + Texts.of(lang, null).get("lang"))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response preview(@BeanParam SubscribeForm form, @Context HttpServerRequest request) {
        Map<String, String> t = Texts.of(form.lang, null);
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Previews.Outcome outcome = previews.run(form, client, t);
        return PageResponse.html(outcome.status(), subscribe.view(t, form, outcome.error(), outcome.hits()), "'self'");
    }
}
