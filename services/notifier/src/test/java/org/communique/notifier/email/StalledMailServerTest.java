package org.communique.notifier.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import org.communique.notifier.NotifierConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that takes the connection and never answers must not hold the request that creates a
 * subscription: the confirmation fails after its timeout (the subscription stays unconfirmed, and the caller can
 * ask for the mail again), instead of the request waiting as long as the server stalls.
 */
class StalledMailServerTest {

    private final List<Mail> handed = new ArrayList<>();

    @Test
    void aMailServerThatNeverAnswersFailsTheConfirmationNotTheRequest() throws Exception {
        ReactiveMailer stalled = mails -> {
            handed.addAll(List.of(mails));
            return Uni.createFrom().nothing();
        };
        EmailConfirmations confirmations = new EmailConfirmations(stalled, links(), Duration.ofMillis(200));

        // the bound under test is the service's own; the outer one only keeps a regression from hanging the build
        Boolean sent = CompletableFuture.supplyAsync(() -> confirmations.send("desk@example.org", "token-1"))
                .get(60, TimeUnit.SECONDS);

        assertThat(sent).isFalse();
        assertThat(handed).hasSize(2);
        assertThat(handed).allSatisfy(mail -> assertThat(mail.getTo()).containsExactly("desk@example.org"));
    }

    @Test
    void aConnectionThatStallsOnceIsTriedAgainWithinTheTimeout() {
        ReactiveMailer stallingOnce = mails -> Uni.createFrom().deferred(() -> {
            handed.addAll(List.of(mails));
            return handed.size() == 1 ? Uni.createFrom().nothing() : Uni.createFrom().voidItem();
        });

        assertThat(new EmailConfirmations(stallingOnce, links(), Duration.ofSeconds(2)).send("desk@example.org", "t"))
                .isTrue();
        assertThat(handed).hasSize(2);
    }

    @Test
    void aMailServerThatAnswersConfirms() {
        ReactiveMailer answering = mails -> {
            handed.addAll(List.of(mails));
            return Uni.createFrom().voidItem();
        };

        assertThat(new EmailConfirmations(answering, links(), Duration.ofSeconds(5)).send("desk@example.org", "t"))
                .isTrue();
        assertThat(handed).hasSize(1);
    }

    @Test
    void aConnectionThatFailsOnceIsTriedAgain() {
        ReactiveMailer failingOnce = mails -> Uni.createFrom().deferred(() -> {
            handed.addAll(List.of(mails));
            return handed.size() == 1
                    ? Uni.createFrom().failure(new IllegalStateException("connection was closed by the server"))
                    : Uni.createFrom().voidItem();
        });

        assertThat(new EmailConfirmations(failingOnce, links(), Duration.ofSeconds(5)).send("desk@example.org", "t"))
                .isTrue();
        assertThat(handed).hasSize(2);
    }

    @Test
    void aServerThatKeepsRefusingFailsTheConfirmation() {
        ReactiveMailer refusing = mails -> Uni.createFrom().deferred(() -> {
            handed.addAll(List.of(mails));
            return Uni.createFrom().failure(new IllegalStateException("554 rejected"));
        });

        assertThat(new EmailConfirmations(refusing, links(), Duration.ofSeconds(5)).send("desk@example.org", "t"))
                .isFalse();
        assertThat(handed).hasSize(2);
    }

    private static EmailLinks links() {
        NotifierConfig config = (NotifierConfig) Proxy.newProxyInstance(NotifierConfig.class.getClassLoader(),
                new Class<?>[] {NotifierConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("publicUrl")) {
                        return "https://alerts.example.org/";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new EmailLinks(config);
    }
}
