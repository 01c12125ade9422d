package org.communique.enrichment.tagger.kb;

import java.time.LocalDate;
import java.util.Objects;

/** A term of office, {@code [from, to)}; {@code to} is null while the person still holds it. */
public record OfficeTerm(Office office, LocalDate from, LocalDate to, boolean acting, String note) {

    public OfficeTerm {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("term ends before it starts: " + from + " - " + to);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    public boolean overlaps(OfficeTerm other) {
        boolean startsBeforeOtherEnds = other.to == null || from.isBefore(other.to);
        boolean otherStartsBeforeThisEnds = to == null || other.from.isBefore(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
