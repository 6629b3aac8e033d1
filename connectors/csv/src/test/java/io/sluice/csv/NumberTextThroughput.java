package io.sluice.csv;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * Measures how fast floats and doubles become text (not a test): 2 M floats in 200..320 and 2 M doubles in
 * 28..46, printed with the JDK's {@code StringBuilder.append} and with {@link ShortestDecimal}, eight rounds;
 * prints the thread CPU time per value of each round, so that other work on the machine counts less.
 * {@code java -cp connectors/csv/target/classes:connectors/csv/target/test-classes io.sluice.csv.NumberTextThroughput}
 */
public final class NumberTextThroughput {
    private static final int N = 2_000_000;

    private NumberTextThroughput() {
    }

    public static void main(String[] args) {
        float[] floats = new float[N];
        double[] doubles = new double[N];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < N; i++) {
            floats[i] = (float) random.nextDouble(200, 320);
            doubles[i] = random.nextDouble(200, 320) / 7;
        }
        ShortestDecimal decimals = new ShortestDecimal();
        StringBuilder out = new StringBuilder(64);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long characters = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (float f : floats) {
                out.setLength(0);
                characters += out.append(f).length();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (float f : floats) {
                out.setLength(0);
                decimals.appendFloat(out, f);
                characters += out.length();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (double d : doubles) {
                out.setLength(0);
                characters += out.append(d).length();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            for (double d : doubles) {
                out.setLength(0);
                decimals.appendDouble(out, d);
                characters += out.length();
            }
            long t4 = cpu.getCurrentThreadCpuTime();
            System.out.printf("ns a value: Float.toString %.0f, ShortestDecimal %.0f; Double.toString %.0f,"
                    + " ShortestDecimal %.0f%n", (t1 - t0) / (double) N, (t2 - t1) / (double) N,
                    (t3 - t2) / (double) N, (t4 - t3) / (double) N);
        }
        System.out.println(characters + " characters");
    }
}
