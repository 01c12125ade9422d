package org.communique.notifier.pages;

/** A replay the operator asked for that cannot be: names the form field at fault. */
final class ReplayRefused extends IllegalArgumentException {

    private final String field;

    ReplayRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
