package org.loclens.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;

class FlopCountTest {

    /** Widths 1 and 3, 2 filters each (nIn = 4), H = 4, attention 5, dense 3. */
    private static NetworkConfig small(Architecture a) {
        return new NetworkConfig(a, new int[] {1, 3}, 2, 4, 5, 3, 0.5, 0.05, 1e-3, 1000, 1L);
    }

    @Test
    void countsTheRLstmOfASmallConfigByHand() {
        FlopCount c = FlopCount.of(small(Architecture.RLSTM));
        assertEquals(2 * 1 * 60 * 2 + 2 * 3 * 60 * 2, c.convolution());      // 240 + 720 = 960
        assertEquals(2 * (2 * 16 * (4 + 4) + 10 * 16), c.lstm());            // 2 x (256 + 160) = 832
        assertEquals(0, c.attention());
        assertEquals(960 + 832, c.perResidue());
        assertEquals(2 * 8 * 3 + 2 * 3 * 11, c.perProtein());                // 48 + 66 = 114
        assertEquals(1792.0 * 100 + 114 * 2, c.total(100, 2));
    }

    @Test
    void theALstmAddsAttentionOnBothDirections() {
        FlopCount c = FlopCount.of(small(Architecture.ALSTM));
        assertEquals(2 * 8 * 5 + 2 * 5, c.attention());                      // 80 + 10 = 90
        assertEquals(960 + 832 + 90, c.perResidue());
    }

    @Test
    void countsTheDefaultNetworks() {
        // conv: 2*60*10*(1+3+5+9+15+21) = 64,800; LSTM: 2 * (2*400*(60+100) + 4000) = 264,000; attention 2*200*400 + 800
        assertEquals(328_800, FlopCount.of(NetworkConfig.defaults(Architecture.RLSTM)).perResidue());
        assertEquals(489_600, FlopCount.of(NetworkConfig.defaults(Architecture.ALSTM)).perResidue());
    }
}
