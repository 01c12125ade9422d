package org.communique.enrichment.tagger.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One annotated release of a gold set (one line of JSONL), annotated by the project's annotation guidelines. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(
        String id,
        String lang,
        String published,
        String title,
        String text,
        List<String> countries,
        List<Official> officials,
        Visit visit,
        String notes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Official(@JsonProperty("name_en") String nameEn, @JsonProperty("name_ru") String nameRu,
                           List<String> aliases, String country, String role, String tier, String mention) {

        public boolean core() {
            return "core".equals(tier);
        }

        public boolean roleOnly() {
            return "role_only".equals(mention);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Visit(@JsonProperty("visitor_country") String visitorCountry,
                        @JsonProperty("host_country") String hostCountry, List<String> visitors, String status,
                        String kind, String when) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<GoldDocument> read(String resource) {
        InputStream in = GoldDocument.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no " + resource + " on the test classpath");
        }
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    docs.add(JSON.readValue(line, GoldDocument.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
