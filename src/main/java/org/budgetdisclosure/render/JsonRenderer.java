package org.budgetdisclosure.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.budgetdisclosure.model.Money;

/**
 * Writes the model as JSON: record components in declaration order (a stable field order for golden
 * files and diffs), amounts and percentages as strings so their printed scale survives
 * ({@code "1229.70"}, {@code "100.00"}), dates as ISO text, absent values left out.
 */
public final class JsonRenderer {

    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private JsonRenderer() {
    }

    public static ObjectMapper mapper() {
        SimpleModule amounts = new SimpleModule("amounts");
        amounts.addSerializer(Money.class, new StdSerializer<>(Money.class) {
            @Override
            public void serialize(Money m, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(m.plain());
            }
        });
        amounts.addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
            @Override
            public void serialize(BigDecimal d, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(d.toPlainString());
            }
        });
        amounts.addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
            @Override
            public void serialize(LocalDate d, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(d.toString());
            }
        });
        return JsonMapper.builder()
                .addModule(amounts)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter();
        p.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        p.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return p;
    }

    /** Writes {@code value} (a Disclosure or any model record) as pretty JSON ending in a newline. */
    public static void write(Object value, OutputStream out) throws IOException {
        WRITER.writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("model is not serialisable", e);
        }
    }
}
