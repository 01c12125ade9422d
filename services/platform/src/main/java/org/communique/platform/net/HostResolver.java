package org.communique.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Name resolution, replaceable in tests. */
@FunctionalInterface
public interface HostResolver {

    /** The system resolver, bounded to {@link #DEFAULT_TIMEOUT} per lookup and 16 lookups at a time. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    HostResolver UNBOUNDED_SYSTEM = InetAddress::getAllByName;
    HostResolver SYSTEM = bounded(UNBOUNDED_SYSTEM, DEFAULT_TIMEOUT, 16);

    InetAddress[] resolve(String host) throws UnknownHostException;

    /**
     * A resolver that answers within {@code timeout}: the JDK's lookup has no time bound of its own (a
     * slow or silent DNS server holds the caller for as long as the OS resolver retries), so lookups run
     * on at most {@code concurrency} daemon threads and a caller that waits longer gets an
     * {@link UnknownHostException}. When every thread is busy with a slow lookup, new lookups fail at
     * once rather than queue.
     */
    static HostResolver bounded(HostResolver delegate, Duration timeout, int concurrency) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor lookups = new ThreadPoolExecutor(0, concurrency, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "dns-lookup-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        return host -> {
            Future<InetAddress[]> lookup;
            try {
                lookup = lookups.submit(() -> delegate.resolve(host));
            } catch (RejectedExecutionException e) {
                throw new UnknownHostException(host + ": too many lookups in progress");
            }
            try {
                return lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                lookup.cancel(true);
                throw new UnknownHostException(host + ": no answer within " + timeout.toMillis() + " ms");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownHostException unknown) {
                    throw unknown;
                }
                throw new UnknownHostException(host + ": lookup failed");
            } catch (InterruptedException e) {
                lookup.cancel(true);
                Thread.currentThread().interrupt();
                throw new UnknownHostException(host + ": interrupted");
            }
        };
    }
}
