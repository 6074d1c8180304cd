package org.loclens.model.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.loclens.model.TinyModels;
import org.loclens.model.data.MultiLoc;
import org.loclens.model.data.ProteinRecord;
import org.loclens.model.encoding.EncodedBatch;
import org.loclens.model.encoding.SequenceEncoder;
import org.loclens.model.io.TrainedModel;
import org.loclens.model.network.Architecture;
import org.loclens.model.network.NetworkConfig;
import org.loclens.model.network.NetworkFactory;
import org.loclens.model.network.Nd4jThreads;
import org.loclens.model.predict.Predictor;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

public class LeakProbe {
    static long rss() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) if (l.startsWith("VmRSS")) return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
        return -1;
    }
    public static void main(String[] args) throws Exception {
        Nd4jThreads.useOneThread();
        Architecture a = Architecture.parse(args[0]);
        ComputationGraph net = NetworkFactory.build(NetworkConfig.defaults(a), null);
        List<ProteinRecord> data = MultiLoc.training().subList(0, 64);
        SequenceEncoder enc = new SequenceEncoder(200);
        for (int i = 0; i < 40; i++) {
            EncodedBatch b = enc.encode(data.stream().map(p -> enc.truncate(p.sequence())).toList());
            INDArray y = Nd4j.zeros(64, 11); for (int k = 0; k < 64; k++) y.putScalar(k, k % 11, 1);
            if (args[1].equals("fit")) {
                net.fit(new MultiDataSet(new INDArray[]{b.features()}, new INDArray[]{y}, new INDArray[]{b.mask()}, null));
                double s = net.score();
            } else {
                net.output(false, new INDArray[]{b.features()}, new INDArray[]{b.mask()});
            }
            b.features().close(); b.mask().close(); y.close();
            if (i % 10 == 9) System.out.println("LEAK " + args[0] + " " + args[1] + " iter " + (i + 1) + " rss " + rss() + " MB");
        }
    }
}
