package org.communique.ingest.docs;

import org.communique.platform.openapi.DocumentedApi;

import java.util.List;

/** What /q/openapi says about ingest's operations (registered as mp.openapi.filter). */
public class IngestApiDocs extends DocumentedApi {

    private static final String RELEASE_EXAMPLE = """
            {"externalId": "2024-02-01-japarov", "title": "Садыр Жапаров посетит Казахстан",
             "body": "Президент Кыргызстана Садыр Жапаров в этом году посетит Казахстан с официальным визитом.",
             "language": "ru", "url": "https://mfa.gov.kg/ru/news/2024-02-01", "publishedAt": "2024-02-01T09:00:00Z"}""";
    private static final String SOURCE_EXAMPLE = """
            {"name": "MFA of Kyrgyzstan", "kind": "HTML", "country": "KG", "language": "ru",
             "url": "https://mfa.gov.kg/ru/osnovnoe-menyu/press-sluzhba/novosti", "pollInterval": "PT10M",
             "selectors": {"list": ".news-list a", "title": "h1", "body": ".news-content", "date": "time"}}""";

    @Override
    protected String title() {
        return "Communiqué ingest";
    }

    @Override
    protected String description() {
        return "Takes press releases in: ministries push them with their source key, and the sources an operator "
                + "registers are polled (RSS, Atom, HTML). Every accepted release is written with its outbox row in "
                + "one transaction and reaches the `press.releases` topic. Errors are RFC 9457 problem+json.";
    }

    @Override
    protected List<Op> operations() {
        return List.of(
                Op.of("POST", "/api/v1/releases", SOURCE_KEY, "Submit a release",
                        "Stores the release and queues it for `press.releases`; 202 with its id and version. The same "
                                + "externalId again answers with the same id (`unchanged`) or a new version (`updated`). "
                                + "An `Idempotency-Key` header makes a retry answer as the first call did for 24 h. "
                                + "Bodies over 1 MiB get 413, a source over its rate 429 with Retry-After; when too many "
                                + "releases wait to be stored, 503 with Retry-After. The 202 comes once the release is "
                                + "committed (stored with others arriving at the same time, in one transaction); a "
                                + "release the database refuses gets 422.")
                        .example(RELEASE_EXAMPLE),
                Op.of("GET", "/api/v1/releases/{id}", SOURCE_KEY, "Read one of the calling source's releases",
                        "A source reads its own releases only; any other id is 404."),
                Op.of("GET", "/api/v1/releases", ADMIN_KEY, "List what a source produced",
                        "Newest first; `source` is the source id, `limit` (1-500) and `offset` page."),
                Op.of("POST", "/api/v1/sources", ADMIN_KEY, "Register a source",
                        "RSS, ATOM, HTML (polled) or PUSH. A PUSH source's key is in the answer, shown this once.")
                        .example(SOURCE_EXAMPLE),
                Op.of("GET", "/api/v1/sources", ADMIN_KEY, "List sources with their health",
                        "Filters `kind` and `enabled`; health is OK, DEGRADED or FAILING with the last error."),
                Op.of("GET", "/api/v1/sources/{id}", ADMIN_KEY, "One source with its health", ""),
                Op.of("PATCH", "/api/v1/sources/{id}", ADMIN_KEY, "Change a source",
                        "Only the fields sent change.").example("{\"pollInterval\": \"PT30M\", \"enabled\": true}"),
                Op.of("DELETE", "/api/v1/sources/{id}", ADMIN_KEY, "Disable a source", "Its releases stay."),
                Op.of("POST", "/api/v1/sources/{id}/keys", ADMIN_KEY, "Rotate a PUSH source's key",
                        "The new key is in the answer, shown once; the old one works for `grace`.")
                        .example("{\"grace\": \"PT24H\"}"),
                Op.of("POST", "/api/v1/sources/{id}/poll", ADMIN_KEY, "Poll a source now",
                        "Answers with the poll's outcome (new, updated and unchanged items)."));
    }
}
