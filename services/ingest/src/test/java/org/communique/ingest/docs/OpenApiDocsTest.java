package org.communique.ingest.docs;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.communique.testing.docs.OpenApiCheck;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** /q/openapi describes every operation and tells the truth about credentials; /q/swagger-ui is served. */
@QuarkusTest
class OpenApiDocsTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void documentMatchesTheService() throws Exception {
        OpenApiCheck check = OpenApiCheck.of(base.toURI());
        assertThat(check.document().path("openapi").asText()).startsWith("3.");
        assertThat(check.document().path("paths").size()).isGreaterThan(3);
        assertThat(check.mismatches()).isEmpty();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        assertThat(OpenApiCheck.of(base.toURI()).swaggerUiStatus()).isEqualTo(200);
    }
}
