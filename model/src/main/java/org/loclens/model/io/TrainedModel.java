package org.loclens.model.io;

import org.deeplearning4j.nn.graph.ComputationGraph;

/** A network with its manifest, as loaded from or saved to a model file. */
public record TrainedModel(ComputationGraph network, ModelManifest manifest) {

    public String displayName() {
        return manifest.config().architecture().displayName();
    }
}
