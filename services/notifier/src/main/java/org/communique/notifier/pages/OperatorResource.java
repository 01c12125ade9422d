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
import jakarta.ws.rs.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communique.contracts.Topics;
import org.communique.platform.admin.AdminKeyRule;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;
import org.communique.platform.problem.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * The operator page, behind the admin key: sources with their health, topics with their sizes and rates,
 * consumer lag, the dead letters with their reasons, and the replay of one; a link to the knowledge-base editor
 * ({@link KbEditorResource}), whose session a valid key here opens too. The key is posted with every form (never in a URL); the page is
 * not cached.
 */
@Path("/operator")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class OperatorResource {

    private static final Logger LOG = Logger.getLogger(OperatorResource.class);

    private final OperatorConfig config;
    private final AdminKeyRule adminKeyRule;
    private final OperatorDashboard dashboard;
    private final Template operator;
    private final OperatorSessions sessions;

    public OperatorResource(OperatorConfig config, OperatorDashboard dashboard, OperatorSessions sessions,
                            @Location("pages/operator.html") Template operator) {
        this.config = config;
        this.adminKeyRule = new AdminKeyRule(config.adminKey(), "communique.operator.admin-key");
        this.dashboard = dashboard;
        this.operator = operator;
        this.sessions = sessions;
    }

    @GET
    @Operation(hidden = true)
    public Response prompt(@QueryParam("lang") String lang) {
        return page(200, view(Texts.of(lang, null), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response show(@FormParam("lang") String lang, @FormParam("adminKey") String adminKey,
                         @Context HttpServerRequest request) {
        Map<String, String> t = Texts.of(lang, null);
        if (!authorized(adminKey)) {
            return page(401, view(t, null, "401: admin key"));
        }
        // the knowledge-base editor's link then needs no second key
        return Response.fromResponse(page(200, view(t, adminKey, null)))
                .cookie(sessions.cookie(sessions.open(), "https".equalsIgnoreCase(request.scheme()))).build();
    }

    /**
     * Replays one dead letter. Every form field is checked first: a missing or malformed one, or one that names
     * no record, is a 400 problem naming the field (not a page), like every other API of the services.
     */
    @POST
    @Path("replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response replay(@FormParam("lang") String lang, @FormParam("adminKey") String adminKey,
                           @FormParam("topic") String topic, @FormParam("partition") String partitionField,
                           @FormParam("offset") String offsetField) {
        Map<String, String> t = Texts.of(lang, null);
        if (!authorized(adminKey)) {
            return page(401, view(t, null, "401: admin key"));
        }
        Violations violations = new Violations();
        if (topic == null || topic.isBlank()) {
            violations.add("topic", "is required");
        } else if (!topic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            violations.add("topic", "must be a dead-letter topic (<topic>" + Topics.DEAD_LETTER_SUFFIX + ")");
        }
        long partition = number("partition", partitionField, Integer.MAX_VALUE, violations);
        long offset = number("offset", offsetField, Long.MAX_VALUE, violations);
        violations.throwIfAny();
        String message;
        int status = 200;
        try {
            message = "replayed " + topic + "-" + partition + "@" + offset + " → "
                    + dashboard.replay(topic, (int) partition, offset);
        } catch (ReplayRefused e) {
            throw ProblemException.badRequest(e.getMessage(), List.of(new Problem.FieldError(e.field(), e.getMessage())));
        } catch (Exception e) {
            LOG.warnf("operator replay of %s-%d@%d failed: %s", topic, partition, offset, e.toString());
            status = 503;
            message = "replay failed: " + e.getMessage();
        }
        return page(status, view(t, adminKey, message));
    }

    /** A whole number from 0 to {@code max}; -1 (and a violation) otherwise. */
    private static long number(String field, String value, long max, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "is required");
            return -1;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(field, "must be a whole number from 0 to " + max);
        return -1;
    }

    private TemplateInstance view(Map<String, String> t, String adminKey, String message) {
        TemplateInstance page = operator.data("t", t).data("adminKey", adminKey).data("message", message);
        if (adminKey == null) {
            return page.data("sources", List.of()).data("topics", List.of()).data("lag", List.of())
                    .data("letters", List.of()).data("problem", null);
        }
        OperatorDashboard.View view = dashboard.view();
        return page.data("sources", view.sources()).data("topics", view.topics()).data("lag", view.lag())
                .data("letters", view.letters()).data("problem", view.problem());
    }

    private boolean authorized(String adminKey) {
        return adminKeyRule.matches(adminKey);
    }

    private static Response page(int status, TemplateInstance page) {
        return PageResponse.html(status, page, "'none'");
    }
}
