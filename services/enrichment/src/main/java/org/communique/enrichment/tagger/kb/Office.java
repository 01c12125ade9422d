package org.communique.enrichment.tagger.kb;

import java.util.Locale;
import java.util.Set;

/**
 * The offices the knowledge base tracks, in the order of precedence used when a person held several.
 * {@code HEAD_OF_STATE} is a head of state who is no president: a monarch, Iran's Supreme Leader. The offices of the
 * UN and the EU belong to their organisation, not to the holder's country.
 */
public enum Office {
    PRESIDENT, PRIME_MINISTER, FOREIGN_MINISTER, HEAD_OF_STATE,
    UN_SECRETARY_GENERAL, UN_DEPUTY_SECRETARY_GENERAL, EU_COUNCIL_PRESIDENT, EU_COMMISSION_PRESIDENT,
    EU_HIGH_REPRESENTATIVE,
    /**
     * The chair of a parliament's upper house (Senate of Kazakhstan or Uzbekistan, Majlisi Milli of Tajikistan, Halk
     * Maslahaty of Turkmenistan) or of a single one (Jogorku Kenesh of Kyrgyzstan, Oliy Majlis of 1995-2005).
     */
    UPPER_HOUSE_CHAIR,
    /**
     * The chair of a parliament's lower house (Mazhilis of Kazakhstan, Majlisi Namoyandagon of Tajikistan, Legislative
     * Chamber of Uzbekistan, Mejlis of Turkmenistan).
     */
    LOWER_HOUSE_CHAIR,
    /** A deputy or first deputy foreign minister: several hold the office at once, so no role phrase names one. */
    DEPUTY_FOREIGN_MINISTER,
    /** An ambassador; each term names the state the ambassador is accredited to ({@link OfficeTerm#post()}). */
    AMBASSADOR,
    /**
     * A foreign ministry's official spokesperson (the US State Department's too): one at a time, but for the states of
     * {@link #SHARED_SPOKESPERSON} several at once.
     */
    SPOKESPERSON,
    /** A president's press secretary: an official, whose title mentions no president («пресс-секретарь президента»). */
    PRESS_SECRETARY,
    /** A vice president: of the United States, India, China, Turkey; Iran's First Vice President. */
    VICE_PRESIDENT,
    /** A defence minister (the US Secretary of Defense, the UK Secretary of State for Defence). */
    DEFENCE_MINISTER;

    /** China's foreign ministry has several spokespeople at a time: no role phrase names one. */
    private static final Set<String> SHARED_SPOKESPERSON = Set.of("CN");

    /** {@code "president"}, {@code "prime_minister"}, {@code "un_secretary_general"}...: the value in data files. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The organisation whose office this is ({@code "UN"}, {@code "EU"}), or null for an office of a state. */
    public String organization() {
        return switch (this) {
            case UN_SECRETARY_GENERAL, UN_DEPUTY_SECRETARY_GENERAL -> "UN";
            case EU_COUNCIL_PRESIDENT, EU_COMMISSION_PRESIDENT, EU_HIGH_REPRESENTATIVE -> "EU";
            default -> null;
        };
    }

    /**
     * The role a tag gives the holder, in the vocabulary of the annotation guidelines: president, prime_minister,
     * foreign_minister, ambassador, minister (a defence minister), else other.
     */
    public String role() {
        return switch (this) {
            case PRESIDENT, PRIME_MINISTER, FOREIGN_MINISTER, AMBASSADOR -> value();
            case DEFENCE_MINISTER -> "minister";
            default -> "other";
        };
    }

    /** Whether a term of this office names the state the holder is posted to: only an ambassador's does. */
    public boolean hasPost() {
        return this == AMBASSADOR;
    }

    /** Whether several people hold this office of any state at once (deputy ministers; ambassadors, one per post). */
    public boolean sharedAtOnce() {
        return this == DEPUTY_FOREIGN_MINISTER;
    }

    /** Whether several people hold this office of {@code holder} (a state's code) at once. */
    public boolean sharedAtOnce(String holder) {
        return sharedAtOnce() || this == SPOKESPERSON && SHARED_SPOKESPERSON.contains(holder);
    }

    public static Office of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
