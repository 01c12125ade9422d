package org.communique.notifier.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The roles a filter can ask for, in the tags' vocabulary, and the keys a release's officials give: each official
 * gives its role ({@code ambassador}) and its role with the state it serves ({@code ambassador:KZ}), so
 * {@code ambassador} matches any ambassador and {@code ambassador:KZ} only Kazakhstan's.
 */
public final class OfficialRoles {

    public static final List<String> ROLES =
            List.of("president", "prime_minister", "foreign_minister", "minister", "ambassador", "other");

    private OfficialRoles() {
    }

    /** Null when {@code value} is a role or {@code role:CC}, else what is wrong with it. */
    public static String problem(String value, Set<String> countryCodes) {
        int colon = value.indexOf(':');
        String role = colon < 0 ? value : value.substring(0, colon);
        if (!ROLES.contains(role)) {
            return "must be a role (" + String.join(", ", ROLES) + "), optionally followed by :CC, the"
                    + " ISO 3166-1 alpha-2 code of the official's country (ambassador:KZ)";
        }
        if (colon >= 0) {
            String country = value.substring(colon + 1);
            if (!country.matches("[A-Z]{2}") || !countryCodes.contains(country)) {
                return "must name the official's country as an upper-case ISO 3166-1 alpha-2 code after the colon";
            }
        }
        return null;
    }

    static void keysOf(String role, String country, Set<String> keys) {
        if (role == null || role.isBlank()) {
            return;
        }
        String r = role.toLowerCase(Locale.ROOT);
        keys.add(r);
        if (country != null && !country.isBlank()) {
            keys.add(r + ":" + country.toUpperCase(Locale.ROOT));
        }
    }
}
