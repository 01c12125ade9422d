package org.communique.platform.warmup;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;

/**
 * Compiles a service's hot path before the instance takes traffic: on a thread of its own at start-up it runs
 * {@link #steps()} (what a request does, over synthetic inputs, storing and publishing nothing) for the configured
 * rounds or time, and as a readiness check it is DOWN until that is over. A subclass is a {@code @Readiness @Singleton} bean (a normal-scoped one would need a proxy)
 * that supplies the steps and calls {@link #start()} and {@link #stop()} from its start-up and shutdown observers.
 * Warming up is an optimisation: if a step fails the instance reports ready anyway and compiles as traffic comes.
 */
public abstract class WarmUp implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    private final String name;
    private final WarmUpSettings settings;
    private final WarmUpProgress progress = new WarmUpProgress();
    private volatile boolean stopping;

    /** {@code name} is the readiness check's, e.g. "Tagger warm-up"; it also names the thread and the log lines. */
    protected WarmUp(String name, WarmUpSettings settings) {
        this.name = name;
        this.settings = settings;
    }

    /** The work of one round, built once; each step must read and compute only. */
    protected abstract List<Runnable> steps() throws Exception;

    protected final WarmUpSettings settings() {
        return settings;
    }

    public final WarmUpProgress progress() {
        return progress;
    }

    protected final void start() {
        if (!settings.enabled()) {
            progress.disable();
            LOG.infof("%s disabled", name);
            return;
        }
        Thread thread = new Thread(this::run, name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
    }

    protected final void stop() {
        stopping = true;
    }

    @Override
    public final HealthCheckResponse call() {
        return progress.response(name);
    }

    private void run() {
        try {
            List<Runnable> steps = steps();
            progress.run(steps, settings.rounds(), settings.maxTime(), () -> stopping);
            LOG.infof("%s %s: %d of %d rounds over %d synthetic inputs of %d characters in %s", name,
                    progress.state().name().toLowerCase(Locale.ROOT), progress.rounds(), settings.rounds(),
                    steps.size(), settings.characters(),
                    progress.response(name).getData().map(data -> data.get("millis") + " ms").orElse("-"));
        } catch (Exception e) {
            progress.failed();
            LOG.errorf(e, "%s failed; the instance reports ready anyway and compiles as traffic comes", name);
        }
    }
}
