package org.communique.enrichment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.communique.enrichment.budget.TaggingBudget;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.kb.KbDataFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

/**
 * {@code POST /api/v1/tag} of the service with the tagger over the shipped data files and nothing else (no Kafka, no
 * database), for scoring an annotated set with an external scorer: same request and response shapes as
 * {@link TagResource}. A development tool, not part of the service: run it with the test classpath (see README,
 * "Benchmarks"), {@code org.communique.enrichment.api.LocalTagApi [port]}, default port 8082, on loopback only.
 */
public final class LocalTagApi {

    private LocalTagApi() {
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8082;
        Tagger tagger = Tagger.build(KbDataFiles.fromClasspath());
        TaggingBudget budget = TaggingBudget.ofCharacters(200_000);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/api/v1/tag", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                TagRequest request = json.readValue(exchange.getRequestBody().readNBytes(TagResource.MAX_TEXT_BYTES * 2),
                        TagRequest.class);
                TaggingBudget.Budgeted input = budget.apply(new TagInput(request.title(), request.text(),
                        request.language(), PublicationDates.parse(request.publishedAt())));
                TagResponse response = TagResponse.of(tagger.tag(input.input()), input.tagged());
                byte[] body = json.writeValueAsBytes(response);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (RuntimeException e) {
                System.err.println("tag request failed: " + e);
            }
        });
        server.start();
        System.out.println("tagging API on http://127.0.0.1:" + port + "/api/v1/tag");
    }
}
