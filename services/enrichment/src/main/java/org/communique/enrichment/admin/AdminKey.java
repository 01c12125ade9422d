package org.communique.enrichment.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communique.enrichment.EnrichmentConfig;
import org.communique.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the admin credential ({@code communique.enrichment.admin-key}). Without a configured key the admin API is
 * off: every request gets a 403, whatever it presents.
 */
@ApplicationScoped
public class AdminKey {

    private static final Pattern BEARER = Pattern.compile("Bearer +(\\S+) *", Pattern.CASE_INSENSITIVE);

    private final Optional<byte[]> expected;

    @Inject
    public AdminKey(EnrichmentConfig config) {
        expected = config.adminKey().filter(key -> !key.isBlank()).map(AdminKey::digest);
    }

    public void check(String authorization) {
        if (expected.isEmpty()) {
            throw new ProblemException(403, "admin-api-disabled", "Admin API disabled",
                    "no admin key is configured (communique.enrichment.admin-key)", null, Map.of());
        }
        if (authorization == null || authorization.isBlank()) {
            throw ProblemException.unauthorized("the admin key is required: Authorization: Bearer <key>");
        }
        Matcher bearer = BEARER.matcher(authorization);
        if (!bearer.matches()) {
            throw ProblemException.unauthorized("the Authorization header must use the Bearer scheme");
        }
        // digests have one length, and isEqual takes the same time wherever they differ
        if (!MessageDigest.isEqual(expected.get(), digest(bearer.group(1)))) {
            throw new ProblemException(401, "unauthorized", "Unauthorized", "not the admin key", null,
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
