package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loclens.model.data.FastaReader;
import org.loclens.model.data.InputProblem;
import org.loclens.model.data.ProteinRecord;

class SyntheticFastaTest {

    @Test
    void streamsTheRequestedRecordsWithPoolLengthsAndNoProblems() throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        List<ProteinRecord> records = FastaReader.readAll("generated", new SyntheticFasta(50, new int[] {7, 60, 61, 130}, 3L), problems::add);
        assertEquals(50, records.size());
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("synthetic_000001", records.get(0).id());
        for (ProteinRecord r : records) {
            assertTrue(Set.of(7, 60, 61, 130).contains(r.length()), r.id() + " length " + r.length());
        }
        byte[] a = new SyntheticFasta(20, new int[] {100}, 9L).readAllBytes();
        byte[] b = new SyntheticFasta(20, new int[] {100}, 9L).readAllBytes();
        assertEquals(new String(a, "US-ASCII"), new String(b, "US-ASCII"), "seeded: same bytes");
    }
}
