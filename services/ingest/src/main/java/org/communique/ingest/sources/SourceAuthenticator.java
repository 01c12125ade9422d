package org.communique.ingest.sources;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.platform.http.BearerToken;
import org.communique.platform.problem.ProblemException;

import java.util.Map;

@ApplicationScoped
public class SourceAuthenticator {

    private final SourceKeyCache cache;

    public SourceAuthenticator(SourceKeyCache cache) {
        this.cache = cache;
    }

    /**
     * Resolves an {@code Authorization} header value to an enabled source (recently found ones from the
     * {@link SourceKeyCache}), or fails with a 401 problem.
     */
    public KnownSource authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ProblemException.unauthorized("a source key is required as a Bearer token");
        }
        String token = BearerToken.of(authorization);
        if (token == null) {
            throw ProblemException.unauthorized("the Authorization header must use the Bearer scheme");
        }
        String keyHash = SourceKeys.hash(token);
        return cache.get(keyHash, () -> Source.findEnabledByKeyHash(keyHash).map(source -> new SourceKeyCache.Found(
                        KnownSource.of(source), keyHash.equals(source.keyHash) ? null : source.previousKeyExpiresAt)))
                .orElseThrow(() -> invalidToken());
    }

    // RFC 6750 3.1: a request that carried a token it cannot use is told so in the challenge
    private static ProblemException invalidToken() {
        return new ProblemException(401, "unauthorized", "Unauthorized", "unknown or disabled source key", null,
                Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }
}
