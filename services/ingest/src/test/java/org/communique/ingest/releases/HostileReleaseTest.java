package org.communique.ingest.releases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushed releases built to make a backtracking regular expression take hours ({@code <a} repeated until the
 * request is almost 1 MiB, in the body or the title): each is answered, and the time is printed. The start-up
 * warm-up is on, as in production, and the first request waits for readiness (UP once it is over).
 */
@QuarkusTest
@TestProfile(HostileReleaseTest.WarmUpOn.class)
class HostileReleaseTest {

    public static final class WarmUpOn implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("communique.ingest.warm-up.enabled", "true");
        }
    }

    private static boolean ready;

    private static final int CHARS = 1_000_000;            // with the JSON around it, just under the 1 MiB cap

    private Feeder feeder;

    @BeforeEach
    void setUp() {
        if (!ready) {
            long started = System.nanoTime();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                    .pollInterval(java.time.Duration.ofMillis(200))
                    .until(() -> RestAssured.get("/q/health/ready").statusCode() == 200);
            String warmUp = RestAssured.get("/q/health/ready").then().statusCode(200).extract()
                    .path("checks.find { it.name == 'Text pipeline warm-up' }.data").toString();
            System.out.printf("hostile: ready after %d ms of waiting; warm-up %s%n",
                    (System.nanoTime() - started) / 1_000_000, warmUp);
            ready = true;
        }
        feeder = Feeders.create("Hostile feeder", "KZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<a", "<", "&amp", "<div>", "<a href='"})
    void aReDoSBodyIsAnswered(String unit) {
        String hostile = unit.repeat(CHARS / unit.length());
        ExtractableResponse<Response> response = timed("body " + unit,
                () -> feeder.post(Feeders.release("Hostile body", "Text. " + hostile)).extract());
        // reduced to text at once: accepted (markup gone) or refused as too long, never a stall or a 500
        assertThat(response.statusCode()).isIn(202, 400);
        if (response.statusCode() == 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<a", "&#x"})
    void aReDoSTitleIsAnswered(String unit) {
        String hostile = unit.repeat(CHARS / unit.length());
        ExtractableResponse<Response> response = timed("title " + unit,
                () -> feeder.post(Feeders.release(hostile, "A short body.")).extract());
        assertThat(response.statusCode()).isIn(202, 400);
    }

    private static ExtractableResponse<Response> timed(String what, java.util.function.Supplier<ExtractableResponse<Response>> call) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long started = System.nanoTime();
        ExtractableResponse<Response> response = call.get();
        // the CPU time of the whole JVM meanwhile (client, server, anything else): less inflated by load than wall time
        System.out.printf("hostile: POST /api/v1/releases, %s x %d chars: HTTP %d in %d ms wall, %d ms CPU (JVM), load %.1f%n",
                what, CHARS, response.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                (os.getProcessCpuTime() - cpu) / 1_000_000, os.getSystemLoadAverage());
        return response;
    }
}
