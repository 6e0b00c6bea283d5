package eu.euromedjustice.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Competing requests, each from a thread of its own, released at the same moment: for races on purpose. */
public final class Parallel {

    private Parallel() {
    }

    /** The answers of the calls, in the order given. */
    @SafeVarargs
    public static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            CyclicBarrier start = new CyclicBarrier(calls.length);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The same call several times at once. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> times(int count, Callable<T> call) throws Exception {
        Callable<T>[] calls = new Callable[count];
        java.util.Arrays.fill(calls, call);
        return atOnce(calls);
    }
}
