package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

class NativeOpsTest {

    @Test
    @SuppressWarnings("deprecation")
    void countsTheOperationsOfAFewArrayCallsAndRestoresTheProfilingMode() {
        INDArray a = Nd4j.rand(DataType.FLOAT, 8, 8);
        OpExecutioner.ProfilingMode before = Nd4j.getExecutioner().getProfilingMode();
        OptionalLong n = NativeOps.count(() -> {
            a.addi(1.0f);
            a.muli(2.0f);
            a.mmul(a);
        });
        assertTrue(n.isPresent() && n.getAsLong() >= 2, n.toString());
        assertEquals(before == null ? OpExecutioner.ProfilingMode.DISABLED : before, Nd4j.getExecutioner().getProfilingMode());
    }
}
