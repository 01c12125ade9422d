package org.communique.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoadRunnerJsonTest {

    @Test
    void writesTheSameBodyAsJacksonWroteFromAMap() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ReleaseGenerator generator = new ReleaseGenerator(3, 20, 0.05, 0.2);
        for (int i = 0; i < 300; i++) {
            ReleaseGenerator.Generated release = generator.next();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("externalId", release.externalId());
            body.put("title", release.title());
            body.put("body", release.body());
            body.put("language", release.language());

            assertThat(LoadRunner.json(release)).isEqualTo(mapper.writeValueAsBytes(body));
        }
    }
}
