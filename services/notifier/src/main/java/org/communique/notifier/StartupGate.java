package org.communique.notifier;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Skips scheduled jobs until startup has completed. Interval triggers can fire before Reactive
 * Messaging has wired its channels (done in an earlier startup observer), and a job that then touches
 * an emitter fails to inject it.
 */
@Singleton
public class StartupGate implements Scheduled.SkipPredicate {

    private volatile boolean open;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent event) {
        open = true;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        open = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !open;
    }
}
