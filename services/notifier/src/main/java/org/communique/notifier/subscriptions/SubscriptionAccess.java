package org.communique.notifier.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.platform.problem.ProblemException;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Resolves {@code Authorization: Bearer <token>} to the one subscription that token manages. */
@ApplicationScoped
public class SubscriptionAccess {

    private static final String BEARER = "bearer ";

    /**
     * @throws ProblemException 401 without a bearer token or with a token of another subscription,
     *                          404 when no subscription has this id or it was deleted
     */
    public Subscription authorize(UUID id, String authorization) {
        String token = bearerToken(authorization);
        Subscription subscription = Subscription.findById(id);
        if (subscription == null || subscription.isDeleted()) {
            throw ProblemException.notFound("no subscription " + id);
        }
        if (!AccessTokens.matches(token, subscription.tokenHash)) {
            throw ProblemException.unauthorized("the bearer token does not grant access to subscription " + id);
        }
        return subscription;
    }

    /** The subscription whose feed URL carries this token, unless it was deleted. */
    public Optional<Subscription> byFeedToken(String feedToken) {
        Optional<Subscription> found = Subscription.find("feedTokenHash", AccessTokens.hash(feedToken)).firstResultOptional();
        return found.filter(subscription -> !subscription.isDeleted());
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw ProblemException.unauthorized("send the subscription's token as 'Authorization: Bearer <token>'");
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            throw ProblemException.unauthorized("the bearer token is empty");
        }
        return token;
    }
}
