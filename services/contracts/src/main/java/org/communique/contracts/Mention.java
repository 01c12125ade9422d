package org.communique.contracts;

/**
 * A character span {@code [start, end)} that justifies a tag, with the text it covers.
 * {@code field} is {@code "title"} or {@code "text"} (the body) and says which string the offsets index.
 */
public record Mention(String field, int start, int end, String text) {

    public static final String TITLE = "title";
    public static final String TEXT = "text";
}
