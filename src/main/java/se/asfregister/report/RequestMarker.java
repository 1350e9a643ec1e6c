package se.asfregister.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The {@link FiguresMarker} as one request first read it: every figure the request keeps or
 * uses is checked against the same reading, one query instead of one per figure (on PostgreSQL
 * each is a round trip).
 */
@RequestScoped
public class RequestMarker {

    @Inject
    FiguresMarker marker;

    private Long now;

    long now() {
        if (now == null) {
            now = marker.now();
        }
        return now;
    }
}
