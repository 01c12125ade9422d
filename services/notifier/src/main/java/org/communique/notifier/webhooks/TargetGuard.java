package org.communique.notifier.webhooks;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.communique.notifier.NotifierConfig;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a webhook URL may be called, at registration and again before every attempt: only
 * http(s) URLs whose host resolves exclusively to public addresses, unless
 * {@code communique.notifier.webhooks.allow-private-targets} is set (local stack and tests).
 *
 * <p>Hosts whose last label is numeric must be canonical dotted-decimal IPv4: resolvers disagree on
 * forms such as {@code 0177.0.0.1} (octal for curl, decimal for Java) or {@code 2130706433}, so they are
 * refused rather than interpreted.
 *
 * <p>Known gap: the HTTP client resolves the host again when it connects, so a name that changes its
 * answer between this check and the connection (DNS rebinding) is not caught yet.
 */
@Singleton
public class TargetGuard {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

    private final boolean allowPrivateTargets;
    private final HostResolver resolver;

    @Inject
    public TargetGuard(NotifierConfig config) {
        this(config.webhooks().allowPrivateTargets(), HostResolver.SYSTEM);
    }

    public TargetGuard(boolean allowPrivateTargets, HostResolver resolver) {
        this.allowPrivateTargets = allowPrivateTargets;
        this.resolver = resolver;
    }

    public void check(URI url) throws RefusedTargetException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTargetException("must be an http or https URL");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedTargetException("must have a valid host name or IP address");
        }
        for (InetAddress address : addressesOf(host)) {
            AddressClass kind = AddressClass.of(address);
            if (kind != AddressClass.PUBLIC && !allowPrivateTargets) {
                throw new RefusedTargetException(
                        "points to " + kind.description() + " address; webhooks may only target public hosts");
            }
        }
    }

    private InetAddress[] addressesOf(String host) throws RefusedTargetException {
        if (host.startsWith("[")) {
            String literal = host.substring(1, host.length() - 1);
            if (literal.contains("%")) {
                throw new RefusedTargetException("must not use an IPv6 zone id");
            }
            return new InetAddress[] {literal(literal)};
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String lastLabel = name.substring(name.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(lastLabel).matches()) {
            if (!CANONICAL_IPV4.matcher(name).matches()) {
                throw new RefusedTargetException("must write an IPv4 address as four decimal numbers, e.g. 203.0.113.7");
            }
            return new InetAddress[] {literal(name)};
        }
        try {
            InetAddress[] addresses = resolver.resolve(name);
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(name);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("host " + name + " does not resolve");
        }
    }

    /** Parses an IP literal; InetAddress performs no lookup for literals. */
    private static InetAddress literal(String text) throws RefusedTargetException {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("has an invalid IP address");
        }
    }
}
