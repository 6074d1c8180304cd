package org.loclens.app.gui.protein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.gui.Fixtures;
import org.loclens.app.gui.StubDialogs;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.ProteinRequest;
import org.loclens.model.data.ProteinRecord;
import org.loclens.viz.figures.AttentionTrackFigure;
import org.loclens.viz.figures.PredictionBarsFigure;

class ProteinViewModelTest {

    @TempDir
    Path tmp;

    ProteinViewModel vm;
    ProteinRecord protein = Fixtures.labelled(1, 5).get(0); // ER with SP 1-12

    @BeforeEach
    void setUp() {
        AppContext context = Fixtures.syncContext(tmp, new StubDialogs());
        context.activeModel().use(List.of(Fixtures.tinyModel()), null);
        vm = new ProteinViewModel(context);
    }

    @Test
    void showingAProteinGivesItsAttentionTrackBarsAndAnnotation() {
        vm.show(new ProteinRequest(protein, null, true));

        AttentionTrackFigure track = assertInstanceOf(AttentionTrackFigure.class, vm.trackProperty().get());
        assertEquals(protein.length(), track.lastResidue());
        assertInstanceOf(PredictionBarsFigure.class, vm.barsProperty().get());
        assertEquals(protein.id(), vm.predictionProperty().get().id());
        assertTrue(vm.annotationProperty().get().contains("SP 1-12"), vm.annotationProperty().get());
        assertTrue(vm.titleProperty().get().startsWith(protein.id()));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void editingTheSequenceRePredictsTheEditedProtein() {
        vm.show(new ProteinRequest(protein, null, false));
        String longer = protein.sequence() + "KKKKRRRRKKKK";

        vm.sequenceProperty().set(longer.toLowerCase() + "\n");
        vm.sequenceEdited();

        assertEquals(longer, vm.currentProperty().get().sequence(), "cleaned to upper case, white space removed");
        assertTrue(vm.editedProperty().get());
        assertEquals(longer.length(), vm.predictionProperty().get().length());
        assertEquals(longer.length(), ((AttentionTrackFigure) vm.trackProperty().get()).lastResidue());
        assertEquals("", vm.sequenceProblemProperty().get());

        vm.reset();
        assertEquals(protein.sequence(), vm.currentProperty().get().sequence());
        assertFalse(vm.editedProperty().get());
    }

    @Test
    void anInvalidEditIsExplainedAndNotPredicted() {
        vm.show(new ProteinRequest(protein, null, false));
        Object before = vm.predictionProperty().get();

        vm.sequenceProperty().set("MKV@LLA");
        vm.sequenceEdited();
        assertTrue(vm.sequenceProblemProperty().get().contains("invalid character"), vm.sequenceProblemProperty().get());
        assertEquals(before, vm.predictionProperty().get());

        vm.sequenceProperty().set("   ");
        vm.sequenceEdited();
        assertFalse(vm.sequenceProblemProperty().get().isEmpty());
    }

    @Test
    void withoutAModelTheViewSaysSoInsteadOfATrack() {
        ProteinViewModel none = new ProteinViewModel(Fixtures.syncContext(tmp.resolve("n"), new StubDialogs()));
        none.show(new ProteinRequest(protein, null, false));
        assertNull(none.trackProperty().get());
        assertFalse(none.trackNoteProperty().get().isEmpty());
    }
}
