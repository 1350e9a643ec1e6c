package se.asfregister.support;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Counts the collections that code asked for ({@code System.gc()}), whatever the collector. The
 * JVM reports a collection to listeners on a thread of its own, within milliseconds of its end:
 * {@link #awaitCount} waits for one that is due, {@link #countAfterQuiet} gives one that was not
 * expected the time to show. Counts, not times: the collections' start times are on a clock of
 * their own, counted from a later moment than the JVM's uptime.
 */
public final class FullCollections implements NotificationListener, AutoCloseable {

    private static final String REQUESTED = "System.gc()";

    private final AtomicInteger requested = new AtomicInteger();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    public FullCollections() {
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(this, null, null));
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())
                && REQUESTED.equals(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcCause())) {
            requested.incrementAndGet();
        }
    }

    /** Requested collections so far, once there are {@code count}, or after 10 s. */
    public int awaitCount(int count) throws InterruptedException {
        for (int i = 0; i < 100 && requested.get() < count; i++) {
            Thread.sleep(100);
        }
        return requested.get();
    }

    /** Requested collections so far, after a second in which any that already ran is reported. */
    public int countAfterQuiet() throws InterruptedException {
        Thread.sleep(1000);
        return requested.get();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean c : collectors) {
            try {
                ((NotificationEmitter) c).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // this collector sends no notifications we listened to: nothing to remove
            }
        }
    }
}
