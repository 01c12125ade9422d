package org.communique.platform.net;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class NetFailureTest {

    @Test
    void aTargetThatDoesNotResolveIsARetryableFailure() {
        NetFailure failure = NetFailure.classify(new UnresolvedTargetException("host hooks.example does not resolve"));
        assertThat(failure.kind()).isEqualTo(NetFailure.Kind.RESOLUTION);
        assertThat(failure.retryable()).isTrue();
        assertThat(NetFailure.classify(new ExecutionException(new UnknownHostException("x.example"))).kind())
                .isEqualTo(NetFailure.Kind.RESOLUTION);
    }

    @Test
    void connectionFailuresAreRetryableAndSayNothingOfAddresses() {
        NetFailure refused = NetFailure.classify(
                new CompletionException(new ConnectException("Connection refused: /10.0.0.1:8080")));
        assertThat(refused.kind()).isEqualTo(NetFailure.Kind.CONNECTION);
        assertThat(refused.retryable()).isTrue();
        assertThat(refused.message()).doesNotContain("10.0.0.1", "Exception");
        assertThat(NetFailure.classify(new NoRouteToHostException("No route")).kind())
                .isEqualTo(NetFailure.Kind.CONNECTION);
    }

    @Test
    void timeoutsTlsAndBrokenConnections() {
        assertThat(NetFailure.classify(new TimeoutException()).kind()).isEqualTo(NetFailure.Kind.TIMEOUT);
        assertThat(NetFailure.classify(new SocketTimeoutException("Read timed out")).kind())
                .isEqualTo(NetFailure.Kind.TIMEOUT);
        assertThat(NetFailure.classify(new ConnectTimeoutLike()).kind()).isEqualTo(NetFailure.Kind.TIMEOUT);
        assertThat(NetFailure.classify(new SSLHandshakeException("PKIX")).kind()).isEqualTo(NetFailure.Kind.TLS);
        assertThat(NetFailure.classify(new IOException("Connection reset by peer")).kind())
                .isEqualTo(NetFailure.Kind.IO);
    }

    @Test
    void aRefusedTargetIsNotRetriedAndItsMessageIsSanitized() {
        NetFailure failure = NetFailure.classify(new RefusedTargetException("points to a loopback address"));
        assertThat(failure.kind()).isEqualTo(NetFailure.Kind.REFUSED);
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void anythingElseIsOtherWithoutATypeName() {
        NetFailure failure = NetFailure.classify(new IllegalStateException("java.lang.IllegalStateException"));
        assertThat(failure.kind()).isEqualTo(NetFailure.Kind.OTHER);
        assertThat(failure.message()).doesNotContain("IllegalState");
    }

    /** Netty's ConnectTimeoutException has this shape: a ConnectException named ...Timeout... */
    private static final class ConnectTimeoutLike extends ConnectException {
    }
}
