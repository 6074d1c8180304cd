/**
 * Measurements behind {@code loclens bench}: prediction throughput and streaming memory, training time per
 * minibatch, the single-thread GEMM peak, the networks' floating-point operations per residue, and the
 * machine description. UI-free; the app's {@code BenchCommand} runs them and {@link
 * org.loclens.model.bench.BenchReport} writes the Markdown report.
 *
 * <p>Every timed figure is the median of repeated runs, reported with its minimum and maximum
 * ({@link org.loclens.model.bench.Stats}). Speed does not depend on the weights, so untrained networks of the
 * default size give the same timings as trained ones.
 */
package org.loclens.model.bench;
