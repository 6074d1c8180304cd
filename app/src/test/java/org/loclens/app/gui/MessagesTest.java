package org.loclens.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loclens.app.gui.common.I18n;

/** Every key the workbench's code and FXML use is in i18n/messages.properties (JabRef's localization check). */
class MessagesTest {

    private static final Pattern CODE_KEY = Pattern.compile("I18n\\.get\\(\"([\\w.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");

    @Test
    void everyKeyUsedInCodeAndFxmlHasAText() throws Exception {
        ResourceBundle bundle = I18n.bundle();
        List<String> used = new ArrayList<>(List.of("explore.step.predicting", "explore.step.attention", "explore.step.tsne"));
        used.addAll(keys(Path.of("src/main/java/org/loclens/app/gui"), ".java", CODE_KEY));
        used.addAll(keys(Path.of("src/main/resources/org/loclens/app/gui"), ".fxml", FXML_KEY));
        assertTrue(used.size() > 100, "found the keys: " + used.size());
        TreeSet<String> missing = new TreeSet<>();
        used.stream().filter(k -> !k.endsWith(".")).filter(k -> !bundle.containsKey(k)).forEach(missing::add);
        assertEquals(new TreeSet<>(), missing);
    }

    private static List<String> keys(Path dir, String suffix, Pattern p) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void noKeyIsDefinedTwice() throws Exception {
        List<String> keys = Files.readAllLines(Path.of("src/main/resources/i18n/messages.properties")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('=')).trim()).toList();
        TreeSet<String> seen = new TreeSet<>();
        TreeSet<String> twice = new TreeSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        assertEquals(new TreeSet<>(), twice);
    }

    @Test
    void messagesFillInTheirArguments() {
        assertEquals("Wrote 3 predictions to p.tsv", I18n.get("predict.exported", 3, "p.tsv"));
        assertEquals("1,024 proteins \u00b7 10 shown \u00b7 2 flagged \u00b7 0 skipped", I18n.get("predict.summary", 1024, 10, 2, 0));
    }
}
