package org.communique.platform.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of every request body as it is deserialised and fails with a 413 problem past the
 * limit. This is what catches chunked bodies, which declare no length.
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {

    // a client proxy: providers are created before runtime configuration is available
    @Inject
    DeclaredLengthLimit limit;

    @Inject
    CurrentVertxRequest currentRequest;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long bytes = limit.bytes();
        CappedInputStream capped = new CappedInputStream(context.getInputStream(), bytes);
        context.setInputStream(capped);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // whatever the reader made of the cut-off stream (Jackson wraps it as a mapping error)
            if (capped.exceeded()) {
                closeConnectionAfterResponse(currentRequest.getCurrent());
                throw PayloadTooLarge.exception(bytes);
            }
            throw e;
        }
    }

    // the rest of the body stays unread, so the connection cannot carry another request
    private static void closeConnectionAfterResponse(RoutingContext routing) {
        if (routing != null) {
            routing.response().endHandler(ended -> routing.request().connection().close());
        }
    }

    private static final class CappedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        CappedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        boolean exceeded() {
            return count > limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws IOException {
            count += bytes;
            if (exceeded()) {
                throw new IOException("request body over " + limit + " bytes");
            }
        }
    }
}
