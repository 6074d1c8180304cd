package org.loclens.model.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.data.Location;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.encoding.EncodedBatch;
import org.loclens.model.encoding.SequenceEncoder;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;
import org.loclens.model.network.Nd4jThreads;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

public class BatchScaling {
    public static void main(String[] args) {
        Nd4jThreads.useOneThread();
        Architecture a = Architecture.parse(args[0]);
        int t = Integer.parseInt(args[1]);
        ComputationGraph net = NetworkFactory.build(NetworkConfig.defaults(a), null);
        SequenceEncoder enc = new SequenceEncoder(1000);
        Random r = new Random(1);
        for (int i = 2; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            List<org.loclens.model.encoding.TruncatedSequence> seqs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                StringBuilder s = new StringBuilder();
                for (int p = 0; p < t; p++) s.append("ACDEFGHIKLMNPQRSTVWY".charAt(r.nextInt(20)));
                seqs.add(enc.truncate(s.toString()));
            }
            EncodedBatch b = enc.encode(seqs);
            INDArray y = Nd4j.zeros(n, 11); for (int k = 0; k < n; k++) y.putScalar(k, k % 11, 1);
            MultiDataSet ds = new MultiDataSet(new INDArray[]{b.features()}, new INDArray[]{y}, new INDArray[]{b.mask()}, null);
            net.fit(ds);
            long t0 = System.nanoTime();
            for (int k = 0; k < 2; k++) net.fit(ds);
            double s = (System.nanoTime() - t0) / 2e9;
            System.out.printf("BENCH %s T=%d batch=%d fit %.2f s/batch, %.1f proteins/s%n", a, t, n, s, n / s);
        }
    }
}
