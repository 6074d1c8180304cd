package org.loclens.app.gui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loclens.app.gui.Fixtures;
import org.loclens.app.gui.StubDialogs;
import org.loclens.app.gui.common.AppContext;
import org.loclens.app.gui.common.ProteinRequest;
import org.loclens.model.analysis.HeldOutAnalysis;
import org.loclens.model.data.ProteinRecord;

class ExploreViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void theHeldOutAnalysisGivesEveryFigureOnceAndItsCellsAndLassosListProteins() {
        AppContext context = Fixtures.syncContext(tmp, new StubDialogs());
        context.activeModel().use(Fixtures.ensemble(), null);
        List<ProteinRecord> heldOut = Fixtures.labelled(24, 9);
        int[] loads = new int[1];
        ExploreViewModel vm = new ExploreViewModel(context, () -> {
            loads[0]++;
            return heldOut;
        });
        List<ProteinRequest> opened = new ArrayList<>();
        context.onShowProtein(opened::add);

        vm.computeIfNeeded();
        HeldOutAnalysis a = vm.analysisProperty().get();
        assertNotNull(a, vm.messageProperty().get() + " " + context.notifications().notices());
        assertNotNull(vm.confusionProperty().get());
        assertNotNull(vm.heatmapProperty().get(), "the ensemble has an A-LSTM, so there is a heatmap");
        assertNotNull(vm.logosProperty().get());
        assertEquals(24, vm.tsneProperty().get().size());
        assertTrue(vm.summaryProperty().get().contains("24 held-out"), vm.summaryProperty().get());

        vm.computeIfNeeded();
        assertSame(a, vm.analysisProperty().get(), "cached for the session");
        assertEquals(1, loads[0]);

        int truth = heldOut.get(0).location().orElseThrow().ordinal();
        int predicted = a.predictions().get(0).location().ordinal();
        vm.selectCell(truth, predicted);
        assertTrue(vm.cellProteins().stream().anyMatch(i -> i.id().equals(heldOut.get(0).id())));
        assertTrue(vm.cellProteins().stream().allMatch(i -> i.truth().ordinal() == truth && i.predicted().ordinal() == predicted));

        vm.selectPoints(List.of(3, 4));
        assertEquals(List.of(heldOut.get(3).id(), heldOut.get(4).id()),
                vm.lassoProteins().stream().map(ExploreViewModel.ProteinItem::id).toList());

        context.selectedIds().add(heldOut.get(7).id());
        context.selectedIds().add("NOT-MULTILOC");
        assertEquals(Set.of(7), vm.tsneProperty().get().highlighted(), "Predict-table selections light up in the t-SNE");

        vm.open(5, true);
        assertEquals(heldOut.get(5), opened.get(0).protein());
        assertTrue(opened.get(0).reveal());
    }
}
