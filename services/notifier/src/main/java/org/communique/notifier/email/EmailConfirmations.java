package org.communique.notifier.email;

import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.notifier.NotifierConfig;
import org.jboss.logging.Logger;

import java.time.Duration;

/** Sends the double opt-in message; until its link is followed nothing else goes to the address. */
@ApplicationScoped
public class EmailConfirmations {

    private static final Logger LOG = Logger.getLogger(EmailConfirmations.class);

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
     * Returns false, after logging why, when the SMTP server did not take the message within the timeout. A
     * failure that is not the timeout is tried once more on a fresh connection: a pooled connection the server
     * closed while it sat idle fails the first try, and the subscriber would otherwise have to ask again.
     */
    public boolean send(String address, String emailToken) {
        try {
            mailer.send(AlertEmails.confirmation(address, links.confirm(emailToken)))
                    .onFailure().retry().atMost(1)
                    .await().atMost(timeout);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("the confirmation email could not be sent: %s", e.toString());
            return false;
        }
    }
}
