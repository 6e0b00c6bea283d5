package eu.euromedjustice.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls for a condition that becomes true asynchronously (a log line written after the answer). */
public final class Wait {

    private Wait() {
    }

    public static boolean until(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
