package org.communique.platform.admin;

import org.communique.platform.http.BearerToken;
import org.communique.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for the operator's admin key, in every service: presented as {@code Authorization: Bearer
 * <key>}, compared in constant time (SHA-256 digests of one length, {@link MessageDigest#isEqual}). Without a
 * configured (non-blank) key the admin API is off and every request gets 403; a missing, malformed or wrong
 * credential gets 401 with {@code WWW-Authenticate}. Both as problem+json, through {@link ProblemException}.
 * The OpenAPI security scheme stays {@code adminKey} (see {@code DocumentedApi}).
 */
public final class AdminKeyRule {

    private final Optional<byte[]> expected;
    private final String property;

    /**
     * @param configured the configured key, if any
     * @param property   the configuration property that sets it, named in the 403
     */
    public AdminKeyRule(Optional<String> configured, String property) {
        this.expected = configured.filter(key -> !key.isBlank()).map(AdminKeyRule::digest);
        this.property = property;
    }

    /** Passes for the admin key as a Bearer token; throws a 403 or 401 problem otherwise. */
    public void check(String authorization) {
        if (expected.isEmpty()) {
            throw new ProblemException(403, "admin-api-disabled", "Admin API disabled",
                    "no admin key is configured (" + property + ")", null, Map.of());
        }
        if (authorization == null || authorization.isBlank()) {
            throw ProblemException.unauthorized("the admin key is required: Authorization: Bearer <key>");
        }
        String token = BearerToken.of(authorization);
        if (token == null) {
            throw ProblemException.unauthorized("the Authorization header must use the Bearer scheme");
        }
        if (!matches(token)) {
            throw new ProblemException(401, "unauthorized", "Unauthorized", "not the admin key", null,
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
    }

    /** Whether {@code key} (surrounding spaces ignored) is the configured admin key; false if none is configured. */
    public boolean matches(String key) {
        return key != null && expected.isPresent() && MessageDigest.isEqual(expected.get(), digest(key.strip()));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
