package org.communique.notifier.email;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.notifier.NotifierConfig;

/** Absolute links for emails, under {@code communique.notifier.public-url}. */
@ApplicationScoped
public class EmailLinks {

    static final String CONFIRM = "/api/v1/email/confirm/";
    static final String UNSUBSCRIBE = "/api/v1/email/unsubscribe/";

    private final String base;

    public EmailLinks(NotifierConfig config) {
        String url = config.publicUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String confirm(String token) {
        return base + CONFIRM + token;
    }

    String unsubscribe(String token) {
        return base + UNSUBSCRIBE + token;
    }
}
