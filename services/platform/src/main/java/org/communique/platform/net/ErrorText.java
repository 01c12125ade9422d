package org.communique.platform.net;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Makes an error text fit to show to a subscriber or a source's owner: URLs lose credentials, query
 * strings and fragments; internal addresses (loopback, private, link-local... as {@link AddressClass}
 * judges them, and names such as {@code localhost} or {@code *.internal}) become
 * {@code <internal address>}; Java type names and stack frames go; control characters become spaces;
 * the result is at most {@link #MAX_LENGTH} characters. Linear time (RE2/J) whatever the input.
 */
public final class ErrorText {

    public static final int MAX_LENGTH = 300;
    public static final String INTERNAL = "<internal address>";

    /** Inputs longer than this are cut before any pattern runs: nothing past it is shown anyway. */
    private static final int MAX_INPUT = 4096;

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.-]{0,15})://(?:[^\\s/?#@]*@)?(\\[[0-9a-f:.]{2,45}\\]|[^\\s/?#:]{1,253})(:[0-9]{1,5})?([^\\s?#]{0,512})(?:\\?[^\\s#]*)?(?:#\\S*)?");
    private static final Pattern STACK_FRAME = Pattern.compile("\\s*\\bat [\\w$./]{1,300}\\([^)\\n]{0,200}\\)");
    private static final Pattern QUALIFIED_TYPE = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]{0,40}\\.){1,12}[A-Z][A-Za-z0-9_]{0,80}(?:\\$[A-Za-z0-9_]{1,80}){0,5}:?\\s?");
    private static final Pattern SIMPLE_TYPE = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]{0,80}(?:Exception|Error)\\b:?\\s?");
    private static final Pattern IPV4 = Pattern.compile(
            "\\b([0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3})(?::[0-9]{1,5})?\\b");
    private static final Pattern IPV6 = Pattern.compile(
            "\\[?((?:[0-9a-fA-F]{1,4}|:)(?::[0-9a-fA-F]{0,4}){1,7})\\]?(?::[0-9]{1,5})?");
    private static final Pattern INTERNAL_NAME = Pattern.compile(
            "(?i)\\b(localhost|[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,10}\\.(?:internal|local|localdomain|lan|corp|home\\.arpa|svc|cluster\\.local))\\b(?::[0-9]{1,5})?");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private ErrorText() {
    }

    public static String sanitize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        s = STACK_FRAME.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll(" ");
        s = urls(s);
        s = QUALIFIED_TYPE.matcher(s).replaceAll("");
        s = SIMPLE_TYPE.matcher(s).replaceAll("");
        s = addresses(s, IPV4);
        s = addresses(s, IPV6);
        s = INTERNAL_NAME.matcher(s).replaceAll(INTERNAL);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return "error";
        }
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH - 1) + "…" : s;
    }

    /** A URL as {@code scheme://host/path}: no credentials, port kept, no query or fragment. */
    public static String safeUrl(String url) {
        return url == null ? "" : sanitize(url);
    }

    private static String urls(String s) {
        Matcher m = URL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String host = m.group(2);
            String replacement;
            if (isInternal(host)) {
                replacement = INTERNAL;
            } else {
                String port = m.group(3) == null ? "" : m.group(3);
                String path = m.group(4) == null ? "" : m.group(4);
                replacement = m.group(1).toLowerCase(Locale.ROOT) + "://" + host + port + path;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String addresses(String s, Pattern pattern) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String literal = m.group(1);
            AddressClass kind = literalClass(literal);
            String replacement = kind != null && kind != AddressClass.PUBLIC ? INTERNAL : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The class of an IPv4 or IPv6 literal, or null if the text is not one. Never resolves a name. */
    static AddressClass literalClass(String text) {
        if (text.indexOf(':') >= 0) {
            try {
                return AddressClass.of(InetAddress.getByName("[" + text + "]"));   // a literal: no lookup
            } catch (UnknownHostException | RuntimeException e) {
                return null;
            }
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            int value = Integer.parseInt(parts[i]);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return AddressClass.ofIpv4(bytes);
    }

    /** Internal: an IP literal that is not public, or a name only an internal resolver answers. */
    static boolean isInternal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        bare = bare.toLowerCase(Locale.ROOT);
        boolean numeric = !bare.isEmpty() && bare.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (bare.indexOf(':') >= 0 || numeric) {
            AddressClass kind = literalClass(bare);
            return kind == null || kind != AddressClass.PUBLIC;   // not a valid literal: show nothing of it
        }
        return bare.equals("localhost") || !bare.contains(".") || INTERNAL_NAME.matcher(bare).matches();
    }
}
