package dk.segl.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one clock Segl reads time from, so expiry, link lifetimes and CRL schedules are testable. */
@ApplicationScoped
public class ClockProducer {

    /** Set only by the integration tests: see {@link OffsetClock}. */
    @Inject
    @ConfigProperty(name = "segl.clock.offset-file")
    Optional<String> offsetFile;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return offsetFile.filter(f -> !f.isBlank())
                .<Clock>map(f -> new OffsetClock(Path.of(f), Clock.systemUTC()))
                .orElseGet(Clock::systemUTC);
    }
}
