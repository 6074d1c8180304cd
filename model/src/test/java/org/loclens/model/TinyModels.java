package org.loclens.model;

import java.util.List;
import java.util.Map;
import org.loclens.model.data.Location;
import org.loclens.model.io.ModelManifest;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;

/** Untrained small networks with a manifest, for tests that need a real network but no training. */
public final class TinyModels {

    private TinyModels() {
    }

    public static TrainedModel untrained(Architecture a, long seed) {
        NetworkConfig c = Synthetic.tinyConfig(a).withSeed(seed);
        ModelManifest m = new ModelManifest(ModelManifest.FORMAT_VERSION, "test", c, ModelManifest.ENCODING, Location.labels(),
                new ModelManifest.TrainingSummary(0, 0, 16, 0, 0, 0, "none", List.of()), "", Map.of(), "");
        return new TrainedModel(NetworkFactory.build(c, null), m);
    }
}
