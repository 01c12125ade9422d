package org.communique.enrichment.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Null-tolerant conversions of request documents: absent lists are empty, names without a value are left out. */
final class Documents {

    private Documents() {
    }

    static Map<String, String> names(Map<String, String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (names != null) {
            names.forEach((lang, name) -> {
                if (lang != null && name != null && !name.isBlank()) {
                    out.put(lang, name.trim());
                }
            });
        }
        return out;
    }

    /** Trimmed; a null element stays in (as "") so the checks report its position. */
    static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> Objects.requireNonNullElse(v, "").trim()).toList();
    }
}
