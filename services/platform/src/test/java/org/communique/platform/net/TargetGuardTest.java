package org.communique.platform.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetGuardTest {

    /** Fake DNS: no test depends on the machine's resolver. */
    private static final Map<String, String[]> DNS = Map.ofEntries(
            Map.entry("localhost", new String[] {"127.0.0.1", "::1"}),
            Map.entry("public.example", new String[] {"93.184.216.34"}),
            Map.entry("v6.example", new String[] {"2606:4700:4700::1111"}),
            Map.entry("internal.example", new String[] {"10.20.30.40"}),
            Map.entry("metadata.example", new String[] {"169.254.169.254"}),
            Map.entry("cgnat.example", new String[] {"100.100.100.100"}),
            Map.entry("mixed.example", new String[] {"93.184.216.34", "192.168.0.10"}),
            Map.entry("mapped.example", new String[] {"::ffff:7f00:1"}),
            Map.entry("127.0.0.1.nip.io", new String[] {"127.0.0.1"}),
            Map.entry("metadata.google.internal", new String[] {"169.254.169.254"}),
            Map.entry("v6-only-private.example", new String[] {"2606:4700:4700::1111", "fd00:ec2::254"}),
            Map.entry("nat64.example", new String[] {"64:ff9b::a9fe:a9fe"}));

    private static final HostResolver FAKE_DNS = host -> {
        String[] answers = DNS.get(host.toLowerCase(java.util.Locale.ROOT));
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[answers.length];
        for (int i = 0; i < answers.length; i++) {
            addresses[i] = InetAddress.getByName(answers[i]);
        }
        return addresses;
    };

    private final TargetGuard guard = new TargetGuard(false, FAKE_DNS);

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback, private, link-local (cloud metadata), CGNAT, multicast, unspecified, reserved
            "http://127.0.0.1/hook",
            "http://127.255.255.254:8080/",
            "https://10.0.0.1/",
            "http://172.16.0.1/",
            "http://172.31.255.255/",
            "http://192.168.1.20/hook",
            "http://169.254.169.254/latest/meta-data/",
            "http://169.254.0.1/",
            "http://100.64.0.1/",
            "http://100.127.255.254/",
            "http://224.0.0.1/",
            "http://239.255.255.250/",
            "http://0.0.0.0/",
            "http://0.1.2.3/",
            "http://255.255.255.255/",
            "http://240.0.0.1/",
            // IPv6: loopback, unspecified, link-local, unique-local, multicast, site-local
            "http://[::1]/",
            "http://[::]/",
            "http://[fe80::1]/",
            "http://[fc00::1]/",
            "http://[fd12:3456:789a::1]/",
            "http://[ff02::1]/",
            "http://[fec0::1]/",
            // IPv6 forms that embed a forbidden IPv4 address: mapped, compatible, NAT64, 6to4
            "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:10.0.0.1]/",
            "http://[::ffff:169.254.169.254]/",
            "http://[::127.0.0.1]/",
            "http://[64:ff9b::a9fe:a9fe]/",
            "http://[2002:7f00:1::]/",
            "http://[2002:c0a8:0101::1]/",
            // decimal, hex, octal and shortened IPv4 spellings of 127.0.0.1 (and friends)
            "http://2130706433/",
            "http://0x7f000001/",
            "http://0x7F000001/",
            "http://017700000001/",
            "http://0177.0.0.1/",
            "http://0x7f.0.0.1/",
            "http://0x7f.0x0.0x0.0x1/",
            "http://127.1/",
            "http://127.0.1/",
            "http://127.000.000.001/",
            "http://00000127.0.0.1/",
            "http://0/",
            "http://3232235777/",
            "http://0xa9fea9fe/",
            "http://1.2.3.4.5/",
            // names that resolve to forbidden addresses, even partly
            "http://localhost/",
            "http://localhost:8083/api",
            "http://LOCALHOST/",
            "http://localhost./",
            "http://internal.example/hook",
            "http://metadata.example/",
            "http://cgnat.example/",
            "http://mixed.example/",
            "http://mapped.example/",
            // names that do not resolve, other schemes, no host, zone ids
            "http://nowhere.example/",
            "ftp://public.example/",
            "file:///etc/passwd",
            "gopher://public.example/",
            "http:///no-host",
            "http://[fe80::1%25eth0]/",
            // credentials, and the userinfo tricks that make a URL look like another host
            "http://x@127.0.0.1/",
            "http://public.example@127.0.0.1/",
            "http://user:pass@public.example/",
            "http://public.example:80@169.254.169.254/",
            "http://127.0.0.1:80\\@public.example/",
            "http://127.0.0.1#@public.example/",
            // percent-encoded, non-ASCII and otherwise unparsable hosts
            "http://%31%32%37.0.0.1/",
            "http://①②⑦.0.0.1/",
            "http://127。0。0。1/",
            "http://my_host.example/",
            "http:\\\\127.0.0.1/",
            "http://[::1/",
            // more spellings of forbidden addresses
            "http://127.0.0.1./",
            "http://0x7f.1/",
            "http://[0:0:0:0:0:0:0:1]/",
            "http://[::ffff:7f00:1]/",
            "http://[::ffff:a9fe:a9fe]/",
            "http://[64:ff9b::127.0.0.1]/",
            "http://[64:ff9b:1::a00:1]/",
            "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "http://[2001:db8::1]/",
            "http://[100::1]/",
            "http://[fd00:ec2::254]/",
            "http://192.0.2.1/",
            "http://198.51.100.7/",
            "http://203.0.113.9/",
            "http://192.0.0.192/",
            "http://100.100.100.200/",
            "http://198.18.0.1/",
            "http://192.88.99.1/",
            // public-looking names that answer private addresses
            "http://127.0.0.1.nip.io/",
            "http://metadata.google.internal/computeMetadata/v1/",
            "http://v6-only-private.example/",
            "http://nat64.example/",
    })
    void refuses(String url) {
        assertThatThrownBy(() -> guard.check(url))
                .as(url)
                .isInstanceOf(RefusedTargetException.class);
    }

    @Test
    void walksMoreThanFortyHostileUrls() throws Exception {
        long hostile = java.util.Arrays.stream(getClass().getDeclaredMethod("refuses", String.class)
                .getAnnotation(ValueSource.class).strings()).count();
        assertThat(hostile).isGreaterThanOrEqualTo(40);
    }

    @Test
    void returnsTheAddressesItCheckedForTheConnection() throws Exception {
        ResolvedTarget target = guard.check(URI.create("https://public.example:8443/hook?x=1"));

        assertThat(target.addresses()).containsExactly(InetAddress.getByName("93.184.216.34"));
        assertThat(target.host()).isEqualTo("public.example");
        assertThat(target.port()).isEqualTo(8443);
        assertThat(target.https()).isTrue();
        assertThat(target.requestUri()).isEqualTo("/hook?x=1");
    }

    @Test
    void anAllowlistLetsThroughOnlyWhatItNames() {
        TargetGuard local = new TargetGuard(PrivateTargetAllowlist.of(List.of("127.0.0.0/8", "::1/128", "internal.example")),
                FAKE_DNS);

        assertThatCode(() -> local.check("http://127.0.0.1:8080/hook")).doesNotThrowAnyException();
        assertThatCode(() -> local.check("http://localhost/")).doesNotThrowAnyException();
        assertThatCode(() -> local.check("http://internal.example/")).doesNotThrowAnyException();
        assertThatThrownBy(() -> local.check("http://10.0.0.1/")).isInstanceOf(RefusedTargetException.class);
        assertThatThrownBy(() -> local.check("http://169.254.169.254/")).isInstanceOf(RefusedTargetException.class);
        assertThatThrownBy(() -> local.check("http://metadata.example/")).isInstanceOf(RefusedTargetException.class);
    }

    @Test
    void theAllowlistIsIgnoredOutsideTheLocalAndTestProfiles() {
        List<String> loopback = List.of("127.0.0.0/8");

        assertThat(TargetGuard.allowlist(false, loopback, List.of("test")).isEmpty()).isFalse();
        assertThat(TargetGuard.allowlist(false, loopback, List.of("local")).isEmpty()).isFalse();
        assertThat(TargetGuard.allowlist(false, loopback, List.of("prod")).isEmpty()).isTrue();
        assertThat(TargetGuard.allowlist(true, List.of(), List.of("prod")).isEmpty()).isTrue();
        assertThat(TargetGuard.allowlist(false, List.of(), List.of("test")).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://public.example/hook",
            "http://public.example:8080/a/b?c=d",
            "HTTPS://public.example/",
            "http://v6.example/",
            "http://93.184.216.34/",
            "http://8.8.8.8/",
            "http://[2606:4700:4700::1111]/",
            // just outside the forbidden ranges
            "http://11.0.0.1/",
            "http://172.15.255.255/",
            "http://172.32.0.1/",
            "http://192.169.0.1/",
            "http://169.255.0.1/",
            "http://100.63.255.255/",
            "http://100.128.0.1/",
            "http://223.255.255.255/",
            "http://[2002:5db8:d822::1]/",
    })
    void allowsPublicTargets(String url) {
        assertThatCode(() -> guard.check(URI.create(url))).as(url).doesNotThrowAnyException();
    }

    @Test
    void explainsWhyWithoutRevealingTheResolvedAddress() {
        assertThatThrownBy(() -> guard.check(URI.create("http://metadata.example/")))
                .hasMessageContaining("link-local")
                .hasMessageNotContaining("169.254");
        assertThatThrownBy(() -> guard.check(URI.create("http://internal.example/")))
                .hasMessageContaining("private");
        assertThatThrownBy(() -> guard.check(URI.create("http://0x7f000001/")))
                .hasMessageContaining("four decimal numbers");
    }

    @Test
    void allowsPrivateTargetsOnlyWhenConfiguredTo() {
        TargetGuard permissive = new TargetGuard(true, FAKE_DNS);

        assertThatCode(() -> permissive.check(URI.create("http://127.0.0.1:8080/hook"))).doesNotThrowAnyException();
        assertThatCode(() -> permissive.check(URI.create("http://internal.example/"))).doesNotThrowAnyException();
        assertThatCode(() -> permissive.check(URI.create("http://[::1]/"))).doesNotThrowAnyException();
        // still no ambiguous literals, other schemes or unresolvable names
        assertThatThrownBy(() -> permissive.check(URI.create("http://2130706433/")))
                .isInstanceOf(RefusedTargetException.class);
        assertThatThrownBy(() -> permissive.check(URI.create("ftp://public.example/")))
                .isInstanceOf(RefusedTargetException.class);
        assertThatThrownBy(() -> permissive.check(URI.create("http://nowhere.example/")))
                .isInstanceOf(RefusedTargetException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:99999/x", "http://public.example:0/x", "https://public.example:65536/"})
    void refusesPortsOutsideTheValidRange(String url) {
        assertThatThrownBy(() -> new TargetGuard(true, FAKE_DNS).check(url))
                .isInstanceOf(RefusedTargetException.class).hasMessage("must have a port from 1 to 65535");
    }

    @Test
    void aNameThatDoesNotResolveIsUnresolvedNotForbidden() {
        assertThatThrownBy(() -> new TargetGuard(false, FAKE_DNS).check("https://nowhere.example/hook"))
                .isInstanceOf(UnresolvedTargetException.class);
        assertThatCode(() -> new TargetGuard(false, FAKE_DNS).checkForm("https://nowhere.example/hook"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new TargetGuard(false, FAKE_DNS).checkForm("ftp://public.example/"))
                .isInstanceOf(RefusedTargetException.class);
    }
}
