package org.borderedi.gateway.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through the collector's own reports while a benchmark runs: the most the heap held at once (its
 * use just before a collection, all pools together) and the most that was still live just after one. Adding up each
 * pool's own peak instead overstates the peak, since the pools peak at different moments.
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

    private final AtomicLong mostInUse = new AtomicLong();
    private final AtomicLong mostLive = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        collections.incrementAndGet();
        mostInUse.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        mostLive.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
    }

    /** The heap pools' use together; the non-heap pools (metaspace, code cache) are left out. */
    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (usage != null && pool.getType() == MemoryType.HEAP) {
                used += usage.getUsed();
            }
        }
        return used;
    }

    /** The most the heap held at once, seen just before a collection (0 when none ran). */
    long mostInUseBytes() {
        return mostInUse.get();
    }

    /** The most the heap still held just after a collection: what the run kept live. */
    long mostLiveBytes() {
        return mostLive.get();
    }

    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
