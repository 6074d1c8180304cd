package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GemmBenchmarkTest {

    @Test
    void measuresAPositiveFiniteRateOnSmallMatrices() {
        Stats s = GemmBenchmark.gflops(64, 3, 0.02);
        assertEquals(3, s.count());
        for (double v : s.samples()) {
            assertTrue(Double.isFinite(v) && v > 0, "GFLOP/s sample " + v);
        }
        assertTrue(s.min() <= s.median() && s.median() <= s.max());
    }
}
