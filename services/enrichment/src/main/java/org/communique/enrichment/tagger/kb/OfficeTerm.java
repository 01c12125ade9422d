package org.communique.enrichment.tagger.kb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of office, {@code [from, to)}; {@code to} is null while the person still holds it. {@code post}: the ISO
 * 3166-1 code of the state an ambassador is accredited to (null for every other office, see
 * {@link KnowledgeBaseChecks}).
 */
public record OfficeTerm(Office office, LocalDate from, LocalDate to, boolean acting, String note, String post) {

    public OfficeTerm {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("term ends before it starts: " + from + " - " + to);
        }
    }

    public OfficeTerm(Office office, LocalDate from, LocalDate to, boolean acting, String note) {
        this(office, from, to, acting, note, null);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    public boolean overlaps(OfficeTerm other) {
        boolean startsBeforeOtherEnds = other.to == null || from.isBefore(other.to);
        boolean otherStartsBeforeThisEnds = to == null || other.from.isBefore(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * Whether two terms are of one seat, which one person at a time holds: the same office and, for an ambassador,
     * the same post. Deputy ministers share their office.
     */
    public boolean sameSeat(OfficeTerm other) {
        return office == other.office && !office.sharedAtOnce() && Objects.equals(post, other.post);
    }
}
