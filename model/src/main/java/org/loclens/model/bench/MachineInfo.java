package org.loclens.model.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.loclens.model.network.Nd4jThreads;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the numbers were measured on: CPU model ({@code lscpu}), logical CPUs ({@code nproc}), total memory
 * ({@code /proc/meminfo}), the JVM, and the ND4J backend with its native build and thread count.
 *
 * @param cpuModel    {@code lscpu} "Model name" (or {@code /proc/cpuinfo})
 * @param cpus        {@code nproc}
 * @param memTotalMib MemTotal of {@code /proc/meminfo}, MiB (-1 if unknown)
 * @param os          name, version and architecture
 * @param jvm         VM name and runtime version
 * @param maxHeapMib  the JVM's maximum heap ({@code -Xmx}), MiB
 * @param nd4jBackend backend class and BLAS vendor
 * @param nativeBuild the loaded libnd4jcpu build (e.g. {@code linux-x86_64-onednn-avx2}) and whether oneDNN is on
 * @param nd4jThreads ND4J's maximum threads, and OMP_NUM_THREADS if set
 */
public record MachineInfo(String cpuModel, int cpus, long memTotalMib, String os, String jvm, long maxHeapMib,
                          String nd4jBackend, String nativeBuild, String nd4jThreads) {

    public static MachineInfo detect() {
        Nd4jThreads.useOneThread();
        String cpu = lscpuModel();
        int cpus = nproc();
        long mem = readMemTotalMib();
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")";
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        try {
            Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
            Object blas = env.get("blas.vendor");
            if (blas != null) {
                backend += ", BLAS " + blas;
            }
        } catch (RuntimeException e) {
            // informational only
        }
        String threads = Nd4j.getEnvironment().maxThreads() + " (ND4J max threads)";
        String omp = System.getenv("OMP_NUM_THREADS");
        threads += omp == null ? ", OMP_NUM_THREADS unset (set to 1 in code)" : ", OMP_NUM_THREADS=" + omp;
        return new MachineInfo(cpu, cpus, mem, os, jvm, heap, backend, detectNativeBuild(), threads);
    }

    static String lscpuModel() {
        String out = run("lscpu");
        if (out != null) {
            for (String line : out.split("\n")) {
                if (line.startsWith("Model name:")) {
                    return line.substring("Model name:".length()).trim();
                }
            }
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim() + " (/proc/cpuinfo)";
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "unknown";
    }

    static int nproc() {
        String out = run("nproc");
        if (out != null) {
            try {
                return Integer.parseInt(out.trim());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    static long readMemTotalMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024; // kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    /** The folder name JavaCPP loaded libnd4jcpu from (its platform and extension), and oneDNN's state. */
    static String detectNativeBuild() {
        String build = "unknown";
        try {
            Class<?> loader = Class.forName("org.bytedeco.javacpp.Loader");
            @SuppressWarnings("unchecked")
            Map<String, String> libs = (Map<String, String>) loader.getMethod("getLoadedLibraries").invoke(null);
            for (Map.Entry<String, String> e : libs.entrySet()) {
                String path = e.getValue() == null ? "" : e.getValue();
                if (e.getKey().contains("nd4jcpu") || path.contains("nd4jcpu")) {
                    for (String part : path.split("/")) {
                        if (part.startsWith("linux-") || part.startsWith("macosx-") || part.startsWith("windows-")) {
                            build = part;
                        }
                    }
                    if (!"unknown".equals(build)) {
                        break;
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // informational only
        }
        try {
            Class<?> env = Class.forName("org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment");
            Object instance = env.getMethod("getInstance").invoke(null);
            boolean onednn = (Boolean) env.getMethod("isUseONEDNN").invoke(instance);
            build += onednn ? ", oneDNN on" : ", oneDNN off";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not the CPU backend, or another version
        }
        return build;
    }

    /** Runs a short command; its standard output, or null if it cannot run. */
    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Memory as "23.4 GiB". */
    public String memoryText() {
        return memTotalMib < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB (%d MiB)", memTotalMib / 1024.0, memTotalMib);
    }
}
