package org.communique.platform.net;

import com.google.re2j.Pattern;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a webhook URL may be called, at registration and again before every attempt: only
 * http(s) URLs without credentials whose host resolves exclusively to public addresses (every A and
 * AAAA record is checked; one private answer refuses the host). The addresses checked are returned,
 * and delivery connects to one of them without resolving again, which closes DNS rebinding.
 *
 * <p>Hosts whose last label is numeric must be canonical dotted-decimal IPv4: resolvers disagree on
 * forms such as {@code 0177.0.0.1} (octal for curl, decimal for Java) or {@code 2130706433}, so they are
 * refused rather than interpreted. A host Java's URI parser cannot read as a host name or IP literal
 * (percent-encoding, non-ASCII, underscores, backslashes) is refused too.
 *
 * <p>Private targets can be allowed, by CIDR block or host name, only in the {@code local} and
 * {@code test} profiles (see {@link #allowlist}); elsewhere the setting is ignored with a warning.
 * Each service builds its guard from its own configuration (the notifier for webhooks, ingest for
 * feeds and pages).
 */
public class TargetGuard {

    private static final Logger LOG = Logger.getLogger(TargetGuard.class);
    private static final Set<String> PROFILES_WITH_ALLOWLIST = Set.of("local", "test");

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");

    private final PrivateTargetAllowlist allowlist;
    private final HostResolver resolver;

    /** @param allowPrivateTargets lets every private target through, as the local stack used to */
    public TargetGuard(boolean allowPrivateTargets, HostResolver resolver) {
        this(allowPrivateTargets ? PrivateTargetAllowlist.EVERYTHING : PrivateTargetAllowlist.NONE, resolver);
    }

    public TargetGuard(PrivateTargetAllowlist allowlist, HostResolver resolver) {
        this.allowlist = allowlist;
        this.resolver = resolver;
    }

    /**
     * The allowlist configured, if the active profiles may have one ({@code local}, {@code test}); none
     * otherwise.
     */
    public static PrivateTargetAllowlist allowlist(boolean allowAll, List<String> entries, List<String> profiles) {
        PrivateTargetAllowlist configured = allowAll ? PrivateTargetAllowlist.EVERYTHING
                : PrivateTargetAllowlist.of(entries);
        if (configured.isEmpty() || profiles.stream().anyMatch(PROFILES_WITH_ALLOWLIST::contains)) {
            return configured;
        }
        LOG.warnf("ignoring the private target allowlist: it is honoured only in the local and test profiles"
                + " (active: %s)", profiles);
        return PrivateTargetAllowlist.NONE;
    }

    public ResolvedTarget check(String url) throws RefusedTargetException {
        try {
            return check(new URI(url));
        } catch (URISyntaxException e) {
            throw new RefusedTargetException("must be an absolute http or https URL");
        }
    }

    /**
     * Checks a URL's form only (scheme, host syntax, port, no credentials, and the class of an IP literal),
     * without resolving a name: for registration, where a host that does not resolve (yet) is not the
     * caller's error and a lookup would make the request wait on DNS. Names are judged when called.
     */
    public void checkForm(String url) throws RefusedTargetException {
        TargetGuard noLookups = new TargetGuard(allowlist, host -> {
            throw new UnknownHostException(host);
        });
        try {
            noLookups.check(url);
        } catch (UnresolvedTargetException e) {
            // a well-formed name: judged on every call, when it is resolved
        }
    }

    public ResolvedTarget check(URI url) throws RefusedTargetException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTargetException("must be an http or https URL");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedTargetException("must have a valid host name or IP address");
        }
        if (url.getRawUserInfo() != null) {
            throw new RefusedTargetException("must not contain credentials");
        }
        if (url.getPort() == 0 || url.getPort() > 65535) {
            throw new RefusedTargetException("must have a port from 1 to 65535");
        }
        List<InetAddress> addresses = addressesOf(host);
        for (InetAddress address : addresses) {
            AddressClass kind = AddressClass.of(address);
            if (kind != AddressClass.PUBLIC && !allowlist.allows(bare(host), address)) {
                throw new RefusedTargetException(
                        "points to " + kind.description() + " address; only public hosts may be called");
            }
        }
        boolean https = scheme.equals("https");
        int port = url.getPort() >= 0 ? url.getPort() : https ? 443 : 80;
        return new ResolvedTarget(url, host, port, https, addresses);
    }

    private List<InetAddress> addressesOf(String host) throws RefusedTargetException {
        if (host.startsWith("[")) {
            String literal = host.substring(1, host.length() - 1);
            if (literal.contains("%")) {
                throw new RefusedTargetException("must not use an IPv6 zone id");
            }
            return List.of(literal(literal));
        }
        String name = bare(host);
        String lastLabel = name.substring(name.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(lastLabel).matches()) {
            if (!CANONICAL_IPV4.matcher(name).matches()) {
                throw new RefusedTargetException("must write an IPv4 address as four decimal numbers, e.g. 203.0.113.7");
            }
            return List.of(literal(name));
        }
        if (!HOST_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            throw new RefusedTargetException("must have a valid host name or IP address");
        }
        try {
            InetAddress[] addresses = resolver.resolve(name);
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(name);
            }
            return List.of(addresses);
        } catch (UnknownHostException e) {
            throw new UnresolvedTargetException("host " + name + " does not resolve");
        }
    }

    private static String bare(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
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
