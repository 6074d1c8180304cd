package org.loclens.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loclens.model.Synthetic;
import org.loclens.model.TinyModels;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;

class PaddingInvarianceTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aProteinGetsTheSameProbabilitiesAloneOrBatchedWithLongerOnes(Architecture architecture) {
        TrainedModel model = TinyModels.untrained(architecture, 3);
        List<ProteinRecord> proteins = Synthetic.proteins(4, 9);
        ProteinRecord shortOne = proteins.get(0);
        ProteinRecord longOne = ProteinRecord.unlabelled("long", proteins.get(1).sequence().repeat(12));
        Predictor predictor = Predictor.of(model);
        Prediction alone = predictor.predictBatch(List.of(shortOne), Predictor.Options.ALL).get(0);
        Prediction batched = predictor.predictBatch(List.of(longOne, shortOne, proteins.get(2)), Predictor.Options.ALL).get(1);
        for (int c = 0; c < alone.probabilities().length; c++) {
            assertEquals(alone.probabilities()[c], batched.probabilities()[c], 1e-4);
        }
        for (int i = 0; i < alone.hidden().length; i++) {
            assertEquals(alone.hidden()[i], batched.hidden()[i], 1e-4, "hidden representation " + i);
        }
        if (architecture == Architecture.ALSTM) {
            double sum = 0;
            for (int t = 0; t < alone.attention().length; t++) {
                assertEquals(alone.attention()[t], batched.attention()[t], 1e-4);
                sum += alone.attention()[t];
            }
            assertEquals(1.0, sum, 1e-4, "attention weights sum to 1 over the real residues");
        } else {
            assertNull(alone.attention(), "the R-LSTM has no attention");
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void probabilitiesSumToOne(Architecture architecture) {
        Predictor predictor = Predictor.of(TinyModels.untrained(architecture, 4));
        for (Prediction p : predictor.predict(Synthetic.proteins(5, 1), Predictor.Options.PROBABILITIES)) {
            assertEquals(1.0, java.util.Arrays.stream(p.probabilities()).sum(), 1e-9);
        }
    }

    @org.junit.jupiter.api.Test
    void hiddenStatesOfAnAlstmCanBeAskedForWithoutAttention() {
        Predictor predictor = Predictor.of(TinyModels.untrained(Architecture.ALSTM, 5));
        Prediction p = predictor.predict(Synthetic.proteins(3, 2), new Predictor.Options(false, true)).get(0);
        assertEquals(48, p.hidden().length);
        assertNull(p.attention());
    }
}
