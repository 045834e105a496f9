package dev.polly.common.events;

import java.time.Duration;

/**
 * Cross-process mutual exclusion for periodic jobs (a Redisson {@code RLock} per name).
 *
 * <p>When Redis is unavailable, {@link #runExclusively} runs the job anyway and returns true: locks
 * only save duplicate work, and correctness rests on compare-and-set updates in PostgreSQL.
 */
public interface DistributedLocks {
  /**
   * Runs {@code job} if this process can take the lock {@code name} without waiting; the lock is
   * released afterwards or after {@code lease} at the latest. Returns whether the job ran.
   */
  boolean runExclusively(String name, Duration lease, Runnable job);
}
