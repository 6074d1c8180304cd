package org.loclens.model.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Repeated measurements of one quantity: median, minimum and maximum of the samples.
 *
 * @param samples the measured values, in measurement order
 */
public record Stats(double[] samples) {

    public Stats {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        samples = samples.clone();
    }

    public static Stats of(double... samples) {
        return new Stats(samples);
    }

    public static Stats of(List<Double> samples) {
        return new Stats(samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Runs {@code task} {@code repeats} times and returns the wall seconds of each run. */
    public static Stats seconds(int repeats, Runnable task) {
        double[] s = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            task.run();
            s[i] = (System.nanoTime() - t0) / 1e9;
        }
        return new Stats(s);
    }

    public int count() {
        return samples.length;
    }

    public double median() {
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    public double min() {
        return Arrays.stream(samples).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(samples).max().orElseThrow();
    }

    public double mean() {
        return Arrays.stream(samples).average().orElseThrow();
    }

    /** The same measurements in another unit, sample by sample (e.g. seconds to proteins per second). */
    public Stats map(DoubleUnaryOperator f) {
        return new Stats(Arrays.stream(samples).map(f).toArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stats s && Arrays.equals(samples, s.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Stats" + Arrays.toString(samples);
    }
}
