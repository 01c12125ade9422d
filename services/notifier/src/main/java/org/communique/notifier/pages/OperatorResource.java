package org.communique.notifier.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communique.platform.admin.AdminKeyRule;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * The operator page, behind the admin key: topics with their sizes, consumer lag, the dead letters with
 * their reasons, and the replay of one. The key is posted with every form (never in a URL); the page is
 * not cached.
 */
@Path("/operator")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class OperatorResource {

    private static final Logger LOG = Logger.getLogger(OperatorResource.class);

    private final OperatorConfig config;
    private final AdminKeyRule adminKeyRule;
    private final KafkaView kafka;
    private final Template operator;

    public OperatorResource(OperatorConfig config, KafkaView kafka, @Location("pages/operator.html") Template operator) {
        this.config = config;
        this.adminKeyRule = new AdminKeyRule(config.adminKey(), "communique.operator.admin-key");
        this.kafka = kafka;
        this.operator = operator;
    }

    @GET
    public Response prompt(@QueryParam("lang") String lang) {
        return page(200, view(Texts.of(lang, null), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response show(@FormParam("lang") String lang, @FormParam("adminKey") String adminKey) {
        Map<String, String> t = Texts.of(lang, null);
        if (!authorized(adminKey)) {
            return page(401, view(t, null, "401: admin key"));
        }
        return page(200, view(t, adminKey, null));
    }

    @POST
    @Path("replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replay(@FormParam("lang") String lang, @FormParam("adminKey") String adminKey,
                           @FormParam("topic") String topic, @FormParam("partition") int partition,
                           @FormParam("offset") long offset) {
        Map<String, String> t = Texts.of(lang, null);
        if (!authorized(adminKey)) {
            return page(401, view(t, null, "401: admin key"));
        }
        String message;
        int status = 200;
        try {
            message = "replayed " + topic + "-" + partition + "@" + offset + " → " + kafka.replay(topic, partition, offset);
        } catch (IllegalArgumentException e) {
            status = 400;
            message = e.getMessage();
        } catch (Exception e) {
            LOG.warnf("operator replay of %s-%d@%d failed: %s", topic, partition, offset, e.toString());
            status = 503;
            message = "replay failed: " + e.getMessage();
        }
        return page(status, view(t, adminKey, message));
    }

    private TemplateInstance view(Map<String, String> t, String adminKey, String message) {
        TemplateInstance page = operator.data("t", t).data("adminKey", adminKey).data("message", message);
        if (adminKey == null) {
            return page.data("topics", List.of()).data("lag", List.of()).data("letters", List.of());
        }
        try {
            return page.data("topics", kafka.topics()).data("lag", kafka.lag())
                    .data("letters", kafka.deadLetters(config.deadLettersShown()));
        } catch (Exception e) {
            LOG.warnf("operator page: Kafka not readable: %s", e.toString());
            return page.data("topics", List.of()).data("lag", List.of()).data("letters", List.of())
                    .data("message", "Kafka is not reachable: " + e.getMessage());
        }
    }

    private boolean authorized(String adminKey) {
        return adminKeyRule.matches(adminKey);
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "default-src 'self'; script-src 'none'; style-src 'self'; "
                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .entity(page.render()).build();
    }
}
