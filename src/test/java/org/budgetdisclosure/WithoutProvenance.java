package org.budgetdisclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.render.JsonRenderer;

/**
 * A disclosure as JSON with its provenance taken out: every {@code "at"} (file and line) and the
 * disclosure's {@code source}. Two readings of the same document in different forms (the sample and
 * its rendered md) point at different lines of different files, and should otherwise be equal; round-
 * trip tests compare these texts, so a failure shows as a readable diff.
 */
public final class WithoutProvenance {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WithoutProvenance() {
    }

    public static String json(Disclosure d) {
        try {
            JsonNode tree = MAPPER.readTree(JsonRenderer.toJson(d));
            ((ObjectNode) tree).remove("source");
            strip(tree);
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            // "at", and the places of parts of a record ("allocationAt", "reservesAt")
            List<String> places = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(n -> {
                if (n.equals("at") || n.endsWith("At")) {
                    places.add(n);
                }
            });
            o.remove(places);
        }
        node.forEach(WithoutProvenance::strip);
    }
}
