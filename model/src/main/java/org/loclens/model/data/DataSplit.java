package org.loclens.model.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, stratified splits: within each location the proteins are sorted by id, shuffled with the seed,
 * and the first {@code round(fraction * n)} go to the held-out part. Sorting first makes the split depend
 * only on the data and the seed, not on file order.
 */
public final class DataSplit {

    /** Seed of the committed MultiLoc test split (paper §2.6: 4/5 training, 1/5 test). */
    public static final long TEST_SPLIT_SEED = 20150307L;
    public static final double TEST_FRACTION = 0.2;

    private DataSplit() {
    }

    /** Ids of the held-out part; records must be labelled. */
    public static Set<String> stratifiedHoldOut(List<ProteinRecord> records, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1), got " + fraction);
        }
        Map<Location, List<ProteinRecord>> byClass = new EnumMap<>(Location.class);
        for (ProteinRecord r : records) {
            Location l = r.location().orElseThrow(() -> new IllegalArgumentException("unlabelled record " + r.id()));
            byClass.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
        }
        Random random = new Random(seed);
        Set<String> heldOut = new LinkedHashSet<>();
        for (List<ProteinRecord> members : byClass.values()) {
            members.sort(Comparator.comparing(ProteinRecord::id));
            java.util.Collections.shuffle(members, random);
            int n = (int) Math.floor(fraction * members.size()); // floor: 1187 of 5959, as the reference runs
            for (int i = 0; i < n; i++) {
                heldOut.add(members.get(i).id());
            }
        }
        return heldOut;
    }

    /** The records whose ids are (or are not) in the set, in their original order. */
    public static List<ProteinRecord> select(List<ProteinRecord> records, Set<String> ids, boolean inside) {
        return records.stream().filter(r -> ids.contains(r.id()) == inside).toList();
    }
}
