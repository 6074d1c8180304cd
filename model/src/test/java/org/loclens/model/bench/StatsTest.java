package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianMinAndMaxOfOddAndEvenCounts() {
        Stats odd = Stats.of(3, 1, 2);
        assertEquals(2, odd.median());
        assertEquals(1, odd.min());
        assertEquals(3, odd.max());
        assertEquals(2.5, Stats.of(4, 1, 2, 3).median());
        assertArrayEquals(new double[] {3, 1, 2}, odd.samples(), "samples keep measurement order");
    }

    @Test
    void mapConvertsEverySampleSoMinAndMaxFollow() {
        Stats perSecond = Stats.of(2, 4, 5).map(s -> 100 / s); // seconds -> items per second
        assertEquals(25, perSecond.median());
        assertEquals(20, perSecond.min());
        assertEquals(50, perSecond.max());
    }
}
