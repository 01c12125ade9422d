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
}
