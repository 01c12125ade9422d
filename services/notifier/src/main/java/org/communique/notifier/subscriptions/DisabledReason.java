package org.communique.notifier.subscriptions;

/** Why the notifier disabled a subscription: its endpoint answered 410 Gone, or failed for too long. */
public enum DisabledReason { GONE, FAILING }
