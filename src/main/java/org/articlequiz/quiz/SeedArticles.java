package org.articlequiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.articlequiz.config.Settings;

/**
 * Demo mode: stores the articles of the seeds folder at start-up (each once, by content) so a new user has
 * something to make a quiz from. Off unless {@code ARTICLEQUIZ_SEEDS} names a folder.
 */
@ApplicationScoped
public class SeedArticles {
    private static final System.Logger LOG = System.getLogger(SeedArticles.class.getName());

    @Inject
    Settings settings;
    @Inject
    QuizService quizzes;

    void load(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        settings.seedsDirectory().map(Path::of).ifPresent(this::load);
        LOG.log(Level.INFO, "Article Quiz is running: open {0}/", settings.publicUrl().orElse("http://localhost:8080/article-quiz"));
    }

    void load(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.log(Level.WARNING, "Seed folder {0} does not exist; no articles loaded", folder);
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().matches(".*\\.(txt|md|html?)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                quizzes.storeArticle(null, file.getFileName().toString(), null, text);
            } catch (IOException | org.articlequiz.DomainException e) {
                LOG.log(Level.WARNING, "Could not read seed article " + file, e);
            }
        }
        LOG.log(Level.INFO, "Seed articles loaded from {0}: {1}", folder, files.size());
    }
}
