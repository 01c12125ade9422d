package org.communique.platform.net;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextTest {

    @Test
    void urlsLoseCredentialsQueryAndFragment() {
        assertThat(ErrorText.sanitize("GET https://bob:s3cret@mfa.example.org/feed.xml?token=abc#top failed"))
                .isEqualTo("GET https://mfa.example.org/feed.xml failed");
    }

    @Test
    void internalAddressesAreHidden() {
        String shown = ErrorText.sanitize("connect to http://10.1.2.3:8080/x and 192.168.0.7:5432, [::1]:80,"
                + " fd00::1, 169.254.169.254, db.internal and localhost:9092 failed");
        assertThat(shown).doesNotContain("10.1.2.3", "192.168.0.7", "::1", "fd00", "169.254", "db.internal",
                "localhost", "5432", "9092");
        assertThat(shown).contains(ErrorText.INTERNAL);
    }

    @Test
    void publicAddressesTimesAndVersionsStay() {
        assertThat(ErrorText.sanitize("93.184.216.34 timed out at 12:30:45 (HTTP/1.1)"))
                .isEqualTo("93.184.216.34 timed out at 12:30:45 (HTTP/1.1)");
    }

    @Test
    void javaTypeNamesAndStackFramesGo() {
        String shown = ErrorText.sanitize("java.net.UnknownHostException: feed.example.org\n"
                + "\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1234)\n"
                + "\tat org.communique.ingest.polling.HttpFetcher.fetch(HttpFetcher.java:99)");
        assertThat(shown).isEqualTo("feed.example.org");
        assertThat(ErrorText.sanitize("io.netty.channel.AbstractChannel$AnnotatedConnectException: refused"))
                .isEqualTo("refused");
        assertThat(ErrorText.sanitize("SSLHandshakeException: PKIX path building failed"))
                .isEqualTo("PKIX path building failed");
        assertThat(ErrorText.sanitize("NullPointerException")).isEqualTo("error");
    }

    @Test
    void controlCharactersAndLengthAreBounded() {
        assertThat(ErrorText.sanitize("a\u0000b\r\nc")).isEqualTo("a b c");
        assertThat(ErrorText.sanitize("x".repeat(1 << 20))).hasSizeLessThanOrEqualTo(ErrorText.MAX_LENGTH);
    }

    @Test
    void hostileInputsStayLinear() {
        // long runs that make backtracking engines explode; RE2/J reads each once
        for (String hostile : new String[] {"a.".repeat(1 << 19), "http://".repeat(1 << 17), "1.".repeat(1 << 19),
                ":".repeat(1 << 20), "at a(".repeat(1 << 18), "\t".repeat(1 << 20)}) {
            assertThat(ErrorText.sanitize(hostile)).hasSizeLessThanOrEqualTo(ErrorText.MAX_LENGTH);
        }
    }
}
