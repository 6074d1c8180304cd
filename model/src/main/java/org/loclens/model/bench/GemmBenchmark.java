package org.loclens.model.bench;

import org.loclens.model.network.Nd4jThreads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The machine's practical limit for this workload: single-thread float matrix products through ND4J
 * ({@code Nd4j.gemm}, OpenBLAS underneath), {@code C = A·B} with {@code 2n³} operations each.
 */
public final class GemmBenchmark {

    private GemmBenchmark() {
    }

    /**
     * Float GEMM rate in GFLOP/s on {@code n x n} matrices, one sample per repeat after a warm-up; each
     * sample runs enough products to last at least {@code minSecondsPerSample}.
     */
    public static Stats gflops(int n, int repeats, double minSecondsPerSample) {
        if (n < 1 || repeats < 1) {
            throw new IllegalArgumentException("n and repeats must be positive");
        }
        Nd4jThreads.useOneThread();
        INDArray a = Nd4j.rand(DataType.FLOAT, n, n);   // [n, n]
        INDArray b = Nd4j.rand(DataType.FLOAT, n, n);   // [n, n]
        INDArray c = Nd4j.zeros(DataType.FLOAT, n, n);  // [n, n]
        try {
            double flops = 2.0 * n * n * n;
            // warm-up: loads the BLAS code paths and tells how many products fill a sample
            int calls = 0;
            long t0 = System.nanoTime();
            double warm = Math.max(0.05, minSecondsPerSample / 2);
            do {
                Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
                calls++;
            } while ((System.nanoTime() - t0) / 1e9 < warm || calls < 3);
            double perCall = (System.nanoTime() - t0) / 1e9 / calls;
            int reps = (int) Math.max(1, Math.ceil(minSecondsPerSample / Math.max(perCall, 1e-9)));
            double[] samples = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long s0 = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
                }
                c.getFloat(0); // the product is done before the clock stops
                double seconds = (System.nanoTime() - s0) / 1e9;
                samples[r] = flops * reps / seconds / 1e9;
            }
            return new Stats(samples);
        } finally {
            for (INDArray x : new INDArray[] {a, b, c}) {
                if (x.closeable()) {
                    x.close();
                }
            }
        }
    }
}
