package org.loclens.model.network;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * One OpenMP/BLAS thread per JVM worker. On this kind of 2-core machine two threads made a minibatch 2x
 * slower, and 50x slower while another process used a core (probe-java.md); parallelism comes from
 * separate workers instead.
 *
 * <p>{@link #NO_POINTER_GC}: JavaCPP's garbage-collector-driven deallocation made a training minibatch 1.5x
 * slower here (3.67 s vs 2.45 s, R-LSTM, 64 x 450); with it off, LocLens closes the arrays it creates itself
 * and DL4J keeps its own in workspaces. Set before any ND4J class loads (see the app's Main).
 */
public final class Nd4jThreads {

    public static final String NO_POINTER_GC = "org.bytedeco.javacpp.nopointergc";

    private static volatile boolean configured;

    private Nd4jThreads() {
    }

    public static synchronized void useOneThread() {
        if (configured) {
            return;
        }
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        configured = true;
    }
}
