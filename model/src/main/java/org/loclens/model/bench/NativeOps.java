package org.loclens.model.bench;

import java.util.OptionalLong;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;

/**
 * Counts the native ND4J operations a piece of work launches, with ND4J's {@code OpProfiler} in
 * OPERATIONS mode (probe-java.md: ~27k ops per training minibatch, most of them small per-time-step ops of
 * DL4J's Java LSTM loop). The profiler slows the work down, so counted runs are never timed.
 */
public final class NativeOps {

    private NativeOps() {
    }

    /** Operations launched by {@code work}, or empty when the profiler counted nothing (not supported). */
    @SuppressWarnings("deprecation")
    public static synchronized OptionalLong count(Runnable work) {
        OpExecutioner ex = Nd4j.getExecutioner();
        OpExecutioner.ProfilingMode before = ex.getProfilingMode();
        OpProfiler profiler = OpProfiler.getInstance();
        try {
            profiler.reset();
            ex.setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
            work.run();
            long n = profiler.getInvocationsCount();
            return n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
        } finally {
            ex.setProfilingMode(before == null ? OpExecutioner.ProfilingMode.DISABLED : before);
            profiler.reset();
        }
    }
}
