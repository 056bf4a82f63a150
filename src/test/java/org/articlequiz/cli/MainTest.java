package org.articlequiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line as the README shows it: generate JSON and GIFT, and print the quality report. */
class MainTest {

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.currentTimeMillis());
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generatesJsonForAFolder() {
        String json = run("generate", "--format", "json", "--max-per-article", "3", "src/test/resources/cli-folder");
        try (var reader = jakarta.json.Json.createReader(new StringReader(json))) {
            var items = reader.readObject().getJsonArray("items");
            assertTrue(items.size() >= 1 && items.size() <= 3, json);
            var item = items.getJsonObject(0);
            for (String field : new String[] {"article", "stem", "options", "answer", "kind", "source",
                    "explanation", "confidence", "sources"}) {
                assertTrue(item.containsKey(field), field);
            }
        }
    }

    @Test
    void generatesGiftAndQualityReport() {
        String gift = run("generate", "--format", "gift", "src/test/resources/cli-folder/harbour-reopens.md");
        assertTrue(gift.contains("::Q01"));
        String report = run("quality", "src/test/resources/cli-folder/harbour-reopens.md");
        assertTrue(report.contains("facts found:"));
        assertTrue(report.contains("KEPT"));
    }

    @Test
    void rejectsUnknownCommands() {
        assertEquals(2, Main.run(new String[] {"nonsense", "seeds"}, System.out, 0));
    }
}
