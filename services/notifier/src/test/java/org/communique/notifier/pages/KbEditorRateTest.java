package org.communique.notifier.pages;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client address may make {@code communique.operator.kb-requests-per-client-per-minute} (120) requests of the
 * knowledge-base editor a minute, admin-key guesses included; then 429 with Retry-After, other addresses unaffected.
 * The flood comes from 127.0.0.2 so the other page tests (from 127.0.0.1) keep their budget.
 */
@QuarkusTest
@QuarkusTestResource(EnrichmentNamesStub.class)
class KbEditorRateTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aFloodOfKeyGuessesFromOneAddressIsCutOffWith429() throws IOException {
        String guess = "lang=en&adminKey=guess";
        int allowed = 0;
        String refused = null;
        for (int i = 0; i < 300 && refused == null; i++) {
            String answer = request("POST /operator/kb/login", guess);
            if (answer.startsWith("HTTP/1.1 401")) {
                allowed++;
            } else {
                refused = answer;
            }
        }
        assertThat(allowed).isGreaterThanOrEqualTo(120);
        assertThat(refused).startsWith("HTTP/1.1 429").containsIgnoringCase("retry-after:")
                .contains("Too many requests from your address");
        // the right key from that address is refused too while the budget is empty; the bucket refills evenly (a
        // token every half second), so one may come back between the refusal and the next request: empty it again
        // and retry, a few times, before concluding that the right key passes an empty budget
        assertThat(rightKeyRefusedOnceTheBudgetIsSpent(guess, 10)).isTrue();
        // another address is unaffected
        given().get("/operator/kb?lang=en").then().statusCode(200);
    }

    private boolean rightKeyRefusedOnceTheBudgetIsSpent(String guess, int tries) throws IOException {
        for (int i = 0; i < tries; i++) {
            while (request("POST /operator/kb/login", guess).startsWith("HTTP/1.1 401")) {
                // spend the token that came back
            }
            if (request("POST /operator/kb/login", "lang=en&adminKey=test-admin-key").startsWith("HTTP/1.1 429")) {
                return true;
            }
        }
        return false;
    }

    private String request(String line, String form) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write((line + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
