package org.communique.contracts;

/** How well a polled source is being read ({@link SourceHealth}). */
public enum SourceStatus {
    /** The last poll read the source, and every item in it. */
    OK,
    /** The last poll failed, or some items could not be read; fewer failures in a row than the threshold. */
    DEGRADED,
    /** At least the configured number of polls in a row failed. */
    FAILING
}
