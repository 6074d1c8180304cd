package org.loclens.app.gui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.gui.Fixtures;
import org.loclens.app.gui.StubDialogs;
import org.loclens.app.gui.common.AppContext;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.io.ModelFile;
import org.loclens.model.io.TrainedModel;

class TrainViewModelTest {

    @TempDir
    Path tmp;

    AppContext context;
    TrainViewModel vm;
    final List<ProteinRecord> data = Fixtures.labelled(44, 11);
    final List<ProteinRecord> heldOut = Fixtures.labelled(12, 12);

    @BeforeEach
    void setUp() {
        context = Fixtures.syncContext(tmp, new StubDialogs());
        vm = new TrainViewModel(context, () -> data, () -> heldOut, Fixtures::shrink);
        vm.unitsProperty().set(8);
        vm.batchSizeProperty().set(16);
    }

    @Test
    void aFinishedRunKeepsTheBestEpochEvaluatesItAndSavesALoadableModelFile() throws Exception {
        vm.epochsProperty().set(2);
        vm.start();

        assertNotNull(vm.trainedProperty().get());
        assertEquals(2, vm.history().size());
        assertFalse(vm.batchLoss().isEmpty(), "live minibatch losses");
        assertTrue(vm.resultTextProperty().get().contains("Held-out accuracy"), vm.resultTextProperty().get());
        assertNotNull(vm.confusionProperty().get());
        assertNotNull(vm.curvesProperty().get());
        assertTrue(vm.canResumeProperty().get(), "the checkpoint of epoch 2 stays in the data folder");
        assertTrue(vm.checkpointDir().startsWith(tmp.resolve("data")));

        Path file = tmp.resolve("models/mine.zip");
        vm.saveAs(file);
        TrainedModel loaded = ModelFile.load(file);
        assertEquals(2, loaded.manifest().training().history().size());
        assertEquals(file, vm.savedToProperty().get());

        vm.useAsActive();
        assertEquals(List.of(file), context.activeModel().get().files());
    }

    @Test
    void resumeContinuesAfterTheLastFinishedEpoch() {
        vm.epochsProperty().set(1);
        vm.evaluateProperty().set(false);
        vm.start();
        assertEquals(1, vm.checkpointEpochs());

        vm.epochsProperty().set(2);
        vm.resume();
        assertEquals(2, vm.checkpointEpochs());
        assertEquals(2, vm.trainedProperty().get().manifest().training().history().size());
    }

    @Test
    void cancellingStopsAfterTheCurrentMinibatchAndWritesNoModel() throws Exception {
        vm.epochsProperty().set(3);
        vm.batchLoss().addListener((ListChangeListener<TrainViewModel.LossPoint>) c -> vm.cancel());
        vm.start();

        assertNull(vm.trainedProperty().get(), "cancelled in epoch 1: nothing kept");
        assertEquals(1, vm.batchLoss().size(), "stopped after the first minibatch");
        assertTrue(vm.resultTextProperty().get().startsWith("Cancelled"), vm.resultTextProperty().get());
        assertFalse(vm.runningProperty().get());
        if (Files.isDirectory(vm.checkpointDir())) {
            try (var files = Files.list(vm.checkpointDir())) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
            }
        }
    }

    @Test
    void aFileWithoutLocationLabelsIsRefusedWithTheReason() throws Exception {
        Path f = tmp.resolve("unlabelled.fasta");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append(">U").append(i).append('\n').append("MKVLAAGIVALLLAAGCSSEQ\n");
        }
        Files.writeString(f, s);
        vm.dataProperty().set(TrainViewModel.DataChoice.FILE);
        vm.dataFileProperty().set(f);
        vm.start();

        assertNull(vm.trainedProperty().get());
        assertTrue(vm.messageProperty().get().contains("unlabelled.fasta: 12 proteins have no location"),
                vm.messageProperty().get());
    }

    @Test
    void choosingFileDataWithoutAFileIsAValidationMessage() {
        vm.dataProperty().set(TrainViewModel.DataChoice.FILE);
        assertNotNull(vm.validate());
        assertNull(vm.start());
    }
}
