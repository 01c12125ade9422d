package org.communique.ingest.polling;

import jakarta.inject.Singleton;
import org.communique.platform.net.HostResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server under a test's control, put in place of the system resolver (in {@code @QuarkusTest}s it
 * replaces ingest's default {@link HostResolver} bean): a scripted name gives its answers in turn, the last one
 * for every further lookup, like a rebinding attacker's server with a TTL of 0; other names go to the system
 * resolver. Every lookup of a scripted name is counted.
 */
@Singleton
public class ScriptedResolver implements HostResolver {

    private final Map<String, Deque<String>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    /** {@code host} answers {@code first}, then each of {@code then} in turn; the last one stays. */
    public ScriptedResolver script(String host, String first, String... then) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add(first);
        queue.addAll(List.of(then));
        answers.put(host, queue);
        lookups.put(host, new AtomicInteger());
        return this;
    }

    public int lookups(String host) {
        AtomicInteger count = lookups.get(host);
        return count == null ? 0 : count.get();
    }

    public void clear() {
        answers.clear();
        lookups.clear();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Deque<String> queue = answers.get(host);
        if (queue == null) {
            return HostResolver.SYSTEM.resolve(host);
        }
        lookups.get(host).incrementAndGet();
        String answer;
        synchronized (queue) {
            answer = queue.size() > 1 ? queue.poll() : queue.peek();
        }
        // an IP literal: no lookup, and the name is kept as the address' host name
        return new InetAddress[] {InetAddress.getByAddress(host, InetAddress.getByName(answer).getAddress())};
    }
}
