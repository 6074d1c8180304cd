package org.loclens.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultiLocTest {

    @Test
    void bundledDataHas5959ProteinsInElevenClassesWithSignals() {
        List<ProteinRecord> all = MultiLoc.all();
        assertEquals(5959, all.size());
        Map<Location, Integer> counts = new EnumMap<>(Location.class);
        all.forEach(r -> counts.merge(r.location().orElseThrow(), 1, Integer::sum));
        assertEquals(11, counts.size());
        assertEquals(63, counts.get(Location.VACUOLAR));
        assertEquals(1411, counts.get(Location.CYTOPLASMIC));
        assertTrue(all.stream().filter(r -> r.signal().isPresent()).count() > 1000, "SP/cTP/mTP/SA annotations are kept");
    }

    @Test
    void committedTestSplitIsTheSeededStratifiedFifth() throws IOException {
        String committed;
        try (var in = MultiLoc.open(MultiLoc.TEST_SPLIT_RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertEquals(String.join("\n", MakeSplit.lines()) + "\n", committed, "regenerate with MakeSplit if the rule changed");
        Set<String> test = MultiLoc.testIds();
        assertEquals(1187, test.size());
        assertEquals(5959 - 1187, MultiLoc.training().size());
        // stratified: every class keeps about a fifth in the test part
        for (Location l : Location.values()) {
            long n = MultiLoc.all().stream().filter(r -> r.location().orElseThrow() == l).count();
            long t = MultiLoc.test().stream().filter(r -> r.location().orElseThrow() == l).count();
            assertEquals(Math.floor(n * 0.2), t, l.label());
        }
    }

    @Test
    void splitDependsOnSeedNotFileOrder() {
        List<ProteinRecord> all = MultiLoc.all();
        List<ProteinRecord> reversed = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertEquals(DataSplit.stratifiedHoldOut(all, 0.2, 5), DataSplit.stratifiedHoldOut(reversed, 0.2, 5));
        assertTrue(!DataSplit.stratifiedHoldOut(all, 0.2, 5).equals(DataSplit.stratifiedHoldOut(all, 0.2, 6)));
        assertEquals(11, Arrays.stream(Location.values()).count());
    }
}
