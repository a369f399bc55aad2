package de.rathaus.identity.login;

import java.time.Duration;

/**
 * Exponential back-off: the failure that reaches the threshold locks for {@code firstLock}, each
 * further one doubles the lock, up to {@code maxLock}. Failures older than {@code window} are
 * forgotten.
 */
record ThrottlePolicy(int threshold, Duration firstLock, Duration maxLock, Duration window) {

    Duration lockAfter(int failures) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
