package org.communique.enrichment.docs;

import org.communique.platform.openapi.DocumentedApi;

import java.util.List;

/** What /q/openapi says about enrichment's operations (registered as mp.openapi.filter). */
public class EnrichmentApiDocs extends DocumentedApi {

    private static final String PERSON_EXAMPLE = """
            {"id": "kg-japarov-sadyr", "country": "KG",
             "names": [{"language": "ru", "text": "Садыр Жапаров"}, {"language": "en", "text": "Sadyr Japarov"}],
             "terms": [{"office": "president", "country": "KG", "from": "2021-01-28"}]}""";

    @Override
    protected String title() {
        return "Communiqué enrichment";
    }

    @Override
    protected String description() {
        return "Tags where and who: the countries, officials and organisations a release mentions and the visits, "
                + "talks and calls it reports, in ru, en, kk and ky. Consumes `press.releases`, produces "
                + "`press.releases.enriched`. The knowledge base is edited here with the admin key; every change "
                + "bumps `kbVersion` and reaches every instance without a restart.";
    }

    @Override
    protected List<Op> operations() {
        return List.of(
                Op.of("POST", "/api/v1/tag", null, "Tag a text now",
                        "Synchronous tagging of one text with the current knowledge base, as the pipeline would.")
                        .example("{\"text\": \"Глава МИД Казахстана прибыл в Бишкек с рабочим визитом.\", "
                                + "\"publishedAt\": \"2024-02-01\"}"),
                Op.of("GET", "/api/v1/kb", null, "Knowledge-base summary", "kbVersion and counts of each kind."),
                Op.of("GET", "/api/v1/names", null, "Autocomplete countries and officials",
                        "Public, read-only. `q` (1-50 characters) is matched against the start of any word of any "
                                + "spelling in ru, en, kk and ky; `kind` is `country` or `official`; `lang` (ru, en, kk, "
                                + "ky; default en) picks the name shown; `limit` 1-20 (default 10). Each hit's `id` is "
                                + "what a subscription filter takes (ISO code, official id). 600 lookups per minute per "
                                + "client address; bad input is a 400 problem."),
                Op.of("GET", "/api/v1/kb/changes", ADMIN_KEY, "Knowledge-base changes",
                        "Changes after `after` (a kbVersion), oldest first, at most `limit` (1-1000)."),
                Op.of("GET", "/api/v1/kb/people", ADMIN_KEY, "Search people",
                        "By `country` and name prefix `q` in any language."),
                Op.of("POST", "/api/v1/kb/people", ADMIN_KEY, "Add a person", "").example(PERSON_EXAMPLE),
                Op.of("GET", "/api/v1/kb/people/{id}", ADMIN_KEY, "One person",
                        "Answers with an `ETag`; send it back in `If-Match` on a replacing PUT and the change is refused with 412 if someone changed the record in between."),
                Op.of("PUT", "/api/v1/kb/people/{id}", ADMIN_KEY, "Replace a person",
                        "With `If-Match` (the `ETag` of the GET), refused with 412 problem+json if the record changed since it was read.").example(PERSON_EXAMPLE),
                Op.of("DELETE", "/api/v1/kb/people/{id}", ADMIN_KEY, "Remove a person", ""),
                Op.of("POST", "/api/v1/kb/people/{id}/names", ADMIN_KEY, "Add a name variant", "")
                        .example("{\"language\": \"ky\", \"text\": \"Садыр Жапаров\"}"),
                Op.of("DELETE", "/api/v1/kb/people/{id}/names/{name}", ADMIN_KEY, "Remove a name variant", ""),
                Op.of("GET", "/api/v1/kb/people/{id}/terms", ADMIN_KEY, "A person's offices and terms", ""),
                Op.of("POST", "/api/v1/kb/people/{id}/terms", ADMIN_KEY, "Add a term of office",
                        "`office`: president, prime_minister, foreign_minister, head_of_state, the UN and EU offices, "
                                + "upper_house_chair, lower_house_chair, deputy_foreign_minister, spokesperson, press_secretary, "
                                + "vice_president, defence_minister or ambassador; an "
                                + "ambassador's term needs `post`, the ISO 3166-1 code of the state accredited to (400 "
                                + "problem+json when it is missing or unknown), and no other office has one.")
                        .example("{\"office\": \"ambassador\", \"from\": \"2023-07-03\", \"post\": \"RU\"}"),
                Op.of("PUT", "/api/v1/kb/people/{id}/terms", ADMIN_KEY, "Replace the terms of office",
                        "With `If-Match` (the `ETag` of the GET), refused with 412 problem+json if the record changed since it was read."),
                Op.of("GET", "/api/v1/kb/countries", ADMIN_KEY, "Every country with names and aliases", ""),
                Op.of("GET", "/api/v1/kb/countries/{code}", ADMIN_KEY, "One country",
                        "Answers with an `ETag`; send it back in `If-Match` on a replacing PUT and the change is refused with 412 if someone changed the record in between."),
                Op.of("PUT", "/api/v1/kb/countries/{code}", ADMIN_KEY, "Replace a country's names",
                        "With `If-Match` (the `ETag` of the GET), refused with 412 problem+json if the record changed since it was read."),
                Op.of("POST", "/api/v1/kb/countries/{code}/aliases", ADMIN_KEY, "Add an alias", "")
                        .example("{\"language\": \"ru\", \"text\": \"Киргизия\"}"),
                Op.of("DELETE", "/api/v1/kb/countries/{code}/aliases", ADMIN_KEY, "Remove an alias",
                        "`text` and `language` name the alias."),
                Op.of("GET", "/api/v1/kb/organizations", ADMIN_KEY, "Every organisation", ""),
                Op.of("POST", "/api/v1/kb/organizations", ADMIN_KEY, "Add an organisation", ""),
                Op.of("GET", "/api/v1/kb/organizations/{id}", ADMIN_KEY, "One organisation", ""),
                Op.of("PUT", "/api/v1/kb/organizations/{id}", ADMIN_KEY, "Replace an organisation", ""),
                Op.of("DELETE", "/api/v1/kb/organizations/{id}", ADMIN_KEY, "Remove an organisation", ""));
    }
}
