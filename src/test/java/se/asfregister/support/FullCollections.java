package se.asfregister.support;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Records when the collections start that code asked for ({@code System.gc()}), whatever the
 * collector. The JVM reports collections to listeners on a thread of its own, in order, shortly
 * after they end: {@link #awaitStarts} waits for them, a bounded time.
 */
public final class FullCollections implements NotificationListener, AutoCloseable {

    private static final String REQUESTED = "System.gc()";

    private final List<Long> starts = new CopyOnWriteArrayList<>();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    public FullCollections() {
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(this, null, null));
    }

    /** Milliseconds since the JVM started, the clock that collections' start times are given in. */
    public static long now() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if (REQUESTED.equals(info.getGcCause())) {
                starts.add(info.getGcInfo().getStartTime());
            }
        }
    }

    /** The start times ({@link #now()}) of the requested collections so far, once there are {@code count}, or after 10 s. */
    public List<Long> awaitStarts(int count) throws InterruptedException {
        for (int i = 0; i < 100 && starts.size() < count; i++) {
            Thread.sleep(100);
        }
        return List.copyOf(starts);
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
