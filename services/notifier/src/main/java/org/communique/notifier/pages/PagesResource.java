package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The subscriber pages: subscribe with pickers, see the token and secret once, manage a subscription by
 * its token (pause, resume, edit, delete, attempts with redeliver, failing sources, live stream). Plain
 * HTML forms: everything but the live stream works without JavaScript. Every action goes through the
 * public API ({@link SelfApi}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PagesResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ACTIONS = Set.of("pause", "resume", "delete", "test", "redeliver", "save");

    private final SelfApi api;
    private final SubscribePage subscribe;
    private final Template created;
    private final Template manage;

    public PagesResource(SelfApi api, SubscribePage subscribe,
                         @Location("pages/created.html") Template created, @Location("pages/manage.html") Template manage) {
        this.api = api;
        this.subscribe = subscribe;
        this.created = created;
        this.manage = manage;
    }

    @GET
    @Operation(hidden = true)
    public Response subscribePage(@QueryParam("lang") String lang,
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Map<String, String> t = Texts.of(lang, acceptLanguage);
        return page(200, subscribe.view(t, SubscribeForm.EMPTY, null, null));
    }

    /** The language link of a page answering a POST to /subscribe: the empty form in that language. */
    @GET
    @Path("subscribe")
    @Operation(hidden = true)
    public Response subscribeAgain(@QueryParam("lang") String lang) {
        return Response.seeOther(java.net.URI.create("/?lang=" + Texts.of(lang, null).get("lang"))).build();
    }

    @POST
    @Path("subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response subscribe(@BeanParam SubscribeForm form, @Context HttpServerRequest request) {
        Map<String, String> t = Texts.of(form.lang, null);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        try {
            body.set("filter", form.filter());
            body.set("channel", form.channelJson());
        } catch (FilterForm.TooLarge e) {
            return page(400, subscribe.view(t, form, e.getMessage(), null));
        }
        SelfApi.Answer answer = api.call(port(request), "POST", "/api/v1/subscriptions", null, body);
        if (!answer.ok()) {
            return page(answer.status(), subscribe.view(t, form, answer.problem(), null));
        }
        return page(201, created.data("t", t).data("s", map(answer.body())).data("email", "email".equals(form.channel)));
    }

    @GET
    @Path("manage")
    @Operation(hidden = true)
    public Response managePrompt(@QueryParam("lang") String lang,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return page(200, manageView(Texts.of(lang, acceptLanguage), null, null, null, null, null));
    }

    @POST
    @Path("manage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response manage(@FormParam("lang") String lang, @FormParam("id") String id, @FormParam("token") String token,
                           @FormParam("action") String action, @FormParam("deliveryId") String deliveryId,
                           @FormParam("filter") String filter, @Context HttpServerRequest request) {
        Map<String, String> t = Texts.of(lang, null);
        UUID subscriptionId = parse(id);
        if (subscriptionId == null || token == null || token.isBlank() || token.length() > 200) {
            return page(400, manageView(t, null, null, null, null, t.get("error") + ": id / token"));
        }
        int port = port(request);
        String base = "/api/v1/subscriptions/" + subscriptionId;
        String message = null;
        if (action != null && !action.isBlank()) {
            if (!ACTIONS.contains(action)) {
                return page(400, manageView(t, null, null, null, null, t.get("error") + ": " + action));
            }
            SelfApi.Answer done = switch (action) {
                case "delete" -> api.call(port, "DELETE", base, token, null);
                case "redeliver" -> api.call(port, "POST", base + "/deliveries/" + safeSegment(deliveryId) + "/redeliver", token, null);
                case "save" -> api.call(port, "PATCH", base, token, editedFilter(filter));
                default -> api.call(port, "POST", base + "/" + action, token, null);
            };
            if (done.ok() && "delete".equals(action)) {
                return page(200, manageView(t, null, null, null, null, t.get("deleted")));
            }
            message = !done.ok() ? t.get("error") + ": " + done.problem()
                    : "test".equals(action) ? t.get("testSent") : t.get("done");
        }
        SelfApi.Answer subscription = api.call(port, "GET", base, token, null);
        if (!subscription.ok()) {
            return page(subscription.status(), manageView(t, null, null, null, null, t.get("error") + ": " + subscription.problem()));
        }
        SelfApi.Answer deliveries = api.call(port, "GET", base + "/deliveries", token, null);
        JsonNode attempts = deliveries.ok() ? deliveries.body() : null;
        return page(200, manageView(t, subscription.body(), attempts, token, pretty(subscription.body().path("filter")), message));
    }

    private TemplateInstance manageView(Map<String, String> t, JsonNode s, JsonNode deliveries, String token,
                                        String filterJson, String message) {
        return manage.data("t", t).data("s", s == null ? null : map(s)).data("attempts", attempts(deliveries)).data("token", token)
                .data("filterJson", filterJson).data("message", message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }

    private static List<Map<String, Object>> attempts(JsonNode deliveries) {
        if (deliveries == null) {
            return List.of();
        }
        JsonNode items = deliveries.isArray() ? deliveries : deliveries.path("items");
        if (!items.isArray()) {
            items = deliveries.path("deliveries");
        }
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        items.forEach(i -> list.add(map(i)));
        return list;
    }

    private static JsonNode editedFilter(String filter) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (filter == null || filter.length() > 20_000) {
            return body;
        }
        try {
            body.set("filter", JSON.readTree(filter));
        } catch (Exception e) {
            body.put("filter", filter);
        }
        return body;
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (Exception e) {
            return node.toString();
        }
    }

    private static String safeSegment(String value) {
        return value == null || !value.matches("[A-Za-z0-9_-]{1,100}") ? "invalid" : value;
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int port(HttpServerRequest request) {
        return request.localAddress().port();
    }

    private static Response page(int status, TemplateInstance page) {
        return PageResponse.html(status, page, "'self'");
    }
}
