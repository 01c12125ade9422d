package org.communique.ingest.sources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.communique.ingest.Admin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Registering a polled source runs the platform's address guard on its URL: bad ones get a 400 on "url". */
@QuarkusTest
class SourceUrlGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://mfa.example.org:99999/rss | must have a port from 1 to 65535",
            "http://mfa.example.org:0/rss     | must have a port from 1 to 65535",
            "ftp://mfa.example.org/rss        | must be an http or https URL",
            "file:///etc/passwd               | must be an http or https URL",
            "http://user:pw@mfa.example.org/  | must not contain credentials",
            "http://10.0.0.1/rss              | points to a private-network address; only public hosts may be called",
            "http://169.254.169.254/latest/   | points to a link-local address; only public hosts may be called",
            "http://127.0.0.1/rss             | points to a loopback address; only public hosts may be called",
            "http://[::1]/rss                 | points to a loopback address; only public hosts may be called",
            "http://0x7f.0.0.1/rss            | must have a valid host name or IP address",
            "http://0x7f000001/rss            | must write an IPv4 address as four decimal numbers, e.g. 203.0.113.7",
            "http://bad_host!.example/rss     | must have a valid host name or IP address"})
    void badUrlsAreRefusedAtRegistration(String url, String message) {
        String name = "Guarded " + UUID.randomUUID();
        Admin.createSource(Map.of("name", name, "kind", "RSS", "url", url))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'url' }.message", equalTo(message));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Source.count("name", name))).isZero();
    }
}
