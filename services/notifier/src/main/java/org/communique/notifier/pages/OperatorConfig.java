package org.communique.notifier.pages;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The operator page's credential: the admin key (local profile: local-admin-key; elsewhere none unless set). */
@ConfigMapping(prefix = "communique.operator")
public interface OperatorConfig {

    /** COMMUNIQUE_OPERATOR_ADMIN_KEY; without it the operator page refuses everyone. */
    Optional<String> adminKey();

    /** How many of the newest dead letters per topic the page shows. */
    @io.smallrye.config.WithDefault("20")
    int deadLettersShown();

    /** Requests of the knowledge-base editor (key checks included) one client address may make per minute. */
    @io.smallrye.config.WithDefault("120")
    int kbRequestsPerClientPerMinute();

    /** Minutes an operator's session (the cookie the editor's redirects carry) lasts without a request. */
    @io.smallrye.config.WithDefault("30")
    int sessionIdleMinutes();
}
