package org.communique.ingest.sources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.communique.ingest.IngestConfig;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Creates the PUSH sources listed in {@code communique.ingest.seed-sources} (none outside the local
 * profile), or re-keys them when they already exist, so a changed key in the environment takes effect
 * on restart. Sources are matched by name.
 */
@ApplicationScoped
public class SourceSeeder {

    private static final Logger LOG = Logger.getLogger(SourceSeeder.class);

    private final IngestConfig config;
    private final Event<SourceChanged> changed;

    public SourceSeeder(IngestConfig config, Event<SourceChanged> changed) {
        this.config = config;
        this.changed = changed;
    }

    void onStart(@Observes StartupEvent start) {
        List<IngestConfig.SeedSource> seeds = config.seedSources().orElse(List.of());
        if (!seeds.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> seeds.forEach(this::seed));
        }
    }

    /** Creates or re-keys one seeded source in the caller's transaction; keys cached before it stop working at its end. */
    void seed(IngestConfig.SeedSource seed) {
        changed.fire(new SourceChanged());
        String country = seed.country().map(SourceSeeder::countryCode).orElse(null);
        if (seed.key().isBlank()) {
            throw new IllegalStateException("seed source '" + seed.name() + "' has a blank key");
        }
        String keyHash = SourceKeys.hash(seed.key());
        Source source = Source.findByName(seed.name()).orElse(null);
        if (source == null) {
            source = Source.newPushSource(seed.name(), country, keyHash);
            source.persist();
            LOG.infof("Created PUSH source '%s' (%s)", source.name, source.id);
        } else {
            if (source.kind != SourceKind.PUSH) {
                throw new IllegalStateException("seed source '" + seed.name() + "' exists as a " + source.kind + " source");
            }
            source.keyHash = keyHash;
            source.country = country;
            source.enabled = true;
            source.updatedAt = Instant.now();
            LOG.infof("Updated PUSH source '%s' (%s)", source.name, source.id);
        }
    }

    private static String countryCode(String country) {
        if (!country.matches("[A-Za-z]{2}")) {
            throw new IllegalStateException("seed source country must be ISO 3166-1 alpha-2: " + country);
        }
        return country.toUpperCase(Locale.ROOT);
    }
}
