package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.data.Axis;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FieldPrinterTest {
    private static final CsvText TEXT = new CsvText(',', "");

    private static String print(Column column, int row) {
        StringBuilder out = new StringBuilder();
        new FieldPrinter(column, TEXT).print(out, row);
        return out.toString();
    }

    private static String[] printAll(ColumnType type, double[] values) {
        Column column = Column.ofValues("v", type, values, Map.of());
        FieldPrinter printer = new FieldPrinter(column, TEXT);
        String[] out = new String[values.length];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.setLength(0);
            printer.print(b, i);
            out[i] = b.toString();
        }
        return out;
    }

    @Test
    void trickyFloatsReadBackExactlyInTheJdkLayoutWithTheShortestDigits() {
        float[] tricky = {1e-45f, Float.MIN_NORMAL, 3.4028235e38f, 0.1f, 268.58664f, -0.0f, 0f, 1e20f, 1e7f,
                9999999f, 0.001f, 1.0E-4f, 16777217f, 2.0E-3f, 1.17549435E-38f, 8.589973E9f, 3.0E10f};
        double[] values = new double[tricky.length];
        for (int i = 0; i < tricky.length; i++) {
            values[i] = tricky[i];
        }

        String[] printed = printAll(ColumnType.FLOAT, values);

        for (int i = 0; i < tricky.length; i++) {
            assertThat(Float.floatToRawIntBits(Float.parseFloat(printed[i])))
                    .as(printed[i]).isEqualTo(Float.floatToRawIntBits(tricky[i]));
            assertThat(printed[i].length()).as(printed[i]).isLessThanOrEqualTo(Float.toString(tricky[i]).length());
        }
        assertThat(printed).startsWith("1.4E-45", "1.1754944E-38", "3.4028235E38", "0.1", "268.58664", "-0.0",
                "0.0", "1.0E20");
    }

    @Test
    void aMillionRandomFloatsReadBackExactly() {
        SplittableRandom random = new SplittableRandom(20240601);
        double[] values = new double[1_000_000];
        for (int i = 0; i < values.length; i++) {
            float f;
            do {
                f = Float.intBitsToFloat(random.nextInt());
            } while (!Float.isFinite(f));
            values[i] = f;
        }

        String[] printed = printAll(ColumnType.FLOAT, values);

        for (int i = 0; i < values.length; i++) {
            if (Float.parseFloat(printed[i]) != (float) values[i]) {
                assertThat(printed[i]).as("float bits %08x", Float.floatToRawIntBits((float) values[i]))
                        .isEqualTo("a text that reads back to the same float");
            }
        }
    }

    @Test
    void doubleColumnsRoundTripNoLongerThanTheJdkPrintsThem() {
        SplittableRandom random = new SplittableRandom(42);
        double[] values = new double[200_000];
        double[] tricky = {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0.1, 1e23, 2e-3, -0.0, 4.35,
                268.58664, 0.1 + 0.2, 1.0 / 3, 9007199254740993.0, 2.82879384806159E17};
        System.arraycopy(tricky, 0, values, 0, tricky.length);
        for (int i = tricky.length; i < values.length; i++) {
            double d;
            do {
                d = Double.longBitsToDouble(random.nextLong());
            } while (!Double.isFinite(d));
            values[i] = d;
        }

        String[] printed = printAll(ColumnType.DOUBLE, values);

        for (int i = 0; i < values.length; i++) {
            if (Double.doubleToRawLongBits(Double.parseDouble(printed[i])) != Double.doubleToRawLongBits(values[i])
                    || printed[i].length() > Double.toString(values[i]).length()) {
                assertThat(printed[i]).as("double %s", Double.toString(values[i]))
                        .isEqualTo("a text that reads back to the same double");
            }
        }
    }

    @Test
    void repeatedNumbersArePrintedAgainAndNeighboursAreNotConfused() {
        assertThat(printAll(ColumnType.FLOAT, new double[] {45, 45, -0.0, 0.0, 0.0, 45, Double.NaN, 45}))
                .containsExactly("45.0", "45.0", "-0.0", "0.0", "0.0", "45.0", "", "45.0");
        assertThat(printAll(ColumnType.DOUBLE, new double[] {0.1, 0.1, (float) 0.1, 0.1}))
                .containsExactly("0.1", "0.1", "0.10000000149011612", "0.1");
    }

    @Test
    void longColumnsPrintWholeNumbers() {
        assertThat(printAll(ColumnType.LONG, new double[] {2001, -7, 0, 1L << 52}))
                .containsExactly("2001", "-7", "0", "4503599627370496");
    }

    @Test
    void coordinatesAreDoublesAndMissingValuesUseTheNullText() {
        Column lat = Column.ofAxis(Axis.of("lat", "degrees_north", new double[] {-45, 45}), 1);
        Column tas = Column.ofValues("tas", ColumnType.FLOAT, new double[] {Double.NaN}, Map.of());
        StringBuilder out = new StringBuilder();

        new FieldPrinter(tas, new CsvText(',', "NA")).print(out, 0);

        assertThat(print(lat, 1)).isEqualTo("45.0");
        assertThat(out).hasToString("NA");
    }

    @Test
    void textColumnsQuoteOnlyWhenNeededEvenWhenTheSameStringRepeats() {
        Column city = Column.constant("city", ColumnType.STRING, "Paris, France");
        FieldPrinter printer = new FieldPrinter(city, TEXT);
        StringBuilder out = new StringBuilder();

        printer.print(out, 0);
        out.append('|');
        printer.print(out, 1);

        assertThat(out).hasToString("\"Paris, France\"|\"Paris, France\"");
        assertThat(print(Column.constant("season", ColumnType.STRING, "DJF"), 0)).isEqualTo("DJF");
    }
}
