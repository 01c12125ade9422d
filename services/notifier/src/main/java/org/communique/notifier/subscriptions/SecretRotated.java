package org.communique.notifier.subscriptions;

import java.time.Instant;

/** Response of a secret rotation: the new secret, shown once, and when the old one stops signing. */
public record SecretRotated(String secret, Instant previousSecretExpiresAt) {
}
