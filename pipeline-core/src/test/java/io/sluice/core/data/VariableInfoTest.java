package io.sluice.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A variable's description keeps its attributes in the source's order, so that outputs list them the same way. */
class VariableInfoTest {

    @Test
    void attributesKeepTheSourcesOrder() {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> names = List.of("standard_name", "long_name", "units", "axis", "cell_methods", "comment",
                "history", "positive", "bounds", "coordinates");
        names.forEach(n -> attributes.put(n, n + " text"));
        VariableInfo info = VariableInfo.of("tas", List.of("time", "lat", "lon"), "float", ColumnType.FLOAT,
                attributes);
        assertThat(info.attributes().keySet()).containsExactlyElementsOf(names);
        assertThat(info.units()).isEqualTo("units text");
    }

    @Test
    void aMissingAttributeValueIsRefused() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("units", null);
        assertThatThrownBy(() -> VariableInfo.of("tas", List.of("time"), "float", ColumnType.FLOAT, attributes))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("tas");
    }
}
