package org.communique.notifier.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communique.platform.admin.AdminKeyRule;
import org.communique.platform.limits.KeyedLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator page's knowledge-base editor: find a person, see their names and offices, add a person, an office
 * holding or a name variant, close an office holding, see the latest changes. Plain forms: each change is a POST
 * answered by a redirect to the page that shows it (a refusal shows the form again with the enrichment's reasons).
 * The admin key opens an {@link OperatorSessions operator session}; every request counts against the client
 * address' budget ({@code communique.operator.kb-requests-per-client-per-minute}).
 */
@Path("/operator/kb")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class KbEditorResource {

    private static final List<String> LANGUAGES = List.of("ru", "en", "kk", "ky");
    private static final List<String> FIELDS = List.of("id", "country", "ru", "en", "kk", "ky", "office", "from", "to");
    private static final Set<String> DONE = Set.of("created", "term-added", "term-closed", "name-added");

    private final AdminKeyRule adminKey;
    private final OperatorSessions sessions;
    private final KbEditor editor;
    private final KeyedLimiter perClient;
    private final Template kb;
    private final Template kbPerson;

    public KbEditorResource(OperatorConfig config, OperatorSessions sessions, KbEditor editor,
                            @Location("pages/kb.html") Template kb, @Location("pages/kb-person.html") Template kbPerson) {
        this.adminKey = new AdminKeyRule(config.adminKey(), "communique.operator.admin-key");
        this.sessions = sessions;
        this.editor = editor;
        this.perClient = new KeyedLimiter(config.kbRequestsPerClientPerMinute(), Duration.ofMinutes(1), 100_000);
        this.kb = kb;
        this.kbPerson = kbPerson;
    }

    @GET
    @Operation(hidden = true)
    public Response home(@QueryParam("lang") String lang, @QueryParam("q") String q, @QueryParam("in") String in,
                         @QueryParam("done") String done, @CookieParam(OperatorSessions.COOKIE) String cookie,
                         @Context HttpServerRequest request) {
        Map<String, String> t = KbTexts.of(lang);
        Optional<Response> refused = refused(request, t);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<OperatorSessions.Session> session = sessions.find(cookie);
        if (session.isEmpty()) {
            return page(200, prompt(t, null));
        }
        String query = q == null ? "" : q.strip();
        String language = in != null && KbForms.LANGUAGES.contains(in) ? in : t.get("lang");
        KbEditor.Outcome outcome = KbEditor.Outcome.OK;
        List<KbEditor.Hit> hits = null;
        if (!query.isEmpty()) {
            if (query.length() > KbForms.MAX_QUERY) {
                outcome = KbEditor.Outcome.invalid(List.of("q: 1 to " + KbForms.MAX_QUERY + " characters"));
            } else {
                hits = editor.search(query, language);
            }
        }
        return page(outcome.status(), homeView(t, session.get(), outcome, done(t, done), Map.of())
                .data("q", query.length() > KbForms.MAX_QUERY ? "" : query).data("searchIn", language).data("hits", hits));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response login(@FormParam("lang") String lang, @FormParam("adminKey") String key, @Context HttpServerRequest request) {
        Map<String, String> t = KbTexts.of(lang);
        Optional<Response> refused = refused(request, t);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!adminKey.matches(key)) {
            return page(401, prompt(t, "401: " + t.get("kbKey")));
        }
        OperatorSessions.Session session = sessions.open();
        return Response.seeOther(URI.create("/operator/kb?lang=" + t.get("lang")))
                .cookie(sessions.cookie(session, secure(request))).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response logout(@FormParam("lang") String lang, @CookieParam(OperatorSessions.COOKIE) String cookie,
                           @Context HttpServerRequest request) {
        sessions.close(cookie);
        return Response.seeOther(URI.create("/operator?lang=" + KbTexts.of(lang).get("lang")))
                .cookie(OperatorSessions.expired(secure(request))).build();
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("lang") String lang, @FormParam("csrf") String csrf,
                           @CookieParam(OperatorSessions.COOKIE) String cookie,
                           @FormParam("id") String id, @FormParam("country") String country,
                           @FormParam("ru") String ru, @FormParam("en") String en, @FormParam("kk") String kk,
                           @FormParam("ky") String ky, @FormParam("office") String office, @FormParam("from") String from,
                           @FormParam("to") String to, @FormParam("acting") String acting, @Context HttpServerRequest request) {
        Map<String, String> t = KbTexts.of(lang);
        Optional<Response> refused = refused(request, t);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<OperatorSessions.Session> session = session(cookie, csrf);
        if (session.isEmpty()) {
            return page(401, prompt(t, t.get("kbSession")));
        }
        KbForms.NewPerson form = new KbForms.NewPerson(id, country, ru, en, kk, ky,
                new KbForms.NewTerm(office, from, to, acting != null));
        KbEditor.Outcome outcome = editor.create(form);
        if (outcome.ok()) {
            return redirect("/operator/kb/people/" + id.strip(), t, "created");
        }
        Map<String, String> entered = new java.util.HashMap<>();
        put(entered, "id", id);
        put(entered, "country", country);
        put(entered, "ru", ru);
        put(entered, "en", en);
        put(entered, "kk", kk);
        put(entered, "ky", ky);
        put(entered, "office", office);
        put(entered, "from", from);
        put(entered, "to", to);
        return page(outcome.status(), homeView(t, session.get(), outcome, null, entered).data("q", "")
                .data("searchIn", t.get("lang")).data("hits", null));
    }

    @GET
    @Path("people/{id}")
    @Operation(hidden = true)
    public Response person(@PathParam("id") String id, @QueryParam("lang") String lang, @QueryParam("done") String done,
                           @CookieParam(OperatorSessions.COOKIE) String cookie, @Context HttpServerRequest request) {
        Map<String, String> t = KbTexts.of(lang);
        Optional<Response> refused = refused(request, t);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<OperatorSessions.Session> session = sessions.find(cookie);
        if (session.isEmpty()) {
            return page(200, prompt(t, null));
        }
        return personPage(t, session.get(), id, KbEditor.Outcome.OK, done(t, done));
    }

    /** The language link of a page answering one of the POSTs below: the person's page in that language. */
    @GET
    @Path("people/{id}/{action: .+}")
    @Operation(hidden = true)
    public Response again(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String target = KbForms.personId(id) ? "/operator/kb/people/" + id : "/operator/kb";
        return Response.seeOther(URI.create(target + "?lang=" + KbTexts.of(lang).get("lang"))).build();
    }

    @GET
    @Path("{action:login|logout|people}")
    @Operation(hidden = true)
    public Response homeAgain(@QueryParam("lang") String lang) {
        return Response.seeOther(URI.create("/operator/kb?lang=" + KbTexts.of(lang).get("lang"))).build();
    }

    @POST
    @Path("people/{id}/terms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addTerm(@PathParam("id") String id, @FormParam("lang") String lang, @FormParam("csrf") String csrf,
                            @CookieParam(OperatorSessions.COOKIE) String cookie, @FormParam("office") String office,
                            @FormParam("from") String from, @FormParam("to") String to, @FormParam("acting") String acting,
                            @Context HttpServerRequest request) {
        return change(id, lang, csrf, cookie, request, "term-added",
                () -> editor.addTerm(id, new KbForms.NewTerm(office, from, to, acting != null)));
    }

    @POST
    @Path("people/{id}/terms/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response closeTerm(@PathParam("id") String id, @FormParam("lang") String lang, @FormParam("csrf") String csrf,
                              @CookieParam(OperatorSessions.COOKIE) String cookie, @FormParam("office") String office,
                              @FormParam("from") String from, @FormParam("to") String to,
                              @Context HttpServerRequest request) {
        return change(id, lang, csrf, cookie, request, "term-closed", () -> editor.closeTerm(id, office, from, to));
    }

    @POST
    @Path("people/{id}/names")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addName(@PathParam("id") String id, @FormParam("lang") String lang, @FormParam("csrf") String csrf,
                            @CookieParam(OperatorSessions.COOKIE) String cookie, @FormParam("kind") String kind,
                            @FormParam("language") String language, @FormParam("name") String name,
                            @Context HttpServerRequest request) {
        return change(id, lang, csrf, cookie, request, "name-added", () -> editor.addName(id, new KbForms.NewName(kind, language, name)));
    }

    private Response change(String id, String lang, String csrf, String cookie, HttpServerRequest request, String done,
                            java.util.function.Supplier<KbEditor.Outcome> action) {
        Map<String, String> t = KbTexts.of(lang);
        Optional<Response> refused = refused(request, t);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<OperatorSessions.Session> session = session(cookie, csrf);
        if (session.isEmpty()) {
            return page(401, prompt(t, t.get("kbSession")));
        }
        if (!KbForms.personId(id)) {
            return personPage(t, session.get(), id, KbEditor.Outcome.OK, null);
        }
        KbEditor.Outcome outcome = action.get();
        if (outcome.ok()) {
            return redirect("/operator/kb/people/" + id, t, done);
        }
        return personPage(t, session.get(), id, outcome, null);
    }

    private Response personPage(Map<String, String> t, OperatorSessions.Session session, String id,
                                KbEditor.Outcome outcome, String message) {
        KbEditor.Outcome[] read = {KbEditor.Outcome.OK};
        Optional<KbEditor.Person> person = KbForms.personId(id) ? editor.person(id, read)
                : Optional.empty();
        if (!KbForms.personId(id)) {
            read[0] = new KbEditor.Outcome(404, "No person '" + id + "'.", List.of());
        }
        KbEditor.Outcome shown = outcome.ok() ? read[0] : outcome;
        int status = !outcome.ok() ? outcome.status() : read[0].status();
        return page(status, kbPerson.data("t", t).data("csrf", session.csrf()).data("person", person.orElse(null))
                .data("outcome", shown.ok() ? null : shown).data("message", message).data("offices", KbForms.OFFICES).data("languages", LANGUAGES));
    }

    private TemplateInstance homeView(Map<String, String> t, OperatorSessions.Session session, KbEditor.Outcome outcome,
                                  String message, Map<String, String> entered) {
        List<String> problem = new ArrayList<>();
        List<KbEditor.Change> changes = editor.recentChanges(problem);
        return kb.data("t", t).data("signedIn", true).data("csrf", session.csrf()).data("outcome", outcome.ok() ? null : outcome)
                .data("message", message).data("f", entered(entered)).data("changes", changes)
                .data("changesProblem", problem.isEmpty() ? null : problem.get(0)).data("offices", KbForms.OFFICES)
                .data("languages", LANGUAGES);
    }

    private TemplateInstance prompt(Map<String, String> t, String message) {
        return kb.data("t", t).data("signedIn", false).data("csrf", null).data("outcome", null).data("message", message)
                .data("f", entered(Map.of())).data("changes", List.of()).data("changesProblem", null).data("offices", List.of())
                .data("q", "").data("searchIn", t.get("lang")).data("hits", null).data("languages", LANGUAGES);
    }

    private Optional<OperatorSessions.Session> session(String cookie, String csrf) {
        return sessions.find(cookie).filter(s -> s.carries(csrf));
    }

    private Optional<Response> refused(HttpServerRequest request, Map<String, String> t) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        KeyedLimiter.Decision decision = perClient.tryAcquire(client);
        if (decision.allowed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, decision.retryAfter().toSeconds());
        Response page = page(429, prompt(t, t.get("kbRate") + " (" + seconds + " s)"));
        return Optional.of(Response.fromResponse(page).header("Retry-After", seconds).build());
    }

    private static String done(Map<String, String> t, String done) {
        return done != null && DONE.contains(done) ? t.get("kbDone-" + done) : null;
    }

    private static Response redirect(String path, Map<String, String> t, String done) {
        return Response.seeOther(URI.create(path + "?lang=" + t.get("lang") + "&done="
                + URLEncoder.encode(done, StandardCharsets.UTF_8))).build();
    }

    /** Every field of the add-a-person form, as typed or empty. */
    private static Map<String, String> entered(Map<String, String> typed) {
        Map<String, String> all = new java.util.HashMap<>();
        FIELDS.forEach(f -> all.put(f, typed.getOrDefault(f, "")));
        return all;
    }

    private static void put(Map<String, String> entered, String field, String value) {
        if (value != null) {
            entered.put(field, value.length() > 1000 ? value.substring(0, 1000) : value);
        }
    }

    private static boolean secure(HttpServerRequest request) {
        return "https".equalsIgnoreCase(request.scheme());
    }

    private static Response page(int status, TemplateInstance page) {
        return PageResponse.html(status, page, "'none'");
    }
}
