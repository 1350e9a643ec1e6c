package se.asfregister.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Graceful shutdown, our half of it. On SIGTERM Quarkus turns readiness DOWN for
 * {@code quarkus.shutdown.delay} while the load balancer stops routing here, then waits up to
 * {@code quarkus.shutdown.timeout} for requests in flight. Quarkus keeps serving new requests
 * during that wait; we refuse them instead, with a 503 problem that closes the connection and
 * says when to retry (another instance), so nothing new starts on an instance that is leaving.
 */
@ApplicationScoped
public class ShutdownGate {

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> delay;

    /** System.nanoTime() from which new requests are refused; null while running normally. */
    private volatile Long refuseFromNanos;

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        refuseFromNanos = System.nanoTime() + delay.orElse(Duration.ZERO).toNanos();
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void refuseWhileStopping(ContainerRequestContext ctx) {
        Long from = refuseFromNanos;
        if (from != null && System.nanoTime() - from >= 0) {
            throw new ApiException(ProblemType.UNAVAILABLE, "The service is shutting down; retry the request",
                    List.of(), Map.of("Retry-After", "1", "Connection", "close"));
        }
    }
}
