package org.communique.notifier.subscriptions;

import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.platform.net.TargetGuard;
import org.communique.platform.problem.Problem.FieldError;
import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The validator as production runs it: private targets refused. */
class SubscriptionRequestValidatorTest {

    private final SubscriptionRequestValidator validator = new SubscriptionRequestValidator(
            new TargetGuard(false, host -> new InetAddress[] {InetAddress.getByName(
                    host.equals("hooks.example.org") ? "93.184.216.34" : "10.1.1.1")}));

    @Test
    void acceptsAndNormalisesAValidRequest() {
        NewSubscription valid = validator.validate(new CreateSubscriptionRequest(
                new CreateSubscriptionRequest.Filter(List.of("KZ", "KG", "KZ"), List.of(" Test Minister "),
                        List.of("VISIT"),
                        new CreateSubscriptionRequest.Visit(List.of("KG"), List.of("KZ"), List.of("PLANNED"))),
                new CreateSubscriptionRequest.Channel("webhook", "https://hooks.example.org/communique")));

        assertThat(valid.filter().countries()).containsExactly("KG", "KZ");
        assertThat(valid.filter().officials()).containsExactly("Test Minister");
        assertThat(valid.filter().events()).containsExactly(EventType.VISIT);
        assertThat(valid.filter().visit().statuses()).containsExactly(EventStatus.PLANNED);
        assertThat(valid.webhookUrl()).hasToString("https://hooks.example.org/communique");
    }

    @Test
    void refusesWebhooksIntoPrivateNetworks() {
        assertThat(errors("http://10.0.0.7/hook")).containsExactly(new FieldError("channel.url",
                "points to a private-network address; only public hosts may be called"));
        assertThat(errors("http://169.254.169.254/")).extracting(FieldError::field).containsExactly("channel.url");
        assertThat(errors("http://intranet.example.org/")).extracting(FieldError::field).containsExactly("channel.url");
    }

    @Test
    void refusesCredentialsAndFragmentsInTheUrl() {
        assertThat(errors("https://user:pass@hooks.example.org/")).extracting(FieldError::message)
                .containsExactly("must not contain credentials");
        assertThat(errors("https://hooks.example.org/#x")).extracting(FieldError::message)
                .containsExactly("must not contain a fragment");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:99999/x        | must have a port from 1 to 65535",
            "https://hooks.example.org:0/x   | must have a port from 1 to 65535",
            "https://hooks.example.org:65536 | must have a port from 1 to 65535",
            "ftp://hooks.example.org/x       | must be an absolute http or https URL",
            "javascript:alert(1)             | must be an absolute http or https URL",
            "http://bad_host!/x              | must have a valid host name or IP address",
            "http://0x7f000001/x             | must write an IPv4 address as four decimal numbers, e.g. 203.0.113.7"})
    void refusesBadPortsSchemesAndHosts(String url, String message) {
        assertThat(errors(url)).extracting(FieldError::message).containsExactly(message);
    }

    @Test
    void boundsTheFreeTextOfAFilter() {
        List<String> keywords = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "k" + i + "x".repeat(95)).toList();
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> validator.validate(
                new CreateSubscriptionRequest(new CreateSubscriptionRequest.Filter(null, null, null, null, keywords,
                        null, null, null), new CreateSubscriptionRequest.Channel("webhook", "https://hooks.example.org/"))));
        assertThat(problem).isNotNull();
        assertThat(problem.errors()).extracting(FieldError::field).contains("filter");
    }

    @Test
    void acceptsRolesAloneOrWithACountryAndNamesEachBadEntry() {
        NewSubscription valid = validator.validate(new CreateSubscriptionRequest(rolesFilter(
                List.of("ambassador", "ambassador:KZ", "ambassador")), new CreateSubscriptionRequest.Channel("feed", null)));
        assertThat(valid.filter().roles()).containsExactly("ambassador", "ambassador:KZ");

        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> validator.validate(
                new CreateSubscriptionRequest(rolesFilter(List.of("president", "envoy", "ambassador:Kazakhstan")),
                        new CreateSubscriptionRequest.Channel("feed", null))));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("filter.roles[1]", "filter.roles[2]");

        List<String> tooMany = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "president").toList();
        ProblemException flood = catchThrowableOfType(ProblemException.class, () -> validator.validate(
                new CreateSubscriptionRequest(rolesFilter(tooMany), new CreateSubscriptionRequest.Channel("feed", null))));
        assertThat(flood.errors()).containsExactly(new FieldError("filter.roles", "must have at most 100 entries"));
    }

    private static CreateSubscriptionRequest.Filter rolesFilter(List<String> roles) {
        return new CreateSubscriptionRequest.Filter(null, null, null, null, null, null, null, null, roles);
    }

    private List<FieldError> errors(String url) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> validator.validate(
                new CreateSubscriptionRequest(new CreateSubscriptionRequest.Filter(null, null, null, null),
                        new CreateSubscriptionRequest.Channel("webhook", url))));
        assertThat(problem).as(url).isNotNull();
        assertThat(problem.status()).isEqualTo(400);
        return problem.errors();
    }
}
