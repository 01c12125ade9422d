package org.communique.ingest.releases;

import java.util.stream.Stream;

/**
 * Single passes over outside text, each linear in its length whatever it holds: what the pushed-text
 * regular expressions did, without an engine that can backtrack (or, with RE2/J, without its constant
 * factor, which made a 1 MiB body take seconds).
 */
final class TextScan {

    private TextScan() {
    }

    /**
     * Control characters other than newline and tab dropped; runs of horizontal space (Java's {@code \h},
     * tab included) made one space; spaces next to a line break dropped; more than one blank line made one.
     */
    static String collapseSpacing(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
                space = false;
            } else if (isHorizontalSpace(c)) {
                space = newlines == 0;
            } else if (!isControl(c)) {
                if (newlines > 0) {
                    out.append(newlines == 1 ? "\n" : "\n\n");
                } else if (space) {
                    out.append(' ');
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        if (newlines > 0) {
            out.append('\n');
        }
        return out.toString();
    }

    /** Runs of white space (Java's Unicode {@code \s}) made one space. */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    /** An HTML character reference: {@code &name;} (2 to 32 letters and digits), {@code &#123;}, {@code &#x1F;}. */
    static boolean hasEntity(String text) {
        for (int at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
            if (entityAt(text, at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean entityAt(String text, int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
            boolean hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digits = 0;
            while (i < text.length() && digits <= 7 && (hex ? isHexDigit(text.charAt(i)) : isDigit(text.charAt(i)))) {
                i++;
                digits++;
            }
            return digits >= 1 && digits <= (hex ? 6 : 7) && i < text.length() && text.charAt(i) == ';';
        }
        if (i >= text.length() || !isAsciiLetter(text.charAt(i))) {
            return false;
        }
        int length = 0;
        while (i < text.length() && length <= 32 && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
            length++;
        }
        return length >= 2 && length <= 32 && i < text.length() && text.charAt(i) == ';';
    }

    /**
     * Names of what looks like a start or end tag: {@code <name ...>} or {@code </name ...>}, the name
     * followed by a non-word character and a {@code >} somewhere after it. Each character is looked at a
     * bounded number of times: a name ends at the first character that is not a letter or digit, and
     * whether a {@code >} follows is one comparison with the position of the last one.
     */
    static Stream<String> tagNames(String text) {
        int lastClose = text.lastIndexOf('>');
        Stream.Builder<String> names = Stream.builder();
        for (int at = text.indexOf('<'); at >= 0 && at < lastClose; at = text.indexOf('<', at + 1)) {
            int start = at + 1 < text.length() && text.charAt(at + 1) == '/' ? at + 2 : at + 1;
            if (start >= text.length() || !isAsciiLetter(text.charAt(start))) {
                continue;
            }
            int end = start + 1;
            while (end < text.length() && isAsciiLetterOrDigit(text.charAt(end))) {
                end++;
            }
            boolean boundary = end == text.length() || text.charAt(end) != '_';
            if (boundary && end <= lastClose) {
                names.add(text.substring(start, end));
            }
            at = end - 1;
        }
        return names.build();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u1680' || c == '\u180e'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** Java's {@code \s} with UNICODE_CHARACTER_CLASS: the White_Space property. */
    static boolean isWhitespace(char c) {
        return (isHorizontalSpace(c) && c != '\u180e') || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }
}
