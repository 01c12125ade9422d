package org.communique.notifier.email;

import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Sends the double opt-in message; until its link is followed nothing else goes to the address. */
@ApplicationScoped
public class EmailConfirmations {

    private static final Logger LOG = Logger.getLogger(EmailConfirmations.class);

    private final Mailer mailer;
    private final EmailLinks links;

    public EmailConfirmations(Mailer mailer, EmailLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    /** Returns false, after logging why, when the SMTP server did not take the message. */
    public boolean send(String address, String emailToken) {
        try {
            mailer.send(AlertEmails.confirmation(address, links.confirm(emailToken)));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("the confirmation email could not be sent: %s", e.toString());
            return false;
        }
    }
}
