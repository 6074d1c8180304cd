package org.loclens.model.encoding;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A padded minibatch: features {@code [n, 60, T]}, mask {@code [n, T]}, true lengths per protein. */
public record EncodedBatch(INDArray features, INDArray mask, int[] lengths) {

    public int size() {
        return lengths.length;
    }

    public int paddedLength() {
        return (int) features.size(2);
    }
}
