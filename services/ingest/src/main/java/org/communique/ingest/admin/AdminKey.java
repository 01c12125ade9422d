package org.communique.ingest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.ingest.IngestConfig;
import org.communique.ingest.Sha256;
import org.communique.platform.problem.ProblemException;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * The operator's credential ({@code communique.ingest.admin-key}). Only the local profile has a default;
 * elsewhere, without a configured key, no request is an admin's.
 */
@ApplicationScoped
public class AdminKey {

    private static final Pattern BEARER = Pattern.compile("Bearer +(\\S+) *", Pattern.CASE_INSENSITIVE);

    private final Optional<byte[]> expected;

    AdminKey(IngestConfig config) {
        expected = config.adminKey().filter(key -> !key.isBlank()).map(AdminKey::digest);
    }

    /** Passes for the admin key as a Bearer token, fails with a 401 problem otherwise. */
    public void check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ProblemException.unauthorized("the admin key is required as a Bearer token");
        }
        Matcher bearer = BEARER.matcher(authorization);
        if (!bearer.matches()) {
            throw ProblemException.unauthorized("the Authorization header must use the Bearer scheme");
        }
        // comparing digests of equal length in constant time leaks nothing about the key
        if (expected.isEmpty() || !MessageDigest.isEqual(expected.get(), digest(bearer.group(1)))) {
            throw new ProblemException(401, "unauthorized", "Unauthorized", "not the admin key", null,
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
    }

    private static byte[] digest(String key) {
        return HexFormat.of().parseHex(Sha256.hex(key));
    }
}
