package org.communique.notifier.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.communique.notifier.NotifierConfig;
import org.communique.platform.limits.KeyedLimiter;
import org.communique.platform.limits.Limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The limits on what one caller may create or trigger. Quotas that must hold across instances are counted
 * in PostgreSQL under a transaction-scoped advisory lock (so two instances cannot both let the 26th in);
 * rates that only need to slow one caller down are Bucket4j buckets in this instance's memory.
 * Every refusal is a 429 problem, asked before anything is stored or sent.
 */
@ApplicationScoped
public class SubscriptionQuotas {

    /** Serialises creations across instances while they count; creations are rare, reads never wait. */
    private static final long CREATION_LOCK = 0x436f6d6d756e69L;

    private final NotifierConfig.Limits limits;
    private final EntityManager entityManager;
    private final Clock clock;
    private final KeyedLimiter creations;
    private final KeyedLimiter testAlerts;

    public SubscriptionQuotas(NotifierConfig config, EntityManager entityManager, Clock clock) {
        this.limits = config.limits();
        this.entityManager = entityManager;
        this.clock = clock;
        this.creations = new KeyedLimiter(limits.creationsPerClientPerHour(), Duration.ofHours(1), limits.trackedKeys());
        this.testAlerts = new KeyedLimiter(limits.testAlertsPerSubscriptionPerHour(), Duration.ofHours(1),
                limits.trackedKeys());
    }

    /** Before a creation's transaction: the client's creation rate. */
    public void checkCreationRate(String client) {
        creations.acquireOrThrow(client, "subscriptions created from one address");
    }

    /** Inside the creation's transaction, before the insert: the counted quotas. */
    void checkQuotas(String client, NewSubscription request) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(" + CREATION_LOCK + ")").getSingleResult();
        long live = liveSubscriptions("*");
        if (live >= limits.maxSubscriptions()) {
            throw Limits.quotaExceeded("the service holds its maximum of " + limits.maxSubscriptions()
                    + " subscriptions in total; try again later");
        }
        long fromClient = liveSubscriptions("client:" + client);
        if (fromClient >= limits.subscriptionsPerClient()) {
            throw Limits.quotaExceeded("at most " + limits.subscriptionsPerClient()
                    + " live subscriptions per client address; delete one to create another");
        }
        if (request.emailAddress() != null) {
            long toAddress = Subscription.count("lower(emailAddress) = ?1 and deletedAt is null",
                    request.emailAddress().toLowerCase(Locale.ROOT));
            if (toAddress >= limits.subscriptionsPerEmail()) {
                throw Limits.quotaExceeded("at most " + limits.subscriptionsPerEmail()
                        + " live subscriptions per e-mail address");
            }
            reserveConfirmationMail(request.emailAddress());
        }
    }

    /** From the counts the database's triggers keep (V13): one row read, however many subscriptions there are. */
    private long liveSubscriptions(String scope) {
        List<?> live = entityManager.createNativeQuery("select live from live_subscription_counts where scope = ?1")
                .setParameter(1, scope).getResultList();
        return live.isEmpty() ? 0 : ((Number) live.get(0)).longValue();
    }

    /**
     * Counts one confirmation mail to {@code address} against its daily quota, or refuses with 429. Runs in
     * the caller's transaction: a refused creation stores nothing and counts nothing.
     */
    void reserveConfirmationMail(String address) {
        String key = address.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "confirmation:" + key).getSingleResult();
        Number sent = (Number) entityManager.createNativeQuery(
                        "select count(*) from confirmation_mails where address = ?1 and sent_at > ?2")
                .setParameter(1, key).setParameter(2, now.minus(Duration.ofDays(1))).getSingleResult();
        if (sent.longValue() >= limits.confirmationMailsPerAddressPerDay()) {
            throw Limits.tooManyRequests("at most " + limits.confirmationMailsPerAddressPerDay()
                    + " confirmation mails per address per day", Duration.ofHours(1));
        }
        entityManager.createNativeQuery("insert into confirmation_mails (address, sent_at) values (?1, ?2)")
                .setParameter(1, key).setParameter(2, now).executeUpdate();
        entityManager.createNativeQuery("delete from confirmation_mails where sent_at < ?1")
                .setParameter(1, now.minus(Duration.ofDays(2))).executeUpdate();
    }

    public void checkTestAlert(UUID subscriptionId) {
        testAlerts.acquireOrThrow(subscriptionId.toString(), "test alerts of one subscription");
    }
}
