package org.loclens.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.model.Synthetic;
import org.loclens.model.TinyModels;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;
import org.loclens.model.network.WarmStart;
import org.nd4j.linalg.api.ndarray.INDArray;

class WarmStartTest {

    @TempDir
    Path dir;

    @Test
    void anAlstmTakesTheEncoderOfAnRlstmAndKeepsItsOwnHead() {
        TrainedModel rlstm = TinyModels.untrained(Architecture.RLSTM, 5);
        TrainedModel alstm = TinyModels.untrained(Architecture.ALSTM, 1);
        ComputationGraph target = alstm.network();
        INDArray attentionBefore = target.getLayer(NetworkFactory.ATTENTION).params().dup();
        INDArray denseBefore = target.getLayer(NetworkFactory.DENSE).params().dup();

        List<String> copied = WarmStart.copyEncoder(rlstm.network(), target, alstm.manifest().config());

        assertEquals(WarmStart.encoderLayers(alstm.manifest().config()), copied);
        assertTrue(copied.containsAll(List.of("conv_w1", "conv_w21", NetworkFactory.LSTM_FORWARD, NetworkFactory.LSTM_BACKWARD)));
        for (String name : copied) {
            assertEquals(rlstm.network().getLayer(name).params(), target.getLayer(name).params(), name + " was copied");
        }
        assertEquals(attentionBefore, target.getLayer(NetworkFactory.ATTENTION).params(), "attention starts fresh");
        assertEquals(denseBefore, target.getLayer(NetworkFactory.DENSE).params(), "the head starts fresh");
        // the graph's flat parameter vector saw the copy, so fitting and saving use it
        assertEquals(rlstm.network().getLayer(NetworkFactory.LSTM_FORWARD).getParam("W"),
                target.paramTable().get(NetworkFactory.LSTM_FORWARD + "_W"));
    }

    @Test
    void convolutionsOnlyLeavesBothLstmsFresh() {
        TrainedModel rlstm = TinyModels.untrained(Architecture.RLSTM, 5);
        TrainedModel alstm = TinyModels.untrained(Architecture.ALSTM, 1);
        ComputationGraph target = alstm.network();
        INDArray forwardBefore = target.getLayer(NetworkFactory.LSTM_FORWARD).params().dup();
        INDArray backwardBefore = target.getLayer(NetworkFactory.LSTM_BACKWARD).params().dup();

        List<String> copied = WarmStart.copyEncoder(rlstm.network(), target, alstm.manifest().config(),
                WarmStart.Part.CONVOLUTIONS);

        assertEquals(alstm.manifest().config().convWidths().length, copied.size());
        for (String name : copied) {
            assertTrue(name.startsWith("conv_w"), name);
            assertEquals(rlstm.network().getLayer(name).params(), target.getLayer(name).params(), name + " was copied");
        }
        assertEquals(forwardBefore, target.getLayer(NetworkFactory.LSTM_FORWARD).params(), "forward LSTM starts fresh");
        assertEquals(backwardBefore, target.getLayer(NetworkFactory.LSTM_BACKWARD).params(), "backward LSTM starts fresh");
        // an R-LSTM of another width still gives its convolutions: only the filters have to fit
        ComputationGraph wider = NetworkFactory.build(Synthetic.tinyConfig(Architecture.RLSTM).withLstmUnits(7), null);
        assertEquals(copied, WarmStart.copyEncoder(wider, target, alstm.manifest().config(), WarmStart.Part.CONVOLUTIONS));
    }

    @Test
    void aSourceOfAnotherWidthIsRefusedBeforeAnythingIsCopied() {
        NetworkConfig wider = Synthetic.tinyConfig(Architecture.RLSTM).withLstmUnits(7);
        ComputationGraph source = NetworkFactory.build(wider, null);
        TrainedModel alstm = TinyModels.untrained(Architecture.ALSTM, 1);
        INDArray before = alstm.network().params().dup();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WarmStart.copyEncoder(source, alstm.network(), alstm.manifest().config()));
        assertTrue(e.getMessage().contains("lstm_fwd") && e.getMessage().contains("LSTM units"), e.getMessage());
        assertEquals(before, alstm.network().params(), "nothing was copied");
    }

    @Test
    void aWarmStartedRunRecordsItsSourceAndResumesOnlyFromIt() throws Exception {
        TrainedModel rlstm = TinyModels.untrained(Architecture.RLSTM, 5);
        Path source = dir.resolve("rlstm.zip");
        ModelFile.save(rlstm, source);
        List<ProteinRecord> data = Synthetic.proteins(40, 4);
        // a vanishing learning rate: after one epoch the encoder must still be the source's
        TrainingOptions options = TrainingOptions.defaults(Synthetic.tinyConfig(Architecture.ALSTM).withLearningRate(1e-12))
                .withEpochs(1).withBatchSize(16).withPatience(0).withLrPatience(0)
                .withCheckpointDir(dir.resolve("ck")).withEncoderFrom(source);

        TrainingResult result = new Trainer(options, TrainingListener.NONE).train(data, false, () -> false);

        ComputationGraph trained = result.best().network();
        for (String name : List.of("conv_w9", NetworkFactory.LSTM_BACKWARD)) {
            INDArray want = rlstm.network().getLayer(name).params();
            assertTrue(want.equalsWithEps(trained.getLayer(name).params(), 1e-6), name + " started from the source");
        }
        String recorded = result.best().manifest().training().encoderFrom();
        assertTrue(recorded.startsWith("rlstm.zip (sha256 ") && recorded.length() > 70, recorded);
        TrainerState state = ModelFile.json().readValue(dir.resolve("ck").resolve(Trainer.STATE).toFile(), TrainerState.class);
        assertEquals(recorded, state.encoderFrom());

        // resuming with another start would mix two runs; resuming with the same one (or none) continues
        Path other = dir.resolve("other.zip");
        ModelFile.save(TinyModels.untrained(Architecture.RLSTM, 6), other);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(
                options.withEpochs(2).withEncoderFrom(other), TrainingListener.NONE).train(data, true, () -> false));
        assertTrue(e.getMessage().contains("was started from rlstm.zip"), e.getMessage());
        IllegalArgumentException part = assertThrows(IllegalArgumentException.class, () -> new Trainer(
                options.withEpochs(2).withEncoderPart(WarmStart.Part.CONVOLUTIONS), TrainingListener.NONE)
                .train(data, true, () -> false));
        assertTrue(part.getMessage().contains(Trainer.CONVOLUTIONS_ONLY), part.getMessage());
        TrainingResult resumed = new Trainer(options.withEpochs(2), TrainingListener.NONE).train(data, true, () -> false);
        assertEquals(2, resumed.history().size());
        assertEquals(recorded, resumed.best().manifest().training().encoderFrom());
    }

    @Test
    void aConvolutionsOnlyRunSaysSoInItsRecord() throws Exception {
        TrainedModel rlstm = TinyModels.untrained(Architecture.RLSTM, 5);
        Path source = dir.resolve("rlstm.zip");
        ModelFile.save(rlstm, source);
        TrainingOptions options = TrainingOptions.defaults(Synthetic.tinyConfig(Architecture.ALSTM).withLearningRate(1e-12))
                .withEpochs(1).withBatchSize(16).withPatience(0).withLrPatience(0)
                .withEncoderFrom(source).withEncoderPart(WarmStart.Part.CONVOLUTIONS);

        TrainingResult result = new Trainer(options, TrainingListener.NONE).train(Synthetic.proteins(40, 4), false, () -> false);

        String recorded = result.best().manifest().training().encoderFrom();
        assertTrue(recorded.startsWith("rlstm.zip (sha256 ") && recorded.endsWith(Trainer.CONVOLUTIONS_ONLY), recorded);
        ComputationGraph trained = result.best().network();
        assertTrue(rlstm.network().getLayer("conv_w9").params().equalsWithEps(trained.getLayer("conv_w9").params(), 1e-6));
        assertFalse(rlstm.network().getLayer(NetworkFactory.LSTM_BACKWARD).params()
                .equalsWithEps(trained.getLayer(NetworkFactory.LSTM_BACKWARD).params(), 1e-3), "the LSTMs were not copied");
    }

    @Test
    void aRunFromRandomWeightsRecordsNoSourceAndOldManifestsStillRead() throws Exception {
        TrainedModel plain = TinyModels.untrained(Architecture.ALSTM, 2);
        assertNull(plain.manifest().training().encoderFrom());
        Path file = dir.resolve("plain.zip");
        ModelFile.save(plain, file);
        assertNull(ModelFile.load(file).manifest().training().encoderFrom());
        // a state.json written before the field existed
        String old = "{\"epochsDone\":1,\"bestEpoch\":1,\"bestValidationAccuracy\":0.5,\"seconds\":1.0,\"batchSize\":16,"
                + "\"classWeighting\":false,\"dataSha256\":\"h\",\"history\":[],\"network\":"
                + ModelFile.json().writeValueAsString(plain.manifest().config()) + "}";
        TrainerState state = ModelFile.json().readValue(old, TrainerState.class);
        assertNull(state.encoderFrom());
        assertEquals(1, state.epochsDone());
    }
}
