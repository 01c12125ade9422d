package org.communique.ingest.releases;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.stream.Collectors;

/**
 * An absolute http(s) URL of a release and its canonical form, the one that identifies the item: scheme
 * and host in lower case (internationalised hosts in ASCII), no default port, dot segments resolved,
 * non-ASCII characters percent-encoded, no trailing slash, no fragment, tracking parameters dropped.
 */
public record ReleaseUrl(String url, String canonical) {

    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "yclid", "_openstat");
    private static final Pattern AUTHORITY = Pattern.compile("([^:@]+)(:\\d*)?");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    /** Empty unless {@code raw} is an absolute http or https URL with a host and no credentials. */
    public static Optional<ReleaseUrl> parse(String raw) {
        String url = raw.strip();
        try {
            URI uri = withAsciiHost(new URI(url));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(new ReleaseUrl(url, canonical(scheme, uri)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // java.net.URI only knows ASCII host names; a host such as "мид.рф" leaves getHost() null
    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        if (uri.isOpaque() || uri.getHost() != null || uri.getRawAuthority() == null) {
            return uri;
        }
        Matcher authority = AUTHORITY.matcher(uri.getRawAuthority());
        if (!authority.matches()) {
            return uri;
        }
        String host = IDN.toASCII(authority.group(1), IDN.ALLOW_UNASSIGNED);
        String port = authority.group(2) == null ? "" : authority.group(2);
        return new URI(uri.getScheme() + "://" + host + port + rest(uri));
    }

    private static String rest(URI uri) {
        return (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static String canonical(String scheme, URI uri) {
        URI ascii = URI.create(uri.normalize().toASCIIString());
        StringBuilder canonical = new StringBuilder(scheme).append("://")
                .append(ascii.getHost().toLowerCase(Locale.ROOT));
        int port = ascii.getPort();
        if (port != -1 && !(scheme.equals("http") && port == 80) && !(scheme.equals("https") && port == 443)) {
            canonical.append(':').append(port);
        }
        String path = ascii.getRawPath() == null ? "" : ascii.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        canonical.append(upperCaseEscapes(path));
        String query = ascii.getRawQuery() == null ? "" : Arrays.stream(ascii.getRawQuery().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
                .map(ReleaseUrl::upperCaseEscapes)
                .collect(Collectors.joining("&"));
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }

    private static String upperCaseEscapes(String text) {
        Matcher escape = PERCENT_ESCAPE.matcher(text);
        StringBuilder upper = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(upper, escape.group().toUpperCase(Locale.ROOT));
        }
        escape.appendTail(upper);
        return upper.toString();
    }
}
