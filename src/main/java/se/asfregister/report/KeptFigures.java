package se.asfregister.report;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures kept between requests until a write changes the database ({@link FiguresMarker}): a
 * year's public figures, and a county's own figures (its rows, indicators and like-with-like
 * comparisons). Every instance reads the marker from the database, so a write through any
 * instance shows in the next request to every other.
 */
@ApplicationScoped
public class KeptFigures {

    @Inject
    FiguresMarker marker;

    /** The marker read once per request: a county report with progress asks for up to eight figures. */
    @Inject
    Instance<RequestMarker> requestMarker;

    /** A value and the marker it was computed at. */
    private record Kept(long marker, Object value) {
    }

    /** By the figure's name and parameters; at most one entry per county, year and kind of figure. */
    private final Map<List<Object>, Kept> kept = new ConcurrentHashMap<>();

    /**
     * The value under {@code key}, computed again when a write has committed since it was kept.
     * The marker is read before the figures (once per request, at its first figure): a write
     * committed in between is in the figures but not in the marker, so the next request computes
     * them again; none is ever missed.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> compute) {
        long now = requestMarker.isResolvable() && Arc.container().requestContext().isActive()
                ? requestMarker.get().now() : marker.now();
        Kept k = kept.get(key);
        if (k != null && k.marker() == now) {
            return (T) k.value();
        }
        T value = compute.get();
        kept.put(key, new Kept(now, value));
        return value;
    }
}
