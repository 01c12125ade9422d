package org.communique.notifier.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.SocketException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed send records for the owner to read: the kind of failure, never the address connected to. */
class FailureDescriptionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Network is unreachable: /10.255.255.1:39613 | Network is unreachable: <address>",
            "Connection reset by peer: hooks.example.org/203.0.113.9:443 | Connection reset by peer: <address>",
            "failed to connect to 192.0.2.7 | failed to connect to <address>",
            "No route to host: hooks.example.org/[2001:db8::1]:8443 | No route to host: <address>",
            "closed by [fd00:ec2::254]:80 | closed by <address>",
            "Connection reset | Connection reset",
            "stream closed at 12:30 after I/O timeout | stream closed at 12:30 after I/O timeout"
    })
    void socketAddressesAreLeftOut(String message, String expected) {
        assertThat(WebhookSender.describe(new SocketException(message))).isEqualTo("I/O error: " + expected);
    }

    @Test
    void tlsFailuresAreNamedAsSuch() {
        assertThat(WebhookSender.describe(new SSLHandshakeException("PKIX path building failed at /198.51.100.4:443")))
                .isEqualTo("TLS error: PKIX path building failed at <address>");
        assertThat(WebhookSender.describe(new IOException((String) null))).isEqualTo("I/O error");
    }
}
