package org.communique.notifier.subscriptions;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.subscriptions.Subscription;
import org.communique.notifier.subscriptions.SubscriptionStatus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Words the notice of a disabled subscription, from its row or from the event that disabled it. */
@ApplicationScoped
public class DisabledNotices {

    private static final String DISABLED = """
            SELECT id, disabled_reason, disabled_at FROM subscriptions
            WHERE id = ANY(?) AND status = 'DISABLED' AND disabled_reason IS NOT NULL AND disabled_at IS NOT NULL
            """;

    private final AgroalDataSource dataSource;
    private final Duration disableAfter;

    public DisabledNotices(AgroalDataSource dataSource, NotifierConfig config) {
        this.dataSource = dataSource;
        this.disableAfter = config.webhooks().disableAfter();
    }

    public Optional<DisabledNotice> of(Subscription subscription) {
        if (subscription.status != SubscriptionStatus.DISABLED
                || subscription.disabledReason == null || subscription.disabledAt == null) {
            return Optional.empty();
        }
        return Optional.of(notice(subscription.id, DisabledReason.valueOf(subscription.disabledReason),
                subscription.disabledAt));
    }

    /** The notices of those of these subscriptions that are disabled now, read in one query. */
    public Map<UUID, DisabledNotice> of(Collection<UUID> subscriptionIds) {
        Map<UUID, DisabledNotice> notices = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return notices;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(DISABLED)) {
            Array ids = connection.createArrayOf("uuid", subscriptionIds.toArray());
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject("id", UUID.class);
                    notices.put(id, notice(id, DisabledReason.valueOf(rows.getString("disabled_reason")),
                            rows.getObject("disabled_at", OffsetDateTime.class).toInstant()));
                }
            }
            ids.free();
            return notices;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read which subscriptions are disabled", e);
        }
    }

    public DisabledNotice notice(UUID subscriptionId, DisabledReason reason, Instant disabledAt) {
        String why = switch (reason) {
            case GONE -> "Its webhook endpoint answered 410 Gone";
            case FAILING -> "Its webhook endpoint failed every delivery attempt for " + describe(disableAfter);
        };
        String message = why + ", so the service disabled this subscription at "
                + disabledAt.truncatedTo(ChronoUnit.SECONDS) + ". Since then it gets no new alerts on any channel."
                + " To re-enable it, send POST /api/v1/subscriptions/" + subscriptionId
                + "/resume with the subscription token (Authorization: Bearer <token>).";
        return new DisabledNotice(subscriptionId, reason, disabledAt, message);
    }

    public static String describe(Duration duration) {
        if (duration.toHours() % 24 == 0 && duration.toDays() > 0) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        return duration.toMinutes() + " minutes";
    }
}
