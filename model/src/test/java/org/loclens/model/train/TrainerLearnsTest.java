package org.loclens.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.loclens.model.Synthetic;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.predict.Prediction;
import org.loclens.model.predict.Predictor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrainerLearnsTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void learnsPlantedMotifsWellAboveChance(Architecture architecture) throws Exception {
        List<ProteinRecord> train = Synthetic.proteins(240, 1);
        List<ProteinRecord> test = Synthetic.proteins(90, 2);
        TrainingOptions options = TrainingOptions.defaults(Synthetic.tinyConfig(architecture))
                .withEpochs(architecture == Architecture.ALSTM ? 20 : 10).withBatchSize(16).withValidationFraction(0.1).withPatience(0);
        TrainingResult result = new Trainer(options, TrainingListener.NONE).train(train, false, () -> false);

        TrainedModel model = result.best();
        List<Prediction> predictions = Predictor.of(model).predict(test, Predictor.Options.ALL);
        long correct = 0;
        for (int i = 0; i < test.size(); i++) {
            if (predictions.get(i).location() == test.get(i).location().orElseThrow()) {
                correct++;
            }
        }
        double accuracy = correct / (double) test.size();
        assertTrue(accuracy > 0.8, architecture + " accuracy " + accuracy + " (chance is 1/3)");

        if (architecture == Architecture.ALSTM) {
            // attention on ER proteins must sit on the N-terminal signal, on peroxisomal ones on the C-terminal SKL
            // attention on ER proteins must sit on the N-terminal signal, on peroxisomal ones on the C-terminal motif:
            // its maximum falls in the motif for most of them, and the motif gets more than its share overall
            double inMotif = 0;
            double outside = 0;
            int inCount = 0;
            int outCount = 0;
            int motifProteins = 0;
            int peakInMotif = 0;
            for (int i = 0; i < test.size(); i++) {
                Location c = test.get(i).location().orElseThrow();
                double[] a = predictions.get(i).attention();
                assertEquals(test.get(i).length(), a.length);
                if (c == Location.CYTOPLASMIC) {
                    continue;
                }
                int len = a.length;
                int peak = 0;
                for (int t = 0; t < len; t++) {
                    boolean motif = inMotif(c, t, len);
                    if (motif) {
                        inMotif += a[t];
                        inCount++;
                    } else {
                        outside += a[t];
                        outCount++;
                    }
                    if (a[t] > a[peak]) {
                        peak = t;
                    }
                }
                motifProteins++;
                if (inMotif(c, peak, len)) {
                    peakInMotif++;
                }
            }
            double ratio = (inMotif / inCount) / (outside / outCount);
            System.out.println("ATTENTION ratio " + ratio + " peaks in motif " + peakInMotif + "/" + motifProteins);
            assertTrue(ratio > 1.25, "mean attention on motifs is only " + ratio + "x the rest");
            assertTrue(peakInMotif > motifProteins / 2, "attention peaks in the motif for only " + peakInMotif + " of " + motifProteins);
        }
    }

    private static boolean inMotif(Location c, int t, int len) {
        return (c == Location.ER && t < Synthetic.N_MOTIF.length())
                || (c == Location.PEROXISOMAL && t >= len - Synthetic.C_MOTIF.length());
    }
}
