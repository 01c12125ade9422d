package org.communique.notifier.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.notifier.NotifierConfig;
import org.jboss.logging.Logger;

import java.time.Duration;

/** Sends the double opt-in message; until its link is followed nothing else goes to the address. */
@ApplicationScoped
public class EmailConfirmations {

    private static final Logger LOG = Logger.getLogger(EmailConfirmations.class);
    private static final int ATTEMPTS = 2;

    private final ReactiveMailer mailer;
    private final EmailLinks links;
    private final Duration timeout;

    @jakarta.inject.Inject
    public EmailConfirmations(ReactiveMailer mailer, EmailLinks links, NotifierConfig config) {
        this(mailer, links, config.email().confirmationTimeout());
    }

    EmailConfirmations(ReactiveMailer mailer, EmailLinks links, Duration timeout) {
        this.mailer = mailer;
        this.links = links;
        this.timeout = timeout;
    }

    /**
     * Returns false, after logging why, when the SMTP server did not take the message within the timeout. The
     * message is tried twice, each try within half the timeout: a pooled connection that the server closed, or that
     * stalls mid-transaction, fails its try, and the second goes out on another connection instead of the
     * subscriber having to ask again. (A stalled first try that completes late can mean a second copy of the same
     * confirmation link, which is harmless.)
     */
    public boolean send(String address, String emailToken) {
        Mail mail = AlertEmails.confirmation(address, links.confirm(emailToken));
        try {
            Uni.createFrom().deferred(() -> mailer.send(mail))
                    .ifNoItem().after(timeout.dividedBy(ATTEMPTS)).fail()
                    .onFailure().retry().atMost(ATTEMPTS - 1)
                    .await().atMost(timeout);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("the confirmation email could not be sent: %s", e.toString());
            return false;
        }
    }
}
