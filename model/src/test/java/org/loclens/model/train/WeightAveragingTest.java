package org.loclens.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loclens.model.Synthetic;
import org.loclens.model.TinyModels;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.nd4j.linalg.api.ndarray.INDArray;

class WeightAveragingTest {

    @Test
    void theAverageHoldsTheMeanOfTheParametersAndRecordsWhatWasAveraged() {
        TrainedModel a = TinyModels.untrained(Architecture.ALSTM, 1);
        TrainedModel b = TinyModels.untrained(Architecture.ALSTM, 2);
        // same architecture and settings, different weights: like two epochs of one run
        TrainedModel b2 = new TrainedModel(b.network(), a.manifest());
        INDArray bBefore = b.network().params().dup();
        TrainedModel avg = WeightAveraging.withValidation(WeightAveraging.average(List.of(a, b2)), 0.5, 0.75);
        INDArray expected = a.network().params().add(b.network().params()).divi(2);
        assertEquals(0, expected.sub(avg.network().params()).amaxNumber().doubleValue(), 1e-7);
        assertEquals(2.0, avg.manifest().metrics().get(WeightAveraging.AVERAGED_MODELS));
        assertEquals(0.75, avg.manifest().metrics().get("validationAccuracy"));
        // the inputs are untouched
        assertEquals(0, bBefore.sub(b.network().params()).amaxNumber().doubleValue());
        List<ProteinRecord> proteins = Synthetic.proteins(20, 3);
        double[] la = WeightAveraging.lossAndAccuracy(avg, proteins);
        assertEquals(true, la[0] > 0 && la[1] >= 0 && la[1] <= 1);
    }

    @Test
    void epochsOfAFixedScheduleAverageAcrossTheirRatesButOtherSettingsMustMatch() {
        TrainedModel a = TinyModels.untrained(Architecture.ALSTM, 1);
        var m = a.manifest();
        // ADR 0016: each epoch resumed with its own --lr, so the epochs' configs differ in the rate only
        TrainedModel slower = new TrainedModel(TinyModels.untrained(Architecture.ALSTM, 2).network(),
                new org.loclens.model.io.ModelManifest(m.formatVersion(), m.loclensVersion(),
                        m.config().withLearningRate(m.config().learningRate() / 2), m.encoding(), m.classNames(),
                        m.training(), m.dataSha256(), m.metrics(), m.createdAt()));
        assertEquals(2.0, WeightAveraging.average(List.of(a, slower)).manifest().metrics().get(WeightAveraging.AVERAGED_MODELS));

        TrainedModel wider = new TrainedModel(slower.network(), new org.loclens.model.io.ModelManifest(m.formatVersion(),
                m.loclensVersion(), m.config().withLstmUnits(m.config().lstmUnits() + 1), m.encoding(), m.classNames(),
                m.training(), m.dataSha256(), m.metrics(), m.createdAt()));
        assertThrows(IllegalArgumentException.class, () -> WeightAveraging.average(List.of(a, wider)));
    }

    @Test
    void checkpointsOfDifferentArchitecturesAreRefused() {
        TrainedModel r = TinyModels.untrained(Architecture.RLSTM, 1);
        TrainedModel a = TinyModels.untrained(Architecture.ALSTM, 1);
        assertThrows(IllegalArgumentException.class, () -> WeightAveraging.average(List.of(r, a)));
        assertThrows(IllegalArgumentException.class, () -> WeightAveraging.average(List.of(r)));
    }

    @Test
    void theValidationPartIsTheTrainersOwn() {
        List<ProteinRecord> data = Synthetic.proteins(200, 5);
        List<ProteinRecord> v = WeightAveraging.validationPart(data, 0.1);
        assertEquals(v, WeightAveraging.validationPart(data, 0.1));
        assertEquals(true, v.size() >= 15 && v.size() <= 25, "about a tenth: " + v.size());
    }
}
