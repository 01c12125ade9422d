package org.communique.notifier.pages;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.NewCookie;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Operators' sessions, so the knowledge-base editor can redirect after each change (POST-redirect-GET) without the
 * admin key in a URL or in the browser: a valid key opens a session, whose random id travels in an HttpOnly,
 * SameSite=Strict cookie scoped to /operator; every form also carries the session's own anti-forgery value. Kept in
 * this instance's memory, at most {@value #MAX_SESSIONS} (the least recently used goes first), each ending after
 * {@code communique.operator.session-idle-minutes} without a request.
 */
@Singleton
class OperatorSessions {

    static final String COOKIE = "communique-operator";
    static final int MAX_SESSIONS = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Session(String id, String csrf) {

        boolean carries(String formValue) {
            return formValue != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.US_ASCII),
                    formValue.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private record Held(Session session, long lastSeen) {
    }

    private final Duration idle;
    private final Map<String, Held> sessions = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    OperatorSessions(OperatorConfig config) {
        this.idle = Duration.ofMinutes(config.sessionIdleMinutes());
    }

    Session open() {
        Session session = new Session(random(), random());
        synchronized (sessions) {
            sessions.put(session.id(), new Held(session, System.nanoTime()));
        }
        return session;
    }

    /** The live session the cookie names, its idle time restarted; empty when there is none or it ended. */
    Optional<Session> find(String cookie) {
        if (cookie == null || cookie.length() > 64) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        synchronized (sessions) {
            Held held = sessions.get(cookie);
            if (held == null) {
                return Optional.empty();
            }
            if (now - held.lastSeen() > idle.toNanos()) {
                sessions.remove(cookie);
                return Optional.empty();
            }
            sessions.put(cookie, new Held(held.session(), now));
            return Optional.of(held.session());
        }
    }

    void close(String cookie) {
        if (cookie != null) {
            synchronized (sessions) {
                sessions.remove(cookie);
            }
        }
    }

    NewCookie cookie(Session session, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(session.id()).path("/operator").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge((int) idle.toSeconds()).build();
    }

    static NewCookie expired(boolean secure) {
        return new NewCookie.Builder(COOKIE).value("").path("/operator").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
